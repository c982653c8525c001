/**
 * Words as Verbatim counts them when it checks that nothing was lost: runs of
 * letters, marks and digits, compared without case. The parser uses them to
 * keep header lines the metadata does not hold; `verify` to compare a source
 * with its tree.
 */
import type {Meta, Participant} from '../model.js'
import {alphabeticRanges, isAlphabetic} from '../util/alphabetic.js'
import {monthNamesOf} from './dates.js'

export const wordPattern = /[\p{L}\p{M}\p{N}]+/gu

/** `wordPattern` for text in the alphabetic blocks, where it finds the same words two to three times as fast. */
const alphabeticWord = new RegExp(`[${alphabeticRanges(/[\p{L}\p{M}\p{N}]/u)}]+`, 'g')

/** The words of `text`, lower-cased (each word on its own: a final sigma is told by the word's end). */
export function wordsOf(text: string): string[] {
  const words = text.match(isAlphabetic(text) ? alphabeticWord : wordPattern) ?? []
  for (let index = 0; index < words.length; index++) words[index] = words[index].toLowerCase()
  return words
}

/**
 * The words the metadata and the participants hold, a date also as the words
 * a source spells it with (`April 30, 2010`, `30/04/10`).
 */
export function metadataWords(meta: Meta, participants: Participant[]): string[] {
  const {words, months} = metadataParts(meta, participants)
  return [...words, ...months.flatMap(monthWordsOf)]
}

/**
 * How often the metadata and the participants hold each word: the words of
 * `metadataWords`, counted. A date's month names (some ninety words) are
 * counted once per month and looked up, not counted again for every parse.
 */
export function countMetadataWords(meta: Meta, participants: Participant[]): (word: string) => number {
  const {words, months} = metadataParts(meta, participants)
  const counts = countWords(words)
  const monthCounts = months.map(monthCountsOf)
  return (word) => {
    let count = counts.get(word) ?? 0
    for (const month of monthCounts) count += month.get(word) ?? 0
    return count
  }
}

/** The metadata's words but for its months' names, and the months (1–12) whose names it holds. */
function metadataParts(meta: Meta, participants: Participant[]): {words: string[]; months: number[]} {
  const words = [...wordsOf(JSON.stringify(meta)), ...wordsOf(JSON.stringify(participants))]
  const months: number[] = []
  for (const date of [meta.date, meta.source?.published].filter((value): value is string => typeof value === 'string')) {
    const [year, month, day] = date.slice(0, 10).split('-').map(Number)
    if (!month) continue
    months.push(month)
    words.push(...wordsOf(String(month)), ...wordsOf(String(day)), ...wordsOf(String(year % 100).padStart(2, '0')))
  }
  return {words, months}
}

/** How many times each word occurs. */
export function countWords(words: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/** The words of month `number`'s names, and their counts, worked out once per month. */
const monthWords = new Map<number, string[]>()
const monthCounts = new Map<number, Map<string, number>>()

function monthWordsOf(number: number): string[] {
  let words = monthWords.get(number)
  if (!words) monthWords.set(number, (words = wordsOf(monthNamesOf(number).join(' '))))
  return words
}

function monthCountsOf(number: number): Map<string, number> {
  let counts = monthCounts.get(number)
  if (!counts) monthCounts.set(number, (counts = countWords(monthWordsOf(number))))
  return counts
}
