/**
 * Repairs across paragraphs: a paragraph split by a page break, a lead
 * paragraph printed twice, a truncated teaser followed by the full text.
 */
import type {VFile} from 'vfile'
import type {Removed} from '../model.js'
import {timedName} from './label.js'
import {joinParagraphs, type SourceParagraph} from './paragraphs.js'

/** Paragraphs shorter than this are never taken for duplicates: `QUESTION: (In Russian.)` recurs. */
const minimumDuplicateLength = 60

/**
 * Join a paragraph that stops mid-sentence to the next that starts in lower
 * case. A turn's heading (`Tailor  2:26`) ends in a digit, and the speech
 * under it may open in lower case where the service split a sentence at the
 * wrong speaker: a heading is never half of a broken paragraph.
 */
export function joinPageBreaks(paragraphs: SourceParagraph[], file: VFile): SourceParagraph[] {
  const result: SourceParagraph[] = []
  for (const paragraph of paragraphs) {
    const previous = result[result.length - 1]
    if (previous && /[\p{L}\d,]$/u.test(previous.text) && /^\p{Ll}/u.test(paragraph.text) && !timedName(previous.text)) {
      file.info('Joined a paragraph split by a page break', paragraph.position)
      result[result.length - 1] = joinParagraphs(previous, paragraph)
    } else {
      result.push(paragraph)
    }
  }
  return result
}

/**
 * Set aside a paragraph that repeats an earlier one (a lead printed twice,
 * with or without the agency’s prefix), and a teaser: a paragraph cut short
 * with `...` whose text a later paragraph gives in full.
 */
export function removeRepeats(paragraphs: SourceParagraph[], file: VFile): {paragraphs: SourceParagraph[]; removed: Removed[]} {
  const kept: SourceParagraph[] = []
  const removed: Removed[] = []
  const earlier = new EarlierParagraphs()

  paragraphs.forEach((paragraph, index) => {
    const text = normalise(paragraph.text)
    if (text.length >= minimumDuplicateLength && earlier.repeats(text)) {
      removed.push({reason: 'duplicate', value: paragraph.raw, position: paragraph.position})
      file.info('Set aside a paragraph that repeats an earlier one', paragraph.position)
      return
    }
    const teaser = /(?:\.{3}|…)$/.test(paragraph.text) ? /^(.*\S)\s*(?:\.{3}|…)$/su.exec(paragraph.text) : null
    // A teaser is as long as a duplicate: `MR.: A…` then `MR.: Agree.` is speech trailing off, not a teaser.
    if (teaser && normalise(teaser[1]).length >= minimumDuplicateLength) {
      const start = normalise(teaser[1])
      const full = paragraphs.slice(index + 1, index + 4).find((later) => normalise(later.text).startsWith(start) && later.text.length > paragraph.text.length)
      if (full) {
        removed.push({reason: 'teaser', value: paragraph.raw, position: paragraph.position})
        file.info('Set aside a teaser that a later paragraph gives in full', paragraph.position)
        return
      }
    }
    earlier.add(text)
    kept.push(paragraph)
  })
  return {paragraphs: kept, removed}
}

/** A repeat may lack at most this many leading words of the earlier paragraph: an agency’s prefix (`USPA NEWS -`). */
const maxPrefixWords = 8
/** Earlier paragraphs kept per shared ending for the prefix comparison. */
const maxSameEnding = 16

/**
 * The paragraphs seen so far, found by their last characters: one short
 * key per paragraph keeps a long transcript linear, and only paragraphs
 * ending alike are compared whole.
 */
class EarlierParagraphs {
  readonly #texts = new Set<string>()
  readonly #byEnding = new Map<string, string[]>()

  add(text: string): void {
    if (text.length < minimumDuplicateLength) return
    this.#texts.add(text)
    const key = text.slice(-minimumDuplicateLength)
    const list = this.#byEnding.get(key)
    // A few paragraphs per ending are enough to find a lead printed again; a
    // bound keeps text built to end alike from making this quadratic.
    if (!list) this.#byEnding.set(key, [text])
    else if (list.length < maxSameEnding) list.push(text)
  }

  /** Whether `text` is an earlier paragraph, or one with up to `maxPrefixWords` words before it. */
  repeats(text: string): boolean {
    if (this.#texts.has(text)) return true
    const candidates = this.#byEnding.get(text.slice(-minimumDuplicateLength)) ?? []
    return candidates.some((candidate) => {
      if (!candidate.endsWith(' ' + text)) return false
      const prefix = candidate.slice(0, candidate.length - text.length - 1)
      return prefix.split(' ').length <= maxPrefixWords
    })
  }
}

/** Paragraph text is already folded to single spaces (`readParagraphs`): compare it without case. */
function normalise(text: string): string {
  return text.toLowerCase()
}
