/**
 * A source paragraph: its number (`¶7`) in the hanging column, then its
 * runs, all inside the bookmark `p7` so links and cross-references reach it.
 */
import {Bookmark, Paragraph, Tab, TextRun} from 'docx'
import type {Paragraph as ParagraphNode} from '../../../model.js'
import {paragraphId, paragraphMark} from '../../conventions.js'
import {characterStyle} from '../styles.js'
import type {BodyState} from '../state.js'
import {inlineRun} from './inline.js'

export function paragraph(node: ParagraphNode, style: string, state: BodyState): Paragraph {
  const runs: TextRun[] = []
  if (state.template.paragraphNumbers) {
    runs.push(new TextRun({children: [paragraphMark(node), new Tab()], style: characterStyle.paragraphNumber.id}))
  }
  for (const child of node.children) runs.push(inlineRun(child))
  return new Paragraph({
    style,
    children: [new Bookmark({id: state.idPrefix + paragraphId(node), children: runs})]
  })
}
