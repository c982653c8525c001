/**
 * A turn that opens with `(Via interpretation)` was delivered through an interpreter.
 */
import type {VFile} from 'vfile'
import type {Transcript} from '../model.js'
import {turns} from '../model.js'

export function markInterpretation(tree: Transcript, _file: VFile): void {
  for (const turn of turns(tree)) {
    const first = turn.children[0]?.children.find((node) => node.type === 'incident' || node.value.trim() !== '')
    if (first?.type === 'incident' && first.kind === 'interpretation') turn.interpreted = true
  }
}
