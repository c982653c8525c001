/**
 * A section heading (“Questions and answers”): opens a `Sect` in the
 * structure tree and a bookmark, and keeps itself with what follows.
 */
import {addDestination, bookmark} from '../outline.js'
import type {SectionStart} from '../../sections.js'
import type {PdfState} from '../state.js'
import {columnWidth, keepTogether, lineGap, lineHeight, rule, skip, useType} from '../typeset.js'

export function section(node: SectionStart, state: PdfState): void {
  const {doc, style} = state
  skip(doc, style.sectionGap)
  useType(doc, {face: style.body.regular, size: style.sizes.body, colour: style.colours.text})
  const following = 4 * lineHeight(doc, style)
  const heading = {face: style.label.bold, size: style.sizes.heading, colour: style.colours.accent}
  useType(doc, heading)
  keepTogether(doc, lineHeight(doc, style) + following)

  const destination = `${state.destinationPrefix}section-${node.kind}`
  addDestination(doc, destination, doc.y)
  bookmark(state, 'section', node.title, destination)

  if (state.parent !== state.root) state.parent.end()
  const element = doc.struct('Sect')
  state.root.add(element)
  state.parent = element
  element.add(
    doc.struct('H2', {}, () => {
      useType(doc, heading)
      doc.text(node.title, doc.page.margins.left, doc.y, {width: columnWidth(doc), lineGap: lineGap(doc, style)})
    })
  )
  doc.y += 2
  rule(doc, style.colours.accent, 0.75)
}
