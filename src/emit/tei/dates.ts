/**
 * Dates and times as TEI wants them in `@when` (W3C XML Schema types).
 * A value that is not one is still written as text, just without `@when`.
 */
import {zoneOffset} from '../../parse/dates.js'

/** `YYYY-MM-DD`, or a full `dateTime` with seconds. */
const w3cDate = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/

export function whenDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  // `2015-12-16T08:36`, `2014-03-14T07:23-04:00`: XML Schema wants the seconds too.
  const withSeconds = value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?$/, '$1:00$2')
  return w3cDate.test(withSeconds) ? withSeconds : undefined
}

/** `14:30` → `14:30:00`; with a zone whose offset is known, `13:22` EDT → `13:22:00-04:00`. */
export function whenTime(value: string | undefined, zone?: string): string | undefined {
  if (value === undefined || !/^\d{2}:\d{2}$/.test(value)) return undefined
  return value + ':00' + (zoneOffset(zone) ?? '')
}

/** The day a timestamp falls on, `YYYY-MM-DD` (UTC). */
export function isoDay(timestamp: Date): string {
  return timestamp.toISOString().slice(0, 10)
}
