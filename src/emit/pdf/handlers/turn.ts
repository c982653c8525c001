/**
 * A turn: the speaker label set apart in the label face, a short aside
 * (who asks, through an interpreter), then the paragraphs. The label is kept
 * with the first lines it introduces.
 */
import type {Turn} from '../../../model.js'
import {displayLabel, questionerLine, turnId} from '../../conventions.js'
import type {LayoutContext} from '../context.js'
import {addDestination, currentPageNumber} from '../internals.js'
import {bookmark} from '../outline.js'
import {turnTitle} from '../sections.js'
import {columnWidth, keepTogether, lineGap, lineHeight, skip, useType, type Type} from '../typeset.js'
import {layoutParagraph} from './paragraph.js'

export function layoutTurn(context: LayoutContext, turn: Turn): void {
  const {doc, style, tree} = context
  const labelType: Type = {face: style.label.bold, size: style.sizes.label, colour: style.colours.label}
  const asideType: Type = {face: style.label.italic, size: style.sizes.label, colour: style.colours.muted}

  skip(doc, style.turnGap)
  useType(doc, {face: style.body.regular, size: style.sizes.body, colour: style.colours.text})
  const bodyLines = 2 * lineHeight(doc, style)
  useType(doc, labelType)
  keepTogether(doc, lineHeight(doc, style) + style.paragraphGap + bodyLines)

  const id = turnId(turn)
  context.report.turns.set(id, currentPageNumber(doc))
  addDestination(doc, context.destinationPrefix + id, doc.y)
  bookmark(context, 'turn', turnTitle(tree, turn), context.destinationPrefix + id)

  const element = doc.struct('Div')
  context.parent.add(element)
  const aside = asideOf(turn)
  element.add(
    doc.struct('H' + context.labelLevel, {}, () => {
      const x = doc.page.margins.left
      const width = columnWidth(doc)
      useType(doc, labelType)
      const gap = lineGap(doc, style)
      doc.text(displayLabel(tree, turn), x, doc.y, {width, lineGap: gap, characterSpacing: 0.3, continued: aside !== ''})
      if (aside !== '') {
        useType(doc, asideType)
        doc.text('  ' + aside, {width, lineGap: gap, characterSpacing: 0})
      }
    })
  )
  doc.y += style.paragraphGap * 0.5
  turn.children.forEach((paragraph, index) => {
    if (index > 0) skip(doc, style.paragraphGap)
    layoutParagraph(context, paragraph, element)
  })
  element.end()
}

/** `Arshad Mohammed, Reuters · via interpretation`: what the label does not say. */
function asideOf(turn: Turn): string {
  const parts: string[] = []
  if (turn.questioner) {
    parts.push(questionerLine(turn.questioner))
  }
  if (turn.interpreted) parts.push('via interpretation')
  return parts.join(' · ')
}
