/**
 * Numbers in right-to-left text. fontkit shapes an Arabic run (joining
 * forms, ligatures) and puts its glyphs in visual order by reversing them
 * all, digits too, so `2016` would print `6102`. In Arabic as in Latin a
 * number reads left to right (the Unicode bidirectional algorithm's rule
 * for numbers), so each number's glyphs are put back in their order.
 */
import type {GlyphRun} from '../font-files.js'

/** European and Arabic-Indic digits (U+0660–U+0669, U+06F0–U+06F9). */
const digit = /^[0-9\u0660-\u0669\u06F0-\u06F9]$/u
/** What may stand between the digits of one number: a decimal or thousands separator, a date's slash or colon. */
const separator = /^[.,:/\u066B\u066C]$/u

interface Glyph {
  codePoints?: number[]
}

function kind(glyph: unknown): 'digit' | 'separator' | 'other' {
  const codePoints = (glyph as Glyph).codePoints ?? []
  const text = String.fromCodePoint(...codePoints)
  if (digit.test(text)) return 'digit'
  if (separator.test(text)) return 'separator'
  return 'other'
}

function reverse<T>(items: T[], start: number, end: number): void {
  for (let low = start, high = end - 1; low < high; low++, high--) [items[low], items[high]] = [items[high]!, items[low]!]
}

/** `run` with each number left to right again, when fontkit laid it out right to left; changed in place. */
export function numbersLeftToRight(run: GlyphRun): GlyphRun {
  if ((run as GlyphRun & {direction?: string}).direction !== 'rtl') return run
  const kinds = run.glyphs.map(kind)
  let index = 0
  while (index < kinds.length) {
    if (kinds[index] !== 'digit') {
      index++
      continue
    }
    // A number: digits, and separators each followed by a digit.
    let end = index + 1
    while (end < kinds.length && (kinds[end] === 'digit' || (kinds[end] === 'separator' && kinds[end + 1] === 'digit'))) end++
    if (end - index > 1) {
      reverse(run.glyphs, index, end)
      reverse(run.positions, index, end)
    }
    index = end
  }
  return run
}
