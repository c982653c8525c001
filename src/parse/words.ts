/**
 * Words as Verbatim counts them when it checks that nothing was lost: runs of
 * letters, marks and digits, compared without case. The parser uses them to
 * keep header lines the metadata does not hold; `verify` to compare a source
 * with its tree.
 */
import type {Meta, Participant} from '../model.js'
import {monthNamesOf} from './dates.js'

export const wordPattern = /[\p{L}\p{M}\p{N}]+/gu

/** The words of `text`, lower-cased (each word on its own: a final sigma is told by the word's end). */
export function wordsOf(text: string): string[] {
  const words = text.match(wordPattern) ?? []
  for (let index = 0; index < words.length; index++) words[index] = words[index].toLowerCase()
  return words
}

/**
 * The words the metadata and the participants hold, a date also as the words
 * a source spells it with (`April 30, 2010`, `30/04/10`).
 */
export function metadataWords(meta: Meta, participants: Participant[]): string[] {
  const words = [...wordsOf(JSON.stringify(meta)), ...wordsOf(JSON.stringify(participants))]
  for (const date of [meta.date, meta.source?.published].filter((value): value is string => typeof value === 'string')) {
    const [year, month, day] = date.slice(0, 10).split('-').map(Number)
    if (month) words.push(...monthWordsOf(month), ...wordsOf(String(month)), ...wordsOf(String(day)), ...wordsOf(String(year % 100).padStart(2, '0')))
  }
  return words
}

/** The words of month `number`'s names, worked out once per month: every parse asks for them. */
const monthWords = new Map<number, string[]>()
function monthWordsOf(number: number): string[] {
  let words = monthWords.get(number)
  if (!words) monthWords.set(number, (words = wordsOf(monthNamesOf(number).join(' '))))
  return words
}
