/**
 * Cue timings: `00:01:02.500 --> 00:01:04.000` (WebVTT, hours optional:
 * `01:02.500`) and `00:00:01,000 --> 00:00:04,000` (SRT, a comma before the
 * milliseconds). The times are kept as the source printed them (what
 * `turn.start` and `turn.end` hold) and in seconds (to measure the gap
 * between two cues).
 */
import {secondsOf} from '../../emit/conventions.js'

export interface Timestamp {
  /** As printed: `00:01:02.500`, `01:02.500`, `00:00:01,000`. */
  printed: string
  seconds: number
}

export interface Timing {
  start: Timestamp
  end: Timestamp
  /** What follows the end time: WebVTT cue settings (`align:start position:10%`), SRT coordinates (`X1:40 X2:600 Y1:20 Y2:50`). */
  settings: string
}

/**
 * A timestamp, lenient where writers differ and nothing is ambiguous: one
 * or more digits of hours (optional), minutes and seconds of two digits
 * (one is taken), a period or a comma, one to three digits of fraction.
 */
const timestamp = String.raw`(?:\d+:)?\d{1,2}:\d{1,2}[.,]\d{1,3}`

/** A whole timing line: start, the arrow, end, then settings after white space. */
const timingLine = new RegExp(String.raw`^\s*(${timestamp})\s*-->\s*(${timestamp})(?:[ \t]+(.*?))?\s*$`)

/**
 * A line meant as a timing that is not one: a timestamp, then an arrow or
 * another timestamp (`00:00:01.000 -> 00:00:02.000`, `00:00:01.000 --> 00:0`,
 * `00:00:01 --> 00:00:02`), or any line with `-->`.
 */
const timingLike = /-->|^\s*(?:\d+:)?\d{1,2}:\d{1,2}(?:[.,]\d*)?\s*(?:[-=–—]+>?|\d|$)/

export function parseTiming(line: string): Timing | undefined {
  const match = timingLine.exec(line)
  if (!match) return undefined
  return {start: readTimestamp(match[1]), end: readTimestamp(match[2]), settings: match[3] ?? ''}
}

/** Whether a line that is no timing was meant as one: a truncated or mistyped timing line. */
export function looksLikeTiming(line: string): boolean {
  return timingLike.test(line)
}

/** Whether the line is a timing whose milliseconds follow a comma (SRT). */
export function hasCommaTiming(line: string): boolean {
  const timing = parseTiming(line)
  return timing !== undefined && timing.start.printed.includes(',')
}

export function readTimestamp(printed: string): Timestamp {
  return {printed, seconds: secondsOf(printed)}
}

/** What is wrong with a timing line that does not parse, in words a user can act on. */
export function timingProblem(line: string): string {
  const text = line.trim()
  if (/-->/.test(text)) {
    const [start, end] = text.split('-->').map((part) => part.trim())
    const stamp = new RegExp(`^${timestamp}$`)
    if (!stamp.test(start)) return `its start “${start}” is not a time such as 00:01:02.500`
    const endTime = end.split(/\s+/)[0] ?? ''
    if (endTime === '') return 'it has no end time (is the file cut short?)'
    if (!stamp.test(endTime)) return `its end “${endTime}” is not a time such as 00:01:04.000`
    return 'it is not “start --> end”'
  }
  if (/[-=–—]+>|[-–—]{2,}/.test(text)) return 'its arrow is not “-->”'
  return 'it has no “-->” between start and end'
}
