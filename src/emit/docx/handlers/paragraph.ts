/**
 * A source paragraph: its number (`¶7`) in the hanging column, then its
 * runs, all inside the bookmark `p7` so links and cross-references reach it.
 */
import {Paragraph, Tab, TextRun} from 'docx'
import type {Paragraph as ParagraphNode} from '../../../model.js'
import {paragraphId, paragraphMark} from '../../conventions.js'
import {bookmarked} from '../bookmark.js'
import {characterStyle} from '../styles.js'
import {takePageBreak, type DocxState} from '../state.js'
import {inlineRuns} from './inline.js'

export function paragraph(node: ParagraphNode, style: string, state: DocxState): Paragraph {
  const runs: TextRun[] = []
  if (state.template.paragraphNumbers) {
    runs.push(new TextRun({children: [paragraphMark(node), new Tab()], style: characterStyle.paragraphNumber.id}))
  }
  for (const child of node.children) runs.push(...inlineRuns(child, state.template.fonts.body))
  return new Paragraph({style, pageBreakBefore: takePageBreak(state), children: bookmarked(state.idPrefix + paragraphId(node), runs, state.nextBookmarkId)})
}
