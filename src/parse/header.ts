/**
 * The header block at the top of a transcript: title, principal speaker and
 * office, event type, venue, city and country, date; in the shapes the State
 * Department (lines under the title), the Foreign Ministry (a descriptive
 * title, then a date line) and news pages (`## heading`, datelines,
 * `Key: value` lines) print.
 *
 * Reading stops at the first line that is not header-like: a speaker label,
 * or prose.
 */
import type {Meta, Removed} from '../model.js'
import {findMentions, type Mention} from '../people/mentions.js'
import {displayCase} from '../people/names.js'
import {eventTypeOf, identifierKeys, metadataKeys, officeWords} from '../people/vocabulary.js'
import {findDate, findTime} from './dates.js'
import {matchLabel, type MatchOptions} from './label.js'
import {linesPosition, type SourceLine} from './lines.js'
import {repairTypography} from './typography.js'

export interface Header {
  meta: Omit<Meta, 'language'>
  /** People the header and title name: the principal first where known. */
  people: Mention[]
  /** The person the header names as speaking (State shape), or the title’s possessive. */
  principal?: Mention
  /** Number of source lines the header takes. */
  lineCount: number
  /** Header lines that are page metadata (`Beat: News`). */
  removed: Removed[]
  /** The page is a news article (markdown heading, datelines, `Beat:` lines). */
  news: boolean
}

type LineKind =
  | {kind: 'metadata'; key: string; value: string}
  | {kind: 'heading'; text: string}
  | {kind: 'date'; iso: string; places: string; time?: string}
  | {kind: 'event'; type: string}
  | {kind: 'time'; time: string}
  | {kind: 'short'; text: string}

/** Read the header block from the first lines. */
export function readHeader(lines: SourceLine[], options: MatchOptions = {}): Header {
  const header: Header = {meta: {}, people: [], lineCount: 0, removed: [], news: false}
  const shortLines: Array<{text: string; index: number}> = []
  let dated = false
  let index = 0

  for (; index < lines.length; index++) {
    const text = repairTypography(lines[index].text)
    if (text === '') continue
    const kind = classifyLine(text, header.meta.title === undefined, options)
    if (!kind) {
      // The first line of a page is its title, however long, unless it is a sentence.
      if (header.meta.title === undefined && !matchLabel(text, options) && text.length <= 300 && !/[.!?]$/.test(text)) {
        header.meta.title = text
        continue
      }
      break
    }
    switch (kind.kind) {
      case 'metadata': {
        header.removed.push({reason: 'metadata', value: lines[index].text, position: linesPosition(lines[index])})
        if (identifierKeys.has(kind.key)) header.meta.source = {...header.meta.source, identifier: kind.value}
        header.news = true
        break
      }
      case 'heading': {
        if (header.meta.title === undefined) header.meta.title = kind.text
        header.news = true
        break
      }
      case 'date': {
        if (!dated) {
          dated = true
          header.meta.date = kind.iso
          if (kind.time) header.meta.time = kind.time
          if (kind.places && !/\s-\s/.test(kind.places)) {
            header.meta.place = {...header.meta.place, city: displayCase(kind.places)}
          }
        } else {
          // A second dated line is the page’s own publication stamp; its places
          // (`PARIS - MOSCOW - WASHINGTON DC`) have no field, so the line is kept as set aside.
          header.meta.source = {...header.meta.source, published: kind.iso + (kind.time ? 'T' + kind.time : '')}
          header.removed.push({reason: 'metadata', value: lines[index].text, position: linesPosition(lines[index])})
          header.news = true
        }
        break
      }
      case 'time': {
        header.meta.time ??= kind.time
        break
      }
      case 'event': {
        header.meta.eventType = kind.type
        break
      }
      case 'short': {
        if (header.meta.title === undefined) header.meta.title = kind.text
        else shortLines.push({text: kind.text, index})
        break
      }
    }
  }

  header.lineCount = index
  readShortLines(shortLines.map((line) => line.text), header)
  readTitle(header)
  return header
}

/** What a header line is; undefined when it is not header-like. */
function classifyLine(text: string, first: boolean, options: MatchOptions): LineKind | undefined {
  const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(text)
  if (heading) return {kind: 'heading', text: heading[1]}

  const pair = /^([\p{L}’' .]{1,30}):\s+(.*)$/u.exec(text)
  if (pair && metadataKeys.has(pair[1].toLowerCase())) {
    return {kind: 'metadata', key: pair[1].toLowerCase(), value: pair[2]}
  }
  if (matchLabel(text, options)) return undefined

  const date = findDate(text)
  if (date) {
    const places = text.slice(0, date.index).replace(/[\s,]+$/, '')
    const after = text.slice(date.index + date.length).replace(/^[\s,]+/, '')
    const time = findTime(after)
    const placesOk = places === '' || (places.split(/\s+/).length <= 8 && !/[.!?]$/.test(places))
    const afterOk = after === '' || (time !== undefined && after.split(/\s+/).length <= 4)
    if (placesOk && afterOk) return {kind: 'date', iso: date.iso, places, time}
  }

  // `1:05 P.M. EDT`: the time the event began, on a line of its own.
  const time = /^(\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)(?:\s+[A-Z]{2,5})?$/i.exec(text)
  if (time) return {kind: 'time', time: findTime(time[1])!}

  const words = text.split(/\s+/)
  if (words.length <= 5 && !/[.!?,;:]$/.test(text)) {
    const type = eventTypeOf(text)
    if (type && words.every((word) => /^\p{Lu}/u.test(word) || /^(?:and|of|the|with|&)$/i.test(word))) {
      return {kind: 'event', type}
    }
  }

  // Person, office and place lines: short, capitalised, no sentence.
  const capitalised = words.every((word) => /^[\p{Lu}\d(]/u.test(word) || /^(?:of|the|and|de|for|on|at|in)$/.test(word))
  if (!first && words.length <= 8 && capitalised && !/[.!?;:]$/.test(text)) return {kind: 'short', text}
  return undefined
}

/**
 * Lines under the title in the State Department shape: a name directly
 * followed by an office is the principal speaker; the lines after are places,
 * the last of them the city (`Moscow, Russia`), those before it the venue.
 */
function readShortLines(lines: string[], header: Header): void {
  const places: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const next = lines[i + 1]
    if (next && isOffice(next) && !isOffice(line) && !header.principal) {
      header.principal = {name: displayCase(line), office: next, possessive: false}
      i++
      continue
    }
    places.push(line)
  }
  if (places.length === 0) return
  // The last line that is not a building (`… Press Briefing Room`) is the city,
  // with its country after a comma; the lines before it are the venue.
  const cityIndex = places.findLastIndex((line) => !venueWords.test(line))
  const place = {...header.meta.place}
  const venues = places.filter((_, index) => index !== cityIndex)
  if (venues.length > 0) place.venue = venues.join(', ')
  if (cityIndex >= 0) {
    const [city, ...country] = places[cityIndex].split(/\s*,\s*/)
    place.city = city
    if (country.length > 0) place.country = country.join(', ')
  }
  header.meta.place = place
}

const venueWords = /\b(?:room|hall|house|building|guesthouse|cent(?:er|re)|hotel|palace|office|embassy|ministry|headquarters|residence|auditorium|chancellery|kremlin|airport|base)\b/i

function isOffice(line: string): boolean {
  const words = line.toLowerCase().split(/\s+/)
  return words.some((word) => officeWords.has(word) && !['the', 'of', 'for', 'and'].includes(word))
}

/** People, event type and city the title names. */
function readTitle(header: Header): void {
  const title = header.meta.title
  if (!title) return
  const mentions = findMentions(title)
  header.people = mentions
  if (!header.principal) header.principal = mentions.find((m) => m.possessive)
  else {
    // The header’s principal is the title’s person of the same name, with the title’s detail.
    const same = mentions.find((m) => m.name.toLowerCase() === header.principal!.name.toLowerCase())
    if (same && same.affiliation) header.principal.affiliation = same.affiliation
  }
  if (header.principal && !header.people.some((m) => m.name === header.principal!.name)) {
    header.people.unshift(header.principal)
  }
  if (!header.meta.eventType) {
    const type = eventTypeOf(title)
    if (type) header.meta.eventType = type
  }
  // `…following their talks, Moscow`: a title that ends in a place names the city.
  const tail = /,\s*(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2})$/u.exec(title)
  if (tail && !header.meta.place?.city && !findMentions(tail[1]).length) {
    header.meta.place = {...header.meta.place, city: tail[1]}
  }
}
