/**
 * Opening a section of a packet’s own (contents, index of speakers): a named
 * destination and a bookmark for it, a structure element, and its heading
 * over a rule.
 */
import type {Doc} from '../../emit/pdf/document.js'
import {addBookmark, addDestination} from '../../emit/pdf/outline.js'
import type {PdfStyle} from '../../emit/pdf/style.js'
import {columnWidth, lineGap, rule, skip, useType} from '../../emit/pdf/typeset.js'

export function openSection(
  doc: Doc,
  style: PdfStyle,
  root: PDFKit.PDFStructureElement,
  section: {title: string; destination: string; structure: string}
): PDFKit.PDFStructureElement {
  addDestination(doc, section.destination, doc.y)
  addBookmark(doc.outline, section.title, section.destination)
  const element = doc.struct(section.structure)
  root.add(element)
  element.add(
    doc.struct('H1', {}, () => {
      useType(doc, {face: style.label.bold, size: style.sizes.title, colour: style.colours.accent})
      doc.text(section.title, doc.page.margins.left, doc.y, {width: columnWidth(doc), lineGap: lineGap(doc, style)})
    })
  )
  skip(doc, 4)
  rule(doc, style.colours.accent, 0.75)
  return element
}
