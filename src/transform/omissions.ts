/**
 * Say where the source leaves something out: two turns in a row by the same
 * speaker (what came between them is missing), and a turn `speaking after`
 * someone whose words the source does not give.
 */
import type {VFile} from 'vfile'
import {participantOf, type Block, type Transcript} from '../model.js'

export function noteOmissions(tree: Transcript, file: VFile): void {
  const name = (id: string) => participantOf(tree, id)?.name ?? id
  const children: Block[] = []
  let previous: Block | undefined
  for (const block of tree.children) {
    // A tree read back from Verbatim's own output has its notes already: noted once, not again.
    const noted = previous?.type === 'note' && previous.kind === 'omission'
    if (block.type === 'turn' && !noted) {
      if (block.after && !(previous?.type === 'turn' && previous.speaker === block.after)) {
        children.push({type: 'note', kind: 'omission', value: `${name(block.speaker)} speaks after ${name(block.after)}, whose words are not in the source.`})
      } else if (previous?.type === 'turn' && previous.speaker === block.speaker) {
        children.push({type: 'note', kind: 'omission', value: `Two turns by ${name(block.speaker)} in a row: what came between them is not in the source.`})
        file.info(`Two turns by ${name(block.speaker)} in a row; noted as an omission`, block.position)
      }
    }
    children.push(block)
    previous = block
  }
  tree.children = children
}
