/**
 * One handler per block type of the body, in the shape every emitter's
 * handlers have (`../../handlers.ts`).
 */
import type {Paragraph} from 'docx'
import type {Block} from '../../../model.js'
import {handle, type BlockHandlers} from '../../handlers.js'
import type {DocxState} from '../state.js'
import {narrative} from './narrative.js'
import {note} from './note.js'
import {turn} from './turn.js'

export const blockHandlers: BlockHandlers<DocxState, Paragraph[]> = {turn, narrative, note}

export function block(node: Block, state: DocxState): Paragraph[] {
  return handle(blockHandlers, node, state)
}
