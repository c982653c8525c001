/**
 * Number turns and paragraphs in reading order: the `u3` and `¶7` every
 * format shows. Run last, after anything that adds or removes paragraphs.
 */
import type {Transcript} from '../model.js'

export function numberParagraphs(tree: Transcript): void {
  let turn = 0
  let paragraph = 0
  for (const block of tree.children) {
    if (block.type === 'note') continue
    if (block.type === 'turn') block.n = ++turn
    for (const child of block.children) child.n = ++paragraph
  }
}
