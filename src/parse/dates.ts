/**
 * Dates and times as sources print them, in the languages diplomacy uses:
 * `July 15, 2016`, `Friday, May 12, 2023`, `15 July 2016`, `Sept. 30, 2015`,
 * `2016-07-15`, `16.12.2015`, `8/15/09`, `30/6/2005`, `99-03-09`,
 * `15 июля 2016 года`, `25 août 2016`, `18. März 2024`, `18 de marzo de
 * 2009`, `2016年7月15日`; times `08:36`, `2:15 p.m.`, `1:22 p.m. EDT`.
 */
import {memoize} from '../util/memo.js'

/** Month names and their abbreviations, by language, to month numbers. */
const monthWords: Array<[string, number]> = []
const addMonths = (names: string[]) => names.forEach((name, index) => name.split('|').forEach((form) => monthWords.push([form, index + 1])))
addMonths(['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug', 'september|sept|sep', 'october|oct', 'november|nov', 'december|dec'])
// Russian, genitive (as dates print them) and nominative.
addMonths(['января|январь', 'февраля|февраль', 'марта|март', 'апреля|апрель', 'мая|май', 'июня|июнь', 'июля|июль', 'августа|август', 'сентября|сентябрь', 'октября|октябрь', 'ноября|ноябрь', 'декабря|декабрь'])
addMonths(['janvier|janv', 'février|fevrier|févr', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre|déc'])
addMonths(['januar|jänner', 'februar', 'märz|maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober|okt', 'november', 'dezember|dez'])
addMonths(['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'])
addMonths(['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'])
addMonths(['janeiro', 'fevereiro', 'março|marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'])
addMonths(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'])
// Polish and Ukrainian in the genitive (as dates print them) and the nominative; Turkish.
addMonths(['stycznia|styczeń', 'lutego|luty', 'marca|marzec', 'kwietnia|kwiecień', 'maja|maj', 'czerwca|czerwiec', 'lipca|lipiec', 'sierpnia|sierpień', 'września|wrzesień', 'października|październik', 'listopada|listopad', 'grudnia|grudzień'])
addMonths(['січня|січень', 'лютого|лютий', 'березня|березень', 'квітня|квітень', 'травня|травень', 'червня|червень', 'липня|липень', 'серпня|серпень', 'вересня|вересень', 'жовтня|жовтень', 'листопада|листопад', 'грудня|грудень'])
addMonths(['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'])

const monthNumbers = new Map(monthWords)

/** Every name and abbreviation of month `number` (1–12) that dates are read in. */
export function monthNamesOf(number: number): string[] {
  return monthWords.filter(([, month]) => month === number).map(([name]) => name)
}
/** Longest names first, so `July` is not read as `Jul`. */
const month = `(${[...monthNumbers.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`
const weekday = '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\\s+(?:le\\s+|den\\s+)?)?'

type Reader = (m: RegExpExecArray, options: DateOptions) => [number, number, number] | undefined

const patterns: Array<{regex: RegExp; read: Reader}> = [
  // `July 15, 2016`, `marzo 18 de 2009`
  {regex: new RegExp(`(?<![\\p{L}])${weekday}${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d{3})`, 'iu'), read: (m) => [Number(m[3]), monthOf(m[1]), Number(m[2])]},
  // `15 July 2016`, `15 июля 2016 года`, `18. März 2024`, `18 de marzo de 2009`, `1er août 2016`
  {regex: new RegExp(`(?<![\\p{L}\\d])${weekday}(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?${month},?\\s+(?:de\\s+|del\\s+)?(\\d{4})`, 'iu'), read: (m) => [Number(m[3]), monthOf(m[2]), Number(m[1])]},
  {regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])]},
  {regex: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])]},
  // Day first with dots, as European and Russian pages write it: `16.12.2015`, `18.2.2016`.
  {regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/, read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])]},
  // Slashes: `8/15/09`, `03/14/2014`, `30/6/2005`, `11/11/2019`. American order
  // in English unless the first number cannot be a month; day first elsewhere.
  {regex: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/, read: (m, options) => {
    const [a, b, year] = [Number(m[1]), Number(m[2]), fullYear(m[3])]
    const dayFirst = a > 12 || (b <= 12 && options.dayFirst)
    return dayFirst ? [year, b, a] : [year, a, b]
  }},
  // `28-10-2013`: day first with dashes, as Russian pages stamp them.
  {regex: /(?<!\d)(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)/, read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])]},
  // `99-03-09`: the State Department’s 1990s two-digit year first.
  {regex: /(?<![\d-])(\d{2})-(\d{2})-(\d{2})(?![\d-])/, read: (m) => [fullYear(m[1]), Number(m[2]), Number(m[3])]}
]

function monthOf(name: string): number {
  return monthNumbers.get(name.toLowerCase().replace(/\.$/, '')) ?? 0
}

function fullYear(text: string): number {
  const year = Number(text)
  if (text.length === 4) return year
  return year >= 70 ? 1900 + year : 2000 + year
}

export interface DateOptions {
  /**
   * Read `11/10/2019` day first (a document not in American English). A
   * function is asked only when a date is ambiguous, so that what decides it
   * (the page’s language) is worked out only when it matters.
   */
  dayFirst?: boolean | (() => boolean)
}

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string
  index: number
  length: number
}

/** The first valid date in `text`. */
export function findDate(text: string, options: DateOptions = {}): FoundDate | undefined {
  // Every date has a digit; most lines have none, and the month patterns are long.
  if (!/\d/.test(text)) return undefined
  const dayFirst = typeof options.dayFirst === 'function' ? ambiguousSlashes.test(text) && options.dayFirst() : options.dayFirst
  return dayFirst ? findDayFirst(text) : findMonthFirst(text)
}

/** `09/10/2015`: a slashed date whose first two numbers could each be the month. */
const ambiguousSlashes = /(?<![\d/])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|1[0-2])\/\d{2,4}/

// The header asks about a line, the next one and the two joined, each more than once: the answers are remembered.
const findMonthFirst = memoize((text) => firstDate(text, {}))
const findDayFirst = memoize((text) => firstDate(text, {dayFirst: true}))

function firstDate(text: string, options: DateOptions): FoundDate | undefined {
  let best: FoundDate | undefined
  for (const {regex, read} of patterns) {
    const match = regex.exec(text)
    if (!match) continue
    const parts = read(match, options)
    if (!parts) continue
    const [year, monthNumber, day] = parts
    if (!validDate(year, monthNumber, day)) continue
    const found = {iso: `${year}-${pad(monthNumber)}-${pad(day)}`, index: match.index, length: match[0].length}
    if (!best || found.index < best.index) best = found
  }
  return best
}

/** `7 ottobre`, `March 12`: a day and a month with no year. */
const dayMonth = new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?${month}|${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?![\\p{L}\\d])`, 'iu')

/**
 * The date of `text` that prints a day and a month but no year (`(Roma, 7
 * ottobre)`), in the year of `reference` (a page’s stamp, `YYYY-MM-DD`), or
 * the year before where that would put it after the stamp.
 */
export function findYearlessDate(text: string, reference: string): FoundDate | undefined {
  const match = dayMonth.exec(text)
  if (!match) return undefined
  const day = Number(match[1] ?? match[4])
  const monthNumber = monthOf(match[2] ?? match[3])
  let year = Number(reference.slice(0, 4))
  const iso = (y: number) => `${y}-${pad(monthNumber)}-${pad(day)}`
  if (iso(year) > reference) year--
  if (!validDate(year, monthNumber, day)) return undefined
  return {iso: iso(year), index: match.index, length: match[0].length}
}

/**
 * The day a lead says the event took place (`At a background briefing in
 * Moscow January 25, …`), in the year of the page’s `stamp`.
 */
export function findLeadDate(text: string, stamp: string): string | undefined {
  const event = /\b(?:at|during|in)\s+(?:an?|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:briefing|press conference|news conference|interview|meeting|remarks|talks|speech|press availability)\b([^.;]{0,60})/iu.exec(text)
  if (!event || findDate(event[1])) return undefined
  return findYearlessDate(event[1], stamp)?.iso
}

/**
 * Zones sources print after a time, and their offsets from UTC. A zone
 * whose abbreviation stands for more than one (`CST`: US Central or China;
 * `IST`: India, Ireland or Israel; `BST`) has none: it is kept as printed.
 */
const zoneOffsets: Record<string, string | undefined> = {
  EDT: '-04:00', EST: '-05:00', CDT: '-05:00', CST: undefined, MDT: '-06:00', MST: '-07:00', PDT: '-07:00', PST: '-08:00',
  AKDT: '-08:00', AKST: '-09:00', HST: '-10:00', GMT: '+00:00', UTC: '+00:00', BST: undefined, WET: '+00:00', WEST: '+01:00',
  CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00', IST: undefined, JST: '+09:00', KST: '+09:00'
}

// In capitals only, as sources print zones: `13:00 est prévue` is French, not Eastern time.
const zoneAfterTime = new RegExp(String.raw`(?<!\d)\d{1,2}(?::|h)\d{2}(?:\s*[aApP]\.?\s*[mM]\.?)?\s*\(?(${Object.keys(zoneOffsets).join('|')})\b`)

/** `1:22 p.m. EDT` → `EDT`: the zone printed right after a time; undefined when none is. */
export function findTimeZone(text: string): string | undefined {
  return zoneAfterTime.exec(text)?.[1]
}

/** `EDT` → `-04:00`; undefined for a zone whose offset is not known for certain. */
export function zoneOffset(zone: string | undefined): string | undefined {
  return zone === undefined ? undefined : zoneOffsets[zone.toUpperCase()]
}

/** `08:36`, `2:15 p.m.`, `6:40 P.M. MDT` → `HH:MM`. */
export function findTime(text: string): string | undefined {
  const match = /(?<!\d)(\d{1,2})(?::|h(?=\d))(\d{2})(?!\d)\s*([ap])?\.?\s*m?\.?/i.exec(text)
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
