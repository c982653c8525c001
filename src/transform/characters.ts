/**
 * The one rule for characters no output format can carry (stated in
 * `src/model.ts`): C0 controls other than tab, line feed and carriage return,
 * DEL and the C1 controls, the noncharacters U+FFFE and U+FFFF, and halves
 * of surrogate pairs on their own. XML 1.0 may not carry most of them, Word
 * refuses a document that holds one, and none is a word. Those that stand
 * between words (a form feed or vertical tab from a copied page, the
 * information separators U+001C–U+001F, next line U+0085) become a space,
 * so `Page\fbreak` stays two words; the others are removed. A tree never
 * holds one, whoever built it: the text reader applies the rule to the
 * source (`prepareSource`), and `refine` to every tree, so emitters only
 * escape.
 */
import type {VFile} from 'vfile'
import type {Transcript} from '../model.js'

const notCarried = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/** Any character `notCarried` might match: most text has none, and this test is cheaper. */
const suspect = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/
/** Those that separate words. */
const separators = /[\u000B\u000C\u001C-\u001F\u0085]/

export interface Carried {
  text: string
  /** How many characters were replaced or removed. */
  count: number
  /** Offset of the first of them in the original text. */
  first?: number
}

/** `text` with the characters no format carries replaced (a separator) or removed. */
export function carriedText(text: string): Carried {
  if (!suspect.test(text)) return {text, count: 0}
  let count = 0
  let first: number | undefined
  const cleaned = text.replace(notCarried, (character: string, index: number) => {
    count++
    first ??= index
    return separators.test(character) ? ' ' : ''
  })
  return {text: cleaned, count, first}
}

/**
 * Apply the rule to every string of a tree (metadata, participants, speech,
 * notes, what was set aside), with one message saying how many were changed.
 * A tree from the text reader has none left; a tree read from Markdown, from
 * TEI or built by a program may.
 */
export function keepCarriedCharacters(tree: Transcript, file: VFile): void {
  let count = 0
  const pending: unknown[] = [tree]
  while (pending.length > 0) {
    const value = pending.pop()
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        if (typeof value[index] === 'string') value[index] = clean(value[index])
        else if (value[index] !== null && typeof value[index] === 'object') pending.push(value[index])
      }
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>
      for (const key of Object.keys(record)) {
        // Positions hold numbers only; nothing to clean there.
        if (key === 'position') continue
        const entry = record[key]
        if (typeof entry === 'string') record[key] = clean(entry)
        else if (entry !== null && typeof entry === 'object') pending.push(entry)
      }
    }
  }
  if (count > 0) {
    file.message(`Replaced or removed ${count} control or invalid character${count === 1 ? '' : 's'} that no output format can carry`, tree.position?.start).ruleId = 'control-character'
  }

  function clean(text: string): string {
    const carried = carriedText(text)
    count += carried.count
    return carried.text
  }
}
