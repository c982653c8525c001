/**
 * An editorial note the pipeline added (not found in the source): in square
 * brackets, the editorial convention for words supplied by the editor, and
 * in its own style.
 */
import {Paragraph} from 'docx'
import type {Note} from '../../../model.js'
import {takePageBreak, type DocxState} from '../state.js'
import {paragraphStyle} from '../styles.js'

export function note(node: Note, state: DocxState): Paragraph[] {
  return [new Paragraph({style: paragraphStyle.note.id, pageBreakBefore: takePageBreak(state), text: `[${node.value}]`})]
}
