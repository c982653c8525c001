/**
 * Prose that is not speech (a news article’s introduction): numbered like
 * speech, in the Narrative style.
 */
import type {Paragraph} from 'docx'
import type {Narrative} from '../../../model.js'
import {paragraphStyle} from '../styles.js'
import type {DocxState} from '../state.js'
import {paragraph} from './paragraph.js'

export function narrative(node: Narrative, state: DocxState): Paragraph[] {
  return node.children.map((child) => paragraph(child, paragraphStyle.narrative.id, state))
}
