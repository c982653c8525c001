/**
 * One handler per block type of the body.
 */
import type {Paragraph} from 'docx'
import type {Block} from '../../../model.js'
import type {BodyState} from '../state.js'
import {narrative} from './narrative.js'
import {note} from './note.js'
import {turn} from './turn.js'

type BlockHandlers = {
  [Type in Block['type']]: (node: Extract<Block, {type: Type}>, state: BodyState) => Paragraph[]
}

export const blockHandlers: BlockHandlers = {turn, narrative, note}

export function block(node: Block, state: BodyState): Paragraph[] {
  const handler = blockHandlers[node.type] as (node: Block, state: BodyState) => Paragraph[]
  return handler(node, state)
}
