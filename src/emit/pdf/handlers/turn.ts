/**
 * A turn: the speaker label set apart in the label face, a short aside
 * (who asks, through an interpreter), then the paragraphs. The label is kept
 * with the first lines it introduces.
 */
import type {Turn} from '../../../model.js'
import {displayLabel, turnAside, turnId} from '../../conventions.js'
import {currentPageNumber} from '../document.js'
import {addDestination, bookmark} from '../outline.js'
import {turnTitle} from '../../sections.js'
import type {PdfState} from '../state.js'
import {columnWidth, flowRuns, keepTogether, lineHeight, skip, useType, type Run, type Type} from '../typeset.js'
import {paragraph} from './paragraph.js'

export function turn(node: Turn, state: PdfState): void {
  const {doc, style, tree} = state
  const labelType: Type = {face: style.label.bold, size: style.sizes.label, colour: style.colours.label}
  const asideType: Type = {face: style.label.italic, size: style.sizes.label, colour: style.colours.muted}

  skip(doc, style.turnGap)
  useType(doc, {face: style.body.regular, size: style.sizes.body, colour: style.colours.text})
  const bodyLines = 2 * lineHeight(doc, style)
  useType(doc, labelType)
  keepTogether(doc, lineHeight(doc, style) + style.paragraphGap + bodyLines)

  const id = turnId(node)
  state.report.turns.set(id, currentPageNumber(doc))
  addDestination(doc, state.destinationPrefix + id, doc.y)
  bookmark(state, 'turn', turnTitle(tree, node), state.destinationPrefix + id)

  const element = doc.struct('Div')
  state.parent.add(element)
  const aside = turnAside(node)
  element.add(
    doc.struct('H' + state.labelLevel, {}, () => {
      const runs: Run[] = [{text: displayLabel(tree, node), type: labelType, options: {characterSpacing: 0.3}}]
      if (aside !== '') runs.push({text: '  ' + aside, type: asideType, options: {characterSpacing: 0}})
      flowRuns(doc, style, runs, doc.page.margins.left, columnWidth(doc))
    })
  )
  doc.y += style.paragraphGap * 0.5
  node.children.forEach((child, index) => {
    if (index > 0) skip(doc, style.paragraphGap)
    paragraph(child, state, element)
  })
  element.end()
}
