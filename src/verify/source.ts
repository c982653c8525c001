/**
 * Verify the reader against the source itself, not only the outputs against
 * the tree: every word of a plain-text input, from its first turn on, must
 * be in the tree (its speech, labels, stage directions, notes)
 * unless the tree records it as set aside (`removed`, with its reason).
 * Outputs are checked against the tree (`./index.ts`); this closes the gap
 * between the file and the tree, so a word the reader dropped cannot pass.
 *
 * Words, not sentences, are compared, counted: a label the tree keeps apart
 * from its speech, a dash the typography repair restored or a page break
 * joined leaves the words the same.
 */
import type {Position, Transcript} from '../model.js'
import {monthNamesOf} from '../parse/dates.js'

export interface LostWord {
  /** The word, as the source has it. */
  word: string
  /** Where the source has it (its first occurrence the tree lacks). */
  position: Position['start']
  /** How many times the source has it beyond what the tree holds. */
  missing: number
}

/** Words: runs of letters, marks and digits, compared without case. */
const wordPattern = /[\p{L}\p{M}\p{N}]+/gu

/**
 * The words of `source` (the text the reader was given, after decoding)
 * that the tree neither holds nor sets aside.
 */
export function lostSourceWords(source: string, tree: Transcript): LostWord[] {
  const start = firstOffset(tree)
  if (start === undefined) return []
  // What the tree sets aside after the transcript's start is not looked for.
  const setAside = tree.removed
    .map((item) => item.position)
    .filter((position): position is Position => position?.start.offset !== undefined && position.end.offset !== undefined)
    .map((position) => [position.start.offset!, position.end.offset!] as const)
    .sort((a, b) => a[0] - b[0])

  const held = new Map<string, number>()
  for (const word of treeWords(tree)) held.set(word, (held.get(word) ?? 0) + 1)

  const lost = new Map<string, LostWord>()
  let range = 0
  for (const match of source.slice(start).matchAll(wordPattern)) {
    const offset = start + match.index
    while (range < setAside.length && setAside[range][1] <= offset) range++
    if (range < setAside.length && setAside[range][0] <= offset) continue
    const word = match[0].toLowerCase()
    const count = held.get(word) ?? 0
    if (count > 0) {
      held.set(word, count - 1)
      continue
    }
    const known = lost.get(word)
    if (known) known.missing++
    else lost.set(word, {word: match[0], position: positionOf(source, offset), missing: 1})
  }
  return [...lost.values()].sort((a, b) => (a.position.offset ?? 0) - (b.position.offset ?? 0))
}

/**
 * Where the check begins: the first turn (the header and a lead above it
 * are read into the metadata, in words a source spells many ways), or, in a
 * text with no turn, the first block.
 */
function firstOffset(tree: Transcript): number | undefined {
  let first: number | undefined
  const hasTurns = tree.children.some((block) => block.type === 'turn')
  for (const block of tree.children) {
    if (hasTurns && block.type !== 'turn') continue
    const offset = 'position' in block ? block.position?.start.offset : undefined
    if (offset !== undefined && (first === undefined || offset < first)) first = offset
  }
  return first
}

/**
 * Every word the tree holds: speech, narrative, labels and timestamps, stage
 * directions, notes, the participants, and the metadata the header gave (a
 * date as the words a source spells it with: `April 30, 2010`).
 */
function* treeWords(tree: Transcript): Generator<string> {
  const texts: string[] = [JSON.stringify(tree.meta), JSON.stringify(tree.participants)]
  for (const date of [tree.meta.date, tree.meta.source?.published].filter((value): value is string => typeof value === 'string')) {
    const [year, month, day] = date.slice(0, 10).split('-').map(Number)
    if (month) texts.push(monthNamesOf(month).join(' '), String(month), String(day), String(year % 100).padStart(2, '0'))
  }
  for (const block of tree.children) {
    if (block.type === 'note') {
      texts.push(block.value)
      continue
    }
    if (block.type === 'turn') texts.push(block.label ?? '', block.start ?? '', JSON.stringify(block.questioner ?? ''), block.addressee ?? '')
    for (const paragraph of block.children) for (const node of paragraph.children) texts.push(node.value)
  }
  for (const text of texts) for (const match of text.matchAll(wordPattern)) yield match[0].toLowerCase()
}

/** Line, column and offset of `offset` in `text`. */
function positionOf(text: string, offset: number): Position['start'] {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: offset - lineStart + 1, offset}
}
