/**
 * Dates and times as TEI wants them in `@when` (W3C XML Schema types).
 * A value that is not one is still written as text, just without `@when`.
 */

/** `YYYY-MM-DD`, or a full `dateTime` with seconds. */
const w3cDate = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/

export function whenDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  // `2015-12-16T08:36`: XML Schema wants the seconds too.
  const withSeconds = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? value + ':00' : value
  return w3cDate.test(withSeconds) ? withSeconds : undefined
}

/** `14:30` → `14:30:00`. */
export function whenTime(value: string | undefined): string | undefined {
  return value !== undefined && /^\d{2}:\d{2}$/.test(value) ? value + ':00' : undefined
}

/** The day a timestamp falls on, `YYYY-MM-DD` (UTC). */
export function isoDay(timestamp: Date): string {
  return timestamp.toISOString().slice(0, 10)
}
