/**
 * The body: one handler per block type. Each narrative gets a
 * `div[@type="narrative"]` of its own; turns and notes go, in order, into a
 * `div[@type="transcript"]`, a new one after each narrative. So the reader
 * finds every block’s bounds again.
 */
import type {Block, Transcript} from '../../../model.js'
import type {TeiState} from '../state.js'
import {divisionType} from '../vocabulary.js'
import {element, type XmlBuilder} from '../xml.js'
import {narrative} from './narrative.js'
import {note} from './note.js'
import {turn} from './turn.js'

interface BodyWriter {
  body: XmlBuilder
  /** The `div` turns and notes now go into, if one is open. */
  transcript?: XmlBuilder
  divisions: number
}

type BlockHandlers = {
  [Type in Block['type']]: (writer: BodyWriter, node: Extract<Block, {type: Type}>, state: TeiState) => void
}

export const blockHandlers: BlockHandlers = {
  turn(writer, node, state) {
    turn(transcriptDivision(writer, state), node, state)
  },
  note(writer, node, state) {
    note(transcriptDivision(writer, state), node)
  },
  narrative(writer, node, state) {
    writer.transcript = undefined
    narrative(division(writer, divisionType.narrative, state), node, state)
  }
}

export function body(parent: XmlBuilder, tree: Transcript, state: TeiState): void {
  const writer: BodyWriter = {body: element(parent, 'body'), divisions: 0}
  for (const block of tree.children) {
    const handler = blockHandlers[block.type] as (writer: BodyWriter, node: Block, state: TeiState) => void
    handler(writer, block, state)
  }
  if (writer.divisions === 0) transcriptDivision(writer, state)
}

function transcriptDivision(writer: BodyWriter, state: TeiState): XmlBuilder {
  writer.transcript ??= division(writer, divisionType.transcript, state)
  return writer.transcript
}

/** A new `div`; the first one carries the title as its `head`. */
function division(writer: BodyWriter, type: string, state: TeiState): XmlBuilder {
  const div = element(writer.body, 'div', {type})
  if (writer.divisions === 0 && state.tree.meta.title !== undefined) {
    element(div, 'head', {}, state.tree.meta.title)
  }
  writer.divisions++
  return div
}
