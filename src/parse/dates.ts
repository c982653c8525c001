/**
 * Dates and times as sources print them: `July 15, 2016`, `15 July 2016`,
 * `DECEMBER 15, 2015`, `Sept. 30, 2015`, `2016-07-15`, `16.12.2015`, `08:36`.
 */

const monthNames = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'
]

const month = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?'
const weekday = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?'

const patterns: Array<{regex: RegExp; read: (m: RegExpExecArray) => [number, number, number]}> = [
  {regex: new RegExp(`${weekday}${month}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i'), read: (m) => [Number(m[3]), monthIndex(m[1]), Number(m[2])]},
  {regex: new RegExp(`${weekday}(\\d{1,2})\\s+${month},?\\s+(\\d{4})`, 'i'), read: (m) => [Number(m[3]), monthIndex(m[2]), Number(m[1])]},
  {regex: /(\d{4})-(\d{2})-(\d{2})/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])]},
  // Day first, as European and Russian pages write it.
  {regex: /(\d{1,2})\.(\d{1,2})\.(\d{4})/, read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])]}
]

function monthIndex(name: string): number {
  return monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1
}

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string
  index: number
  length: number
}

/** The first valid date in `text`. */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined
  for (const {regex, read} of patterns) {
    const match = regex.exec(text)
    if (!match) continue
    const [year, monthNumber, day] = read(match)
    if (!validDate(year, monthNumber, day)) continue
    const found = {iso: `${year}-${pad(monthNumber)}-${pad(day)}`, index: match.index, length: match[0].length}
    if (!best || found.index < best.index) best = found
  }
  return best
}

/** `08:36`, `2:15 p.m.` → `HH:MM`. */
export function findTime(text: string): string | undefined {
  const match = /\b(\d{1,2}):(\d{2})\s*([ap])?\.?\s*m?\.?/i.exec(text)
  if (!match) return undefined
  let hours = Number(match[1])
  const minutes = Number(match[2])
  const half = match[3]?.toLowerCase()
  if (half === 'p' && hours < 12) hours += 12
  if (half === 'a' && hours === 12) hours = 0
  if (hours > 23 || minutes > 59) return undefined
  return `${pad(hours)}:${pad(minutes)}`
}

function validDate(year: number, monthNumber: number, day: number): boolean {
  if (monthNumber < 1 || monthNumber > 12 || day < 1 || year < 1900 || year > 2200) return false
  const date = new Date(Date.UTC(year, monthNumber - 1, day))
  return date.getUTCDate() === day
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
