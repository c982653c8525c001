/**
 * The body: one handler per block type, each `(node, state)`. Each narrative
 * gets a `div[@type="narrative"]` of its own; turns and notes go, in order,
 * into a `div[@type="transcript"]`, a new one after each narrative. So the
 * reader finds every block’s bounds again.
 */
import {handle, type BlockHandlers} from '../../handlers.js'
import type {TeiState} from '../state.js'
import {transcriptDivision} from './division.js'
import {timeline} from './timeline.js'
import {narrative} from './narrative.js'
import {note} from './note.js'
import {turn} from './turn.js'

export const blockHandlers: BlockHandlers<TeiState, void> = {turn, narrative, note}

export function body(state: TeiState): void {
  timeline(state)
  for (const block of state.tree.children) handle(blockHandlers, block, state)
  // A body holds at least one `div`.
  if (state.divisions === 0) transcriptDivision(state)
}
