/**
 * A section heading (“Questions and answers”): opens a `Sect` in the
 * structure tree and a bookmark, and keeps itself with what follows.
 */
import type {LayoutContext} from '../context.js'
import {addDestination} from '../internals.js'
import {bookmark} from '../outline.js'
import type {SectionStart} from '../sections.js'
import {columnWidth, keepTogether, lineGap, lineHeight, rule, skip, useType} from '../typeset.js'

export function layoutSection(context: LayoutContext, section: SectionStart, root: PDFKit.PDFStructureElement): void {
  const {doc, style} = context
  skip(doc, style.sectionGap)
  useType(doc, {face: style.body.regular, size: style.sizes.body, colour: style.colours.text})
  const following = 4 * lineHeight(doc, style)
  const heading = {face: style.label.bold, size: style.sizes.heading, colour: style.colours.accent}
  useType(doc, heading)
  keepTogether(doc, lineHeight(doc, style) + following)

  const destination = `${context.destinationPrefix}section-${section.kind}`
  addDestination(doc, destination, doc.y)
  bookmark(context, 'section', section.title, destination)

  if (context.parent !== root) context.parent.end()
  const element = doc.struct('Sect')
  root.add(element)
  context.parent = element
  element.add(
    doc.struct('H2', {}, () => {
      useType(doc, heading)
      doc.text(section.title, doc.page.margins.left, doc.y, {width: columnWidth(doc), lineGap: lineGap(doc, style)})
    })
  )
  doc.y += 2
  rule(doc, style.colours.accent, 0.75)
}
