/**
 * Words as Verbatim counts them when it checks that nothing was lost: runs of
 * letters, marks and digits, compared without case. The parser uses them to
 * keep header lines the metadata does not hold; `verify` to compare a source
 * with its tree.
 */
import type {Meta, Participant} from '../model.js'
import {monthNamesOf} from './dates.js'

export const wordPattern = /[\p{L}\p{M}\p{N}]+/gu

/** The words of `text`, lower-cased. */
export function* wordsOf(text: string): Generator<string> {
  for (const match of text.matchAll(wordPattern)) yield match[0].toLowerCase()
}

/**
 * The words the metadata and the participants hold, a date also as the words
 * a source spells it with (`April 30, 2010`, `30/04/10`).
 */
export function* metadataWords(meta: Meta, participants: Participant[]): Generator<string> {
  const texts = [JSON.stringify(meta), JSON.stringify(participants)]
  for (const date of [meta.date, meta.source?.published].filter((value): value is string => typeof value === 'string')) {
    const [year, month, day] = date.slice(0, 10).split('-').map(Number)
    if (month) texts.push(monthNamesOf(month).join(' '), String(month), String(day), String(year % 100).padStart(2, '0'))
  }
  for (const text of texts) yield* wordsOf(text)
}
