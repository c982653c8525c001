/**
 * What a packet says about itself: its date range and its timestamp.
 */
import {humanDate, reproducibleTimestamp} from '../emit/conventions.js'
import type {Chapter} from './model.js'

const isoDate = /^\d{4}-\d{2}-\d{2}$/

function datesOf(chapters: Chapter[]): string[] {
  return chapters
    .map((chapter) => chapter.tree.meta.date)
    .filter((date): date is string => date !== undefined && isoDate.test(date))
    .sort()
}

/** `May 7, 2013 – July 15, 2016`, or one date, or `''` when none is dated. */
export function dateRange(chapters: Chapter[]): string {
  const dates = datesOf(chapters)
  if (dates.length === 0) return ''
  const first = humanDate(dates[0])
  const last = humanDate(dates.at(-1))
  return first === last ? first : `${first} – ${last}`
}

/** `SOURCE_DATE_EPOCH` when set, else noon UTC of the latest transcript date. */
export function packetTimestamp(chapters: Chapter[], env = process.env): Date {
  return reproducibleTimestamp({language: 'en', date: datesOf(chapters).at(-1)}, env)
}

/** `5 transcripts`. */
export function countLine(chapters: Chapter[]): string {
  return chapters.length === 1 ? '1 transcript' : `${chapters.length} transcripts`
}
