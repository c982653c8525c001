/**
 * What a packet says about itself: its date range and its timestamp.
 */
import {conversionTime, humanDate} from '../emit/conventions.js'
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

/** When the packet is made: `SOURCE_DATE_EPOCH` when set, else no date (not its transcripts' dates). */
export function packetTimestamp(env = process.env): Date | undefined {
  return conversionTime(env)
}

/** `5 transcripts`. */
export function countLine(chapters: Chapter[]): string {
  return chapters.length === 1 ? '1 transcript' : `${chapters.length} transcripts`
}
