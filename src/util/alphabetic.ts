/**
 * Faster forms of the Unicode property classes the reader matches words
 * with, for text in the alphabetic blocks most transcripts are written in.
 *
 * In V8 a pattern with `\p{…}` and the `u` flag is two to three times as slow
 * as one with a plain class of ranges: the property spans all of Unicode,
 * astral planes included. Text whose every character lies in the blocks
 * below (Latin, IPA, Greek, Cyrillic, and the General Punctuation block's
 * quotes and dashes) holds no surrogate, so a class of exactly those of its
 * characters that have the property matches what the property does, run for
 * run. The ranges are worked out from the property itself when the module
 * loads (some 1,500 characters tested, well under a millisecond).
 */

/** The blocks a fast class covers: Basic Latin to Cyrillic Supplement, and General Punctuation. */
const blocks: Array<[number, number]> = [
  [0x0000, 0x052f],
  [0x2000, 0x206f]
]

/** Whether every character of `text` lies in the blocks a fast class covers. */
export function isAlphabetic(text: string): boolean {
  return alphabetic.test(text)
}

const alphabetic = /^[\x00-\u052F\u2000-\u206F]*$/

/**
 * The body of a character class (no brackets, no `u` flag needed) holding
 * exactly the characters of the covered blocks that `property` (a class
 * with the `u` flag, such as `/[\p{L}\p{N}]/u`) matches.
 */
export function alphabeticRanges(property: RegExp): string {
  let ranges = ''
  for (const [from, to] of blocks) {
    let start = -1
    for (let code = from; code <= to + 1; code++) {
      const inside = code <= to && property.test(String.fromCharCode(code))
      if (inside && start < 0) start = code
      if (!inside && start >= 0) {
        ranges += code - 1 === start ? escape(start) : `${escape(start)}-${escape(code - 1)}`
        start = -1
      }
    }
  }
  return ranges
}

function escape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`
}
