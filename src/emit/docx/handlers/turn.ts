/**
 * A turn: the speaker’s label in a paragraph of its own (style Speaker,
 * kept with the next), what the label does not say beside it (who asks,
 * through an interpreter, when), then the turn’s paragraphs (Turn, or Question when a
 * journalist asks). The label paragraph carries the bookmark `u3`.
 */
import {Paragraph} from 'docx'
import type {Turn} from '../../../model.js'
import {displayLabel, isQuestion, turnAside, turnId} from '../../conventions.js'
import {bookmarked} from '../bookmark.js'
import {scriptRuns} from '../script-runs.js'
import {characterStyle, paragraphStyle} from '../styles.js'
import {takePageBreak, type DocxState} from '../state.js'
import {paragraph} from './paragraph.js'

export function turn(node: Turn, state: DocxState): Paragraph[] {
  const role = state.template.fonts.label
  const name = scriptRuns(displayLabel(state.tree, node), role, {style: characterStyle.speakerLabel.id})
  // Who asks, through an interpreter, when: as the PDF shows it beside the label.
  const aside = turnAside(node)
  const runs = aside === '' ? name : [...name, ...scriptRuns('  ' + aside, role, {style: characterStyle.paragraphNumber.id})]
  const label = new Paragraph({
    style: paragraphStyle.speaker.id,
    pageBreakBefore: takePageBreak(state),
    children: bookmarked(state.idPrefix + turnId(node), runs, state.nextBookmarkId)
  })
  const style = isQuestion(state.tree, node) ? paragraphStyle.question.id : paragraphStyle.turn.id
  return [label, ...node.children.map((child) => paragraph(child, style, state))]
}
