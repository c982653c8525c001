/**
 * Opening a section of a packet’s own (contents, index of speakers): a named
 * destination and a bookmark for it, and a `Sect` holding its heading (over
 * a rule) and then the element of its entries (`TOC`, `Index`): a `TOC`
 * holds only its entries.
 */
import type {Doc} from '../../emit/pdf/document.js'
import {addBookmark, addDestination} from '../../emit/pdf/outline.js'
import type {PdfStyle} from '../../emit/pdf/style.js'
import {columnWidth, flowRuns, rule, skip} from '../../emit/pdf/typeset.js'

export interface OpenSection {
  /** Where the entries go. */
  body: PDFKit.PDFStructureElement
  /** End the section and its entries. */
  end(): void
}

export function openSection(
  doc: Doc,
  style: PdfStyle,
  root: PDFKit.PDFStructureElement,
  section: {title: string; destination: string; structure: string}
): OpenSection {
  addDestination(doc, section.destination, doc.y)
  addBookmark(doc.outline, section.title, section.destination)
  const element = doc.struct('Sect')
  root.add(element)
  element.add(
    doc.struct('H1', {}, () => {
      flowRuns(doc, style, [{text: section.title, type: {face: style.label.bold, size: style.sizes.title, colour: style.colours.accent}}], doc.page.margins.left, columnWidth(doc))
    })
  )
  skip(doc, 4)
  rule(doc, style.colours.accent, 0.75)
  const body = doc.struct(section.structure)
  element.add(body)
  return {body, end: () => element.end()}
}
