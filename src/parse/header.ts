/**
 * The header: what a page prints before the transcript’s first label, read
 * into the metadata. Title, principal speaker and office, event type, venue,
 * city and country, date and time, in the shapes pages print them: the State
 * Department’s lines under the title, a Foreign Ministry’s descriptive title
 * and date line, a White House release’s masthead, a news page’s heading,
 * datelines and `Key: value` lines, a blog’s or e-mail’s own title above the
 * reposted one.
 *
 * The header zone runs from the top to the first line that opens with a
 * label (at most `zoneLines` lines). In it, page furniture is set aside
 * wherever it stands (an e-mail’s subscription notice above the header, a
 * topic index between the title and the name); prose is left for the body,
 * and once prose has begun only dates, times and metadata are still read.
 */
import type {Meta, Removed, RemovedReason} from '../model.js'
import {bylineOf, findMentions, type Mention} from '../people/mentions.js'
import {displayCase} from '../people/names.js'
import {eventHints, eventTypeOf, identifierKeys, metadataKeys, officeWords, roleHeadings} from '../people/vocabulary.js'
import {findDate, findTime, findTimeZone, findYearlessDate, zoneOffset, type DateOptions} from './dates.js'
import {readFrontMatter} from './front-matter.js'
import {classifyIncident} from './incidents.js'
import {alphabeticRanges, isAlphabetic} from '../util/alphabetic.js'
import {compact} from '../util/compact.js'
import {furnitureOf, galleryCounter, isContact, isMasthead} from './furniture-rules.js'
import {matchLabel, type MatchOptions} from './label.js'
import {cleanText, linesPosition, type SourceLine} from './lines.js'

export interface Header {
  meta: Omit<Meta, 'language'>
  /** People the header and title name: the principal first where known. */
  people: Mention[]
  /** The person the header names as speaking (State shape), or the title’s possessive. */
  principal?: Mention
  /** Indexes of the lines the header took (metadata, furniture, title, header lines): the body skips them. */
  taken: Set<number>
  /** Header lines set aside: metadata, furniture. */
  removed: Removed[]
  /** The page is a news article (markdown heading, datelines, `Beat:` lines). */
  news: boolean
  /** A language the front matter declares. */
  language?: string
}

export interface HeaderOptions extends MatchOptions, DateOptions {}

/** The most lines the header zone takes when no label closes it sooner. */
const zoneLines = 40

/** Lines of speech or narrative in a row after which no header line is looked for. */
const maxBodyRun = 6

type LineKind =
  | {kind: 'metadata'; key: string; value: string}
  | {kind: 'heading'; text: string}
  | {kind: 'date'; iso: string; places: string; time?: string; title?: string; collapsed?: Collapsed}
  | {kind: 'dateline'; city: string; country?: string; publisher?: string}
  | {kind: 'event'; type: string}
  | {kind: 'time'; time: string}
  | {kind: 'masthead'; text: string}
  | {kind: 'short'; text: string}
  | {kind: 'prose'}

interface Candidate {
  text: string
  index: number
  /** 2: names an event (`Remarks`, `Briefing`); 1: hints at one (`Meeting with`); 0: neither. */
  strength: number
  date?: string
  time?: string
}

/** Read the header from the first lines. */
export function readHeader(lines: SourceLine[], options: HeaderOptions = {}): Header {
  const header: Header = {meta: {}, people: [], taken: new Set(), removed: [], news: false}
  const candidates: Candidate[] = []
  const shortLines: Array<{text: string; index: number}> = []
  let dates = 0
  /** Lines that date the page or the event: the header block’s person and place lines stand around one of them. */
  const dateLines: number[] = []
  let proseLines = 0
  /** Lines in a row left to the body. */
  let bodyRun = 0
  let lastLine = -1
  let lastFurniture: RemovedReason | undefined
  let previousText = ''
  let lastKind: LineKind['kind'] | undefined
  let prose = false
  let seen = 0
  /** Short lines above the first header line, set aside once a header line shows they were above it. */
  const above: number[] = []
  const setAsideAbove = () => {
    for (const index of above.splice(0)) setAside(index, 'page-furniture')
  }

  const setAside = (index: number, reason: RemovedReason) => {
    header.taken.add(index)
    header.removed.push({reason, value: lines[index].text, position: linesPosition(lines[index])})
  }

  const front = readFrontMatter(lines)
  for (let index = 0; index < front.end; index++) header.taken.add(index)
  header.removed.push(...front.removed)

  for (let index = front.end; index < lines.length && seen < zoneLines; index++) {
    const text = cleanText(lines[index])
    if (text === '') continue
    const previousLine = lastLine
    lastLine = index
    if (header.taken.has(previousLine)) bodyRun = 0
    // `[September 28, 1994]`, `[Pages 1642-1649]`, `• 01 Apr. 2014 -`: an editor’s brackets or a bullet around a header line.
    const bare = /^\[([^\]]{2,200})\]$/.exec(text)?.[1] ?? /^[•·]\s*(.+)$/u.exec(text)?.[1]
    if (bare !== undefined && !classifyIncident(bare)) {
      const inner = classifyLine(bare, options)
      if (inner.kind === 'date' && inner.title === undefined && !header.meta.date) header.meta.date = inner.iso
      if (inner.kind === 'date' || text.startsWith('[')) {
        setAside(index, 'metadata')
        continue
      }
    }
    const following = nextText(lines, index)
    // `GUATEMALA` above `1 Secretary Albright's Travel…`: a topic heading of the index.
    const topic = /^[\p{Lu}\d ()/&.,’'-]{2,40}$/u.test(text) && /\p{Lu}{3}/u.test(text) && furnitureOf(following, {outside: true}) === 'contents'
    // `1 Secretary Albright's Travel to Antigua, Guatemala for` / `Central American Summit`: an index line wrapped.
    const continued = lastFurniture === 'contents' && /^\d/.test(previousText) && !/[.?!:]$/.test(previousText) && text.split(/\s+/).length <= 8 && !findDate(text, options)
    // `Preben Aamann` / `Spokesperson` / `+32 476850543`: a press contact’s block.
    const contact = text.length <= 60 && [following, nextText(lines, index, 2)].some(isContact)
    // `With US President Donald Trump.` / `4 of 9` / `With US President Donald Trump.`: a gallery’s caption, above and below its counter.
    const captioned = text.length <= 200 && (galleryCounter.test(following) || galleryCounter.test(previousText))
    // A label wins over furniture (speech is never set aside), but for an index’s heading with nothing after it.
    const labelled = matchLabel(text, options)
    const furniture =
      labelled && labelled.rest !== ''
        ? undefined
        : topic || continued
          ? 'contents'
          : contact
            ? 'boilerplate'
            : captioned
              ? 'caption'
              : furnitureOf(text, {outside: true})
    lastFurniture = furniture
    previousText = text
    // `Blinken and Coons: War in Ukraine` on top of the page: a title with a colon, not a label.
    const label = furniture ? undefined : labelled
    const titleLike = label !== undefined && candidates.length === 0 && isTitleWithColon(label, options)

    if (label && !titleLike) break
    // `- EXPOSICIÓN DEL SEÑOR CANCILLER …` among a committee page’s items: the item that names the event is the title.
    if (furniture === 'contents' && /^[-–•·]\s/u.test(text) && titleStrength(text) >= 2 && candidates.every((c) => c.strength < 2)) {
      header.taken.add(index)
      candidates.push({text: text.replace(/^[-–•·]\s+/u, ''), index, strength: 2})
      continue
    }
    if (furniture) {
      // `For Immediate Release   August 15, 2009`, `Released on …`: a stamp that still dates the page.
      const stamp = findDate(text, options)
      if (stamp && !header.meta.date && furniture === 'boilerplate' && /release|updated|posted|published|modifi/i.test(text)) {
        header.meta.source = {...header.meta.source, published: stamp.iso}
      }
      if (furniture === 'boilerplate' && !header.meta.place?.city) {
        const where = leadPlace(text)
        if (where) header.meta.place = {...header.meta.place, city: where}
      }
      setAside(index, furniture)
      continue
    }

    // Furniture does not count towards the zone’s length: a page may open with dozens of menu lines.
    seen++
    // `July 16,` / `2018`: a date that hard wrapping broke over two lines.
    const next = lines[index + 1] ? cleanText(lines[index + 1]) : ''
    const joined = !findDate(text, options) && next !== '' ? findDate(`${text} ${next}`, options) : undefined
    const wrapped = joined !== undefined && joined.index < text.length && joined.index + joined.length > text.length + 1
    const kind: LineKind = titleLike ? {kind: 'prose'} : wrapped ? classifyLine(`${text} ${next}`, options) : classifyLine(text, options)
    const afterDate = lastKind === 'date' || lastKind === 'time'
    lastKind = kind.kind
    if (wrapped && kind.kind === 'date') {
      header.taken.add(index)
      header.taken.add(++index)
    }
    // A line that runs on into the next (`Vladimir` / `Putin and Donald Trump made…`) is wrapped prose, not a title.
    const runsOn =
      kind.kind !== 'date' && next.length > 40 && !/[.!?:)]$/.test(text) && (/^\p{Ll}/u.test(next) || text.split(/\s+/).length <= 3) && classifyLine(next, options).kind === 'prose'
    // Under a headline, a line that runs on into a lower-case line closing a sentence is the lead, not a second title.
    if (runsOn && (candidates.length === 0 || (/^\p{Ll}/u.test(next) && /[.!?]$/.test(next)))) {
      prose = true
      continue
    }
    if (kind.kind !== 'prose' && candidates.length === 0 && kind.kind !== 'metadata') setAsideAbove()
    // `Speaker`, `Presider` alone on a line: a role heading of the page’s header, not a label.
    if ((metadataKeys.has(text.toLowerCase()) || roleHeadings.has(text.toLowerCase())) && !prose) {
      setAside(index, 'metadata')
      continue
    }
    switch (kind.kind) {
      case 'metadata': {
        // `TRANSCRIPT: ABC News interview with …`: a page that labels its title.
        if (/^(?:transcript|title|headline)$/.test(kind.key) && kind.value.length > 10 && candidates.every((c) => c.strength < 2)) {
          header.taken.add(index)
          candidates.push({text, index, strength: 3})
          continue
        }
        setAside(index, 'metadata')
        if (identifierKeys.has(kind.key)) header.meta.source = {...header.meta.source, identifier: kind.value}
        if (/^(?:briefer|spokesperson|presenter|发布人)$/.test(kind.key) && !header.principal && kind.value.trim() !== '') {
          // `Briefer: James P. Rubin`, `发布人:国防部新闻发言人吴谦大校`: the header names who speaks.
          const [mention] = findMentions(kind.value)
          const [name, office] = kind.value.split(/\s*,\s*/)
          header.principal = mention ?? {name: name.trim(), office: office?.trim() ?? '', possessive: false}
        }
        if (/^(?:date|datum|дата|fecha|时间|日期)$/.test(kind.key)) {
          const date = findDate(kind.value, options)
          if (date && !header.meta.date) header.meta.date = date.iso
        } else if (/^(?:published|posted|发布时间)$/.test(kind.key)) {
          const date = findDate(kind.value, options)
          if (date) header.meta.source = {...header.meta.source, published: date.iso}
        } else if (/^(?:place|location|venue|lieu|ort|место|lugar|地点)$/.test(kind.key) && !header.meta.place) {
          header.meta.place = placeOf(kind.value)
        } else header.news ||= !/^(?:from|to|cc|sent|briefer|briefers|speakers?|presider|participants|moderated by|unique id|last updated|来源|发布人|浏览量)$/.test(kind.key)
        continue
      }
      case 'heading': {
        header.taken.add(index)
        candidates.push({text: kind.text, index, strength: 3})
        header.news = true
        continue
      }
      case 'date': {
        header.taken.add(index)
        if (kind.title !== undefined) {
          const collapsed = kind.collapsed
          if (collapsed) {
            // The whole header on one line: title, name, office, place, date.
            header.principal ??= {name: collapsed.name, office: collapsed.office, possessive: false}
            header.meta.place ??= placeOf(collapsed.place)
          }
          const title = collapsed?.title ?? kind.title
          candidates.push({text: title, index, strength: titleStrength(title), date: kind.iso, time: kind.time})
          continue
        }
        dates++
        dateLines.push(index)
        if (!header.meta.date) {
          header.meta.date = kind.iso
          if (kind.time) setTime(header.meta, kind.time, text)
          if (kind.places && !/\s-\s/.test(kind.places)) {
            header.meta.place = {...header.meta.place, ...placeOf(kind.places)}
          }
        } else {
          // A second dated line is the page’s own publication stamp; its places
          // (`PARIS - MOSCOW - WASHINGTON DC`) have no field, so the line is kept as set aside.
          // The event’s day again with no time (`Friday, July 7, 2017` above, `July 7, 2017` under the title) repeats it: no stamp.
          const repeat = kind.iso === header.meta.date && !kind.time
          if (!repeat) header.meta.source = {...header.meta.source, published: kind.iso + (kind.time ? 'T' + kind.time + (zoneOffset(findTimeZone(text)) ?? '') : '')}
          header.removed.push({reason: 'metadata', value: lines[index].text, position: linesPosition(lines[index])})
          // Two stamps make a news page, unless the header names who speaks (a briefing page dated twice).
          if (dates > 1 && !prose && !header.principal) header.news = true
        }
        continue
      }
      case 'dateline': {
        if (header.meta.place?.city) break
        header.meta.place = compact({city: kind.city, country: kind.country})
        if (kind.publisher) header.meta.source = {...header.meta.source, publisher: header.meta.source?.publisher ?? kind.publisher}
        header.news = true
        // The dateline opens the story’s first paragraph: the line stays in the body.
        break
      }
      case 'time': {
        header.taken.add(index)
        if (header.meta.time === undefined) setTime(header.meta, kind.time, text)
        continue
      }
      case 'event': {
        if (prose) break
        header.taken.add(index)
        header.meta.eventType ??= kind.type
        // `Victoria Nuland` / `Daily Press Briefing`: the name above the event’s name is who gives it.
        const name = shortLines.at(-1)
        if (name && name.index === previousLine && !header.principal && isPersonName(name.text)) {
          header.principal = {name: displayCase(name.text), office: '', possessive: false}
          shortLines.pop()
        }
        if (candidates.length === 0 || titleStrength(kind.type) > Math.max(...candidates.map((c) => c.strength))) {
          candidates.push({text: lines[index].text.trim(), index, strength: 1})
        }
        continue
      }
      case 'masthead': {
        if (prose) break
        setAside(index, 'metadata')
        header.meta.source = {...header.meta.source, publisher: header.meta.source?.publisher ?? displayCase(kind.text)}
        continue
      }
      case 'short': {
        const previous = candidates.at(-1)
        if (previous && endsWithConnector(previous.text) && previousLine === previous.index) {
          header.taken.add(index)
          previous.text = `${previous.text} ${text}`
          continue
        }
        // `18:35` / `Helsinki`: a place on its own line under the date, even below a lead.
        if (prose && (afterDate || header.taken.has(previousLine)) && !header.meta.place && text.split(/\s+/).length <= 4 && !/,$/.test(text)) {
          header.taken.add(index)
          const person = /^([^,]+),\s*(.+)$/.exec(text)
          // `Ned Price, Department Spokesperson` under the e-mail’s stamp is who speaks; the line after, where.
          if (person && isOffice(person[2])) header.principal ??= {name: displayCase(person[1]), office: person[2], possessive: false}
          else if (!isOffice(text)) header.meta.place = placeOf(text)
          continue
        }
        if (prose) break
        header.taken.add(index)
        // `Ned Price, Department Spokesperson`, `Washington, D.C.`: a person or a place, never the title.
        const strength = titleStrength(kind.text)
        if (candidates.length === 0 && (strength > 0 || !kind.text.includes(','))) candidates.push({text: kind.text, index, strength})
        else shortLines.push({text: kind.text, index})
        continue
      }
      case 'prose': {
        // `Spokesperson and Deputy Minister for Public Relations Noh Kyu-duk` under the title: who gives the briefing.
        const byline = candidates.length > 0 && !header.principal && !prose ? bylineOf(text) : undefined
        if (byline) {
          header.taken.add(index)
          header.principal = byline
          continue
        }
        // The first line of a page is its title, however long, unless it is a sentence; a blog’s
        // `Clinton to be on Jim Lehrer’s NewsHour tonight!` alone above a blank line is one too.
        const exclaimed = index === front.end && /[!?]$/.test(text) && text.length <= 100 && text.split(/\s+/).length >= 3 && isBlankAt(lines, index + 1)
        if (!prose && candidates.length === 0 && text.length <= 300 && (!/[.!?]$/.test(text) || exclaimed)) {
          header.taken.add(index)
          candidates.push({text, index, strength: titleStrength(text)})
          continue
        }
        // `Jedynka` / `migrator migrator 04.07.2008` / `Wzmocnienie pozycji albo rosyjska sfera wpływów`: a heading
        // between blank lines, under a site’s one-word name, is the title.
        if (!prose && candidates.length > 0 && candidates.every((c) => isOneWord(c.text)) && text.length <= 150 && !/[.!?:;,]$/.test(text) && isBlankAt(lines, index - 1) && isBlankAt(lines, index + 1)) {
          header.taken.add(index)
          candidates.push({text, index, strength: titleStrength(text)})
          continue
        }
        // A short line above everything else (`… - Buy it Here!`): the page’s, if a header follows it.
        if (!prose && candidates.length === 0 && text.length <= 120) {
          above.push(index)
          continue
        }
        // `Doorstep statement by …` / `at the start of the …`: a title that runs on to a line of its own.
        const last = candidates.at(-1)
        if (last && (/^\p{Ll}/u.test(text) || endsWithConnector(last.text)) && text.length <= 150 && !/[.!?]$/.test(text) && previousLine === last.index) {
          header.taken.add(index)
          last.text = `${last.text} ${text}`
          continue
        }
        // A title of strength later in the zone (`Press Gaggle By …` under `The White House`), even under a blog’s
        // one-line introduction when header lines follow it.
        const headerFollows = () => candidates.every((c) => c.strength < 2) && classifyLine(following, options).kind === 'short'
        if (text.length <= 300 && !/[.!?]$/.test(text) && titleStrength(text) >= 2 && (!prose || headerFollows())) {
          header.taken.add(index)
          candidates.push({text, index, strength: titleStrength(text)})
          prose = false
          continue
        }
        // `… press conference in Beijing on Wednesday`, `…, in New York today:`: a lead that says where it happened.
        if (!header.meta.place?.city && proseLines++ < 3) {
          const where = leadPlace(text)
          if (where) header.meta.place = {...header.meta.place, city: where}
        }
        prose = true
        break
      }
    }
    // Lines that fell through belong to the body; after a run of them the header is over.
    if (kind.kind !== 'prose' && kind.kind !== 'dateline') prose = true
    if (++bodyRun >= maxBodyRun) break
  }

  const leads = chooseTitle(candidates, shortLines, header, lines)
  // What the front matter states is what the page’s author declared: it wins over what the header suggests.
  const {language: declared, ...declaredMeta} = front.meta
  if (front.end > 0) {
    header.meta = {...header.meta, ...declaredMeta}
    if (declaredMeta.source) header.meta.source = {...header.meta.source, ...declaredMeta.source}
  }
  if (declared) header.language = declared
  if (!header.principal) header.principal = briefer(header.removed.map((entry) => entry.value)) ?? portrayed(header.removed)
  readShortLines(nearTheDate(shortLines, dateLines).map((line) => line.text), header)
  readTitle(header)
  readLeads(leads, header)
  return header
}

/**
 * The title is the strongest candidate, the first of equals: a line that
 * names an event beats the site’s name above it. A later line that repeats
 * the end of the chosen one (`Remarks With …` under `[list] Press Releases:
 * Remarks With …`) is the title without its container’s prefix. Candidates
 * not chosen are the page’s masthead or a repeat, set aside; those the title
 * repeats (`PRESS GAGGLE BY` / `PRESS SECRETARY ROBERT GIBBS`) likewise.
 */
function chooseTitle(candidates: Candidate[], shortLines: Array<{text: string; index: number}>, header: Header, lines: SourceLine[]): string[] {
  if (candidates.length === 0) return []
  let best = candidates[0]
  for (const candidate of candidates) if (candidate.strength > best.strength) best = candidate
  // `Jedynka` (a station’s name) above `Wzmocnienie pozycji albo rosyjska sfera wpływów`: among equals, one word is a site’s name, not a title.
  if (isOneWord(best.text)) best = candidates.find((c) => c.strength === best.strength && !isOneWord(c.text)) ?? best
  // `PRESSEKONFERENZ/2003: Regierungspressekonferenz vom 28. Februar 2020 (BPA)` above `Regierungspressekonferenz vom 28. Februar 2020`: the later line is the title without its container’s prefix or suffix.
  const repeat = candidates.find((c) => c.index > best.index && c.text.length < best.text.length && fold(best.text).includes(fold(c.text)) && c.text.split(/\s+/).length >= 3)
  if (repeat) best = repeat
  // `(原标题:…)`, `(Original title: …)`: a repost names the original title.
  const original = /^[(（](?:原标题|original title|оригинальный заголовок)\s?[:：]\s*(.+?)[)）]$/iu.exec(best.text)
  if (original) {
    header.removed.push({reason: 'metadata', value: lines[best.index].text, position: linesPosition(lines[best.index])})
    best.text = original[1]
  }
  best.date ??= findDate(best.text)?.iso
  // `Media Briefing|`: a separator a page's trail left on the title.
  best.text = best.text.replace(/\s*[|>»›/\\]+$/u, '').replace(/^[-–—•]\s+/u, '')
  header.meta = {title: best.text, ...header.meta}
  // `Intervista … (Roma, 7 ottobre)` above a stamp of `09/10/2015`: the title’s day, in the stamp’s year.
  best.date ??= header.meta.date && /\d/.test(best.text) ? findYearlessDate(best.text, header.meta.date)?.iso : undefined
  if (best.date) {
    // The date a title states is the event’s; a date line beside it is then the page’s stamp.
    if (header.meta.date && header.meta.date !== best.date) header.meta.source = {...header.meta.source, published: header.meta.date}
    header.meta.date = best.date
    if (best.time) setTime(header.meta, best.time, lines[best.index].text)
  }
  const title = fold(best.text)
  const leads: string[] = []
  for (const candidate of candidates) {
    if (candidate === best) continue
    // A lead line not taken for the title still names people (`… with Principal Deputy Spokesperson Vedant Patel`).
    header.people.push(...findMentions(candidate.text))
    leads.push(candidate.text)
    header.removed.push({reason: fold(candidate.text) === title || title.includes(fold(candidate.text)) ? 'duplicate' : 'metadata', value: lines[candidate.index].text, position: linesPosition(lines[candidate.index])})
    if (candidate.index < best.index && candidate.strength < 2 && !header.meta.source?.publisher && candidate.text.split(/\s+/).length <= 6) {
      header.meta.source = {...header.meta.source, publisher: candidate.text}
    }
  }
  // Short lines above the title are the page’s (`USIS Washington` / `File`), not the event’s place or speaker.
  for (let i = shortLines.length - 1; i >= 0; i--) {
    if (shortLines[i].index < best.index) {
      header.removed.push({reason: 'page-furniture', value: lines[shortLines[i].index].text, position: linesPosition(lines[shortLines[i].index])})
      shortLines.splice(i, 1)
    }
  }
  // Header lines that repeat part of the title, in capitals or not, are its repeat.
  for (let i = shortLines.length - 1; i >= 0; i--) {
    const line = fold(shortLines[i].text)
    if (line.length >= 6 && title.includes(line)) {
      header.removed.push({reason: 'duplicate', value: lines[shortLines[i].index].text, position: linesPosition(lines[shortLines[i].index])})
      shortLines.splice(i, 1)
    }
  }
  return leads
}

/** The time of the event, and the zone `line` prints after it (`2:09 p.m. EDT`), or none. */
function setTime(meta: Pick<Meta, 'time' | 'timeZone'>, time: string, line: string): void {
  meta.time = time
  const zone = findTimeZone(line)
  if (zone) meta.timeZone = zone
  else delete meta.timeZone
}

/** One word of a script that spaces its words (`Jedynka`): a site’s name, never a title. A Chinese title has no spaces at all. */
function isOneWord(text: string): boolean {
  return !/\s/.test(text) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)
}

/** Whether the line at `index` is blank (or there is none). */
function isBlankAt(lines: SourceLine[], index: number): boolean {
  return index < 0 || index >= lines.length || cleanText(lines[index]) === ''
}

function fold(text: string): string {
  const lower = text.toLowerCase()
  return lower.replace(isAlphabetic(lower) ? alphabeticNonWord : /[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** Runs of characters neither letters nor digits (`[^\p{L}\p{N}]+`) in text of the alphabetic blocks. */
const alphabeticNonWord = new RegExp(`[^${alphabeticRanges(/[\p{L}\p{N}]/u)}]+`, 'g')

/** How strongly a line reads as a transcript’s title. */
function titleStrength(text: string): number {
  if (eventTypeOf(text)) return 2
  if (eventHints.test(text.toLowerCase())) return 1
  return 0
}

/** What a header line is. */
function classifyLine(text: string, options: HeaderOptions): LineKind {
  const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(text)
  if (heading) return {kind: 'heading', text: heading[1]}

  const pair = /^([\p{L}’' .]{1,30}?)\s?[:：]\s*(.*)$/u.exec(text)
  if (pair && metadataKeys.has(pair[1].toLowerCase())) {
    return {kind: 'metadata', key: pair[1].toLowerCase(), value: pair[2]}
  }
  if (isMasthead(text)) return {kind: 'masthead', text}

  const date = findDate(text, options)
  if (date) {
    const before = text.slice(0, date.index).replace(/[\s,(–—-]+$/, '')
    // `2125-28-10-2013`: digits glued before a date are a time, not a place.
    const places = /\p{L}/u.test(before) ? before : ''
    const after = text.slice(date.index + date.length).replace(/^[\s,.)–—-]+/, '')
    const time = findTime(after)
    const afterWords = after.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length
    const afterOk = after === '' || /^(?:года?|г\.|року|р\.|roku|r\.|yılı|年)?$/u.test(after) || (time !== undefined && afterWords <= 6) || /^[\d:\s]+$/.test(after)
    // `Department Press Briefing – March 12, 2024`, `Press Gaggle …, 8/15/09`: a title that carries the date.
    if (places !== '' && (titleStrength(places) >= 2 || places.split(/\s+/).length > 6) && !/[.!?]$/.test(places) && (afterOk || after.length < 80)) {
      return {kind: 'date', iso: date.iso, places: '', time, title: text, collapsed: collapsedHeader(places)}
    }
    const placesOk = places === '' || (places.split(/\s+/).length <= 8 && !/[.!?]$/.test(places))
    if (placesOk && afterOk) return {kind: 'date', iso: date.iso, places: isStamp(places) ? '' : places, time}
    // `2 September, 2002, Geneva`: the place after the date.
    if (places === '' && /^,\s/.test(text.slice(date.index + date.length)) && /^\p{Lu}[\p{L} .’'\-]{1,40}$/u.test(after) && after.split(/\s+/).length <= 3) {
      return {kind: 'date', iso: date.iso, places: after, time}
    }
    // `Brussels, 11/11/2019 - 10:04, UNIQUE ID: 191111_3`: a place and date line with an identifier after.
    if (placesOk && /^[\d:\s-]*,?\s*[\p{L} ]{2,20}\s?[:：]/u.test(after)) return {kind: 'date', iso: date.iso, places, time}
  }

  // `BONN, Germany (AP) — …`, `MOSCOW, July 15 (Reuters) -`: a news dateline.
  // `MOSCOW, April 13. /TASS/.`: a date and the agency between slashes.
  const dateline =
    /^(\p{Lu}[\p{Lu} .’'-]{2,30})(?:,\s*(\p{Lu}[\p{L} .]{1,30}?))?\s*(?:\(([^()]{1,30})\))?\s*[—–-]{1,2}\s/u.exec(text) ??
    /^(\p{Lu}[\p{Lu} .’'-]{2,30}),\s*\p{Lu}\p{Ll}+\.? \d{1,2}\.?\s*()\/([^/]{2,20})\/\.?\s/u.exec(text)
  if (dateline && /\p{Lu}{3}/u.test(dateline[1])) {
    return {kind: 'dateline', city: displayCase(dateline[1].trim()), country: dateline[2]?.trim(), publisher: dateline[3]}
  }
  // `Moscow -- The proposed US missile defense system…`: a wire service's dateline in mixed case, with a double dash.
  const wire = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) -- \p{Lu}/u.exec(text)
  if (wire) return {kind: 'dateline', city: wire[1]}

  // `1:05 P.M. EDT`, `(2:50 p.m. EST)`, `18:35`: the time the event began, on a line of its own.
  const time = /^\(?(\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)(?:\s+\(?[A-Z]{2,5}\)?|\s+\((?:local|local time|heure locale|ortszeit)\))?\)?$/i.exec(text)
  if (time) return {kind: 'time', time: findTime(time[1])!}

  const words = text.split(/\s+/)
  if (words.length <= 5 && !/[.!?,;:]$/.test(text)) {
    const type = eventTypeOf(text)
    // `The Briefing Room` names a venue, not the event.
    if (type && !venueWords.test(text) && words.every((word) => /^\p{Lu}/u.test(word) || /^(?:and|of|the|with|&|de|du|der)$/i.test(word))) {
      return {kind: 'event', type}
    }
  }

  // Person, office and place lines: short, capitalised, no sentence.
  const capitalised = words.every((word) => /^[\p{Lu}\d(]/u.test(word) || /^(?:of|the|and|de|for|on|at|in|en|du|des|la|le|von|der|y|del)$/.test(word))
  if (words.length <= 8 && capitalised && !/[!?;:]$/.test(text) && (!/\.$/.test(text) || abbreviationEnd.test(text))) return {kind: 'short', text}
  return {kind: 'prose'}
}

interface Collapsed {
  title: string
  name: string
  office: string
  place: string
}

/**
 * `Remarks With Russian Foreign Minister Sergey Lavrov Hillary Rodham Clinton
 * Secretary of State Geneva, Switzerland`: a header block a copy collapsed
 * onto one line. The last office in it is the principal’s, the name before
 * it theirs, the place after it; the rest is the title.
 */
function collapsedHeader(text: string): Collapsed | undefined {
  const words = text.split(/\s+/)
  if (words.length < 10) return undefined
  let end = words.length
  while (end > 0 && !officeWords.has(words[end - 1].toLowerCase().replace(/,$/, ''))) end--
  let start = end
  while (start > 0 && (officeWords.has(words[start - 1].toLowerCase()) || /^(?:of|for)$/i.test(words[start - 1]))) start--
  const place = words.slice(end).join(' ')
  if (start === end || !/,/.test(place) || words.length - end > 5 || !/^\p{Lu}/u.test(place)) return undefined
  let nameStart = start
  while (nameStart > start - 3 && nameStart > 1 && /^\p{Lu}[\p{L}.’'\-]+$/u.test(words[nameStart - 1]) && !officeWords.has(words[nameStart - 1].toLowerCase())) nameStart--
  if (start - nameStart < 2) return undefined
  return {title: words.slice(0, nameStart).join(' '), name: words.slice(nameStart, start).join(' '), office: words.slice(start, end).join(' '), place}
}

/** `in Beijing on Wednesday`, `in New York today`: where a lead says its event happened. */
function leadPlace(text: string): string | undefined {
  const match = /\b(?:in|from)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?:,)?\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|this (?:morning|afternoon|evening))\b/iu.exec(text)
  if (!match || !/^\p{Lu}/u.test(match[1])) return undefined
  return /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(match[1]) ? undefined : match[1]
}

/** `Victoria Nuland`: two to four capitalised words, none an office’s, a place’s or a building’s. */
function isPersonName(text: string): boolean {
  const words = text.split(/\s+/)
  return words.length >= 2 && words.length <= 4 && words.every((word) => /^\p{Lu}[\p{Ll}’'\-]+$|^\p{Lu}\.$/u.test(word)) && !isOffice(text) && !venueWords.test(text)
}

/** `PRESS BRIEFING BY` / `MIKE MCCURRY`: a title line that stops on a word wanting more. */
function endsWithConnector(text: string): boolean {
  return /\b(?:by|with|of|and|for|on|to|at|from|de|du|des|von|mit|и|с)$/iu.test(text)
}

/** The `nth` non-blank line after `index` (within a few lines), repaired. */
function nextText(lines: SourceLine[], index: number, nth = 1): string {
  let found = 0
  for (let next = index + 1; next < lines.length && next <= index + 2 + nth; next++) {
    const text = cleanText(lines[next])
    if (text !== '' && ++found === nth) return text
  }
  return ''
}

/** A one-off mixed-case label whose rest is a short phrase, not speech: a title such as `Blinken and Coons: War in Ukraine`. */
function isTitleWithColon(label: {label: string; rest: string}, options: HeaderOptions): boolean {
  if (options.labels?.has(label.label.toLowerCase()) || label.label === label.label.toUpperCase()) return false
  return label.rest !== '' && label.rest.length < 80 && !/[.!?…(]/.test(label.rest) && !/[()]/.test(label.label) && label.label.split(/\s+/).length >= 2
}

/** `Washington, D.C.`, `… Jr.`: a final period that belongs to an abbreviation, not a sentence. */
const abbreviationEnd = /(?:\b\p{Lu}\.){2,}$|\b(?:Jr|Sr|St|Inc|Ltd|Co)\.$/u

/** Text before a date that stamps the page rather than placing the event: `For Immediate Release`, `Posted`. */
function isStamp(text: string): boolean {
  return /(?<![\p{L}])(?:release|released|posted|published|updated|modified|by|stand|date|aired|broadcast|divulgación|inmediata|publicación|publicado|publicada|pubblicato|publié|mis à jour|réunion|reunión|sesión|séance|sitzung|seduta|riunione|заседание|veröffentlicht|datum|fecha|дата|опубликовано|опубліковано|yayınlanma)(?![\p{L}])/iu.test(text) || /^(?:date|datum|fecha|дата)$/i.test(text)
}

/** `Rome, Italy` → city and country; `Winfield House, London, United Kingdom` → venue too. */
function placeOf(text: string): Meta['place'] {
  const parts = text.split(/\s*,\s*/).filter(Boolean).map(displayCase)
  if (parts.length >= 3) return compact({venue: parts.slice(0, -2).join(', '), city: parts.at(-2), country: parts.at(-1)})
  return compact({city: parts[0], country: parts[1]})
}

/**
 * The short lines that belong to the header block: those a few lines above or
 * below a date line (`John Kerry` / `Secretary of State` /
 * `Rome, Italy` / date). Without a date, only lines that look like a place or
 * a person with an office: a page’s other short lines (`Today Show`,
 * `Overview, 00:00:00`) are not a place.
 */
function nearTheDate(lines: Array<{text: string; index: number}>, dateLines: number[]): Array<{text: string; index: number}> {
  if (dateLines.length > 0) return lines.filter((line) => dateLines.some((date) => line.index >= date - 8 && line.index <= date + 8))
  return lines.filter((line) => venueWords.test(line.text) || isOffice(line.text) || /^\p{Lu}[\p{L} .’'\-]+,\s*\p{Lu}[\p{L} .’'\-]+$/u.test(line.text))
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
    // `Michael R. Pompeo, Secretary of State`: name and office on one line.
    const joined = /^([^,]+),\s*(.+)$/.exec(line)
    if (joined && isOffice(joined[2]) && !isOffice(joined[1])) {
      // A name and office line is a person, whether or not the principal is known already: never a place.
      header.principal ??= {name: displayCase(joined[1]), office: joined[2], possessive: false}
      continue
    }
    if (next && isOffice(next) && !isOffice(line) && !header.principal) {
      header.principal = {name: displayCase(line.replace(/^(?:secretary|minister|ambassador|president)\s+/i, '')), office: next, possessive: false}
      i++
      continue
    }
    // `Secretary Condoleezza Rice`: an office word and a name on one line.
    const titled = /^(Secretary|Minister|Ambassador|Spokesperson|Under Secretary|Assistant Secretary|President)\s+(\p{Lu}[\p{L}.’'\-]+(?:\s+\p{Lu}[\p{L}.’'\-]+){1,3})$/u.exec(line)
    if (titled && !header.principal) {
      header.principal = {name: titled[2], office: titled[1], possessive: false}
      continue
    }
    if (isOffice(line) && header.principal && !header.principal.office) continue
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

const venueWords = /\b(?:room|hall|house|building|guesthouse|cent(?:er|re)|hotel|palace|office|embassy|ministry|headquarters|residence|auditorium|chancellery|kremlin|airport|base|aboard|air force one|council|chamber)\b/i

function isOffice(line: string): boolean {
  const words = line.toLowerCase().split(/\s+/)
  return words.some((word) => officeWords.has(word) && !['the', 'of', 'for', 'and'].includes(word))
}

/** People, event type and city the title names. */
function readTitle(header: Header): void {
  const title = header.meta.title
  if (!title) return
  const mentions = findMentions(title.replace(/\//g, ' / '))
  header.people = [...mentions, ...header.people]
  if (!header.principal) header.principal = mentions.find((m) => m.possessive) ?? soleSpeakerOf(title, mentions) ?? hostOf(title, mentions) ?? heldWith(title)
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
  // `… at the UN Security Council`, `… at United Nations Headquarters`: a title that names the venue.
  const venue = /\b(?:at|in)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.’'\-]*\s+){0,4}(?:Council|Headquarters|Room|Hall|House|Office|Palace|Centre|Center|Kremlin|Embassy|Ministry|Residence|Chamber|Building))\b/u.exec(title)
  // `… ao Hotel Le Méridien após …`, `… at the Hotel Adlon`: a venue named by its kind first.
  const named = venue ? null : /(?<![\p{L}])(?:at|in|ao|no|na|au|à|im|en|al|nel|nella)\s+(?:the\s+)?((?:Hotel|Hôtel|Palácio|Palazzo|Palais|Palacio|Palast|Casa|Villa)(?:\s+\p{Lu}[\p{L}’'\-]*){1,3})/u.exec(title)
  const place = venue?.[1] ?? named?.[1] ?? venueBeforeDate(title)
  if (place && !header.meta.place?.venue) header.meta.place = {...header.meta.place, venue: place}
  // `… (Roma, 7 ottobre)`, `… - Hamburgo/ Alemanha`: a title that closes on where it happened.
  const closing = /\((\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}),\s*[^()]*\d[^()]*\)$/u.exec(title) ?? /\s[-–—]\s*(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2})(?:\s*[/,]\s*(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}))?$/u.exec(title)
  if (closing && !header.meta.place?.city && !findMentions(closing[1]).length && !eventTypeOf(closing[0])) {
    header.meta.place = compact({...header.meta.place, city: closing[1], country: closing[2] ?? header.meta.place?.country})
  }
  // `…following their talks, Moscow`, `…, Sochi, May 15, 2019`: a title that ends in a place names the city.
  // Only a title that ends in a year can end in a date (the pattern is costly to try on every title).
  const withoutDate = !/\d{4}\s*$/.test(title) ? title : withoutClosingDate(title)
  // Where a date was stripped, the word before it may be the city without a comma (`… in 2019 Moscow, January 17, 2020`).
  const tail = /,\s*(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2})$/u.exec(withoutDate) ?? (withoutDate !== title ? /(?<=\d\s)(\p{Lu}\p{Ll}+)$/u.exec(withoutDate) : null)
  if (tail && !header.meta.place?.city && !findMentions(tail[1]).length && !eventTypeOf(tail[1])) {
    header.meta.place = {...header.meta.place, city: tail[1]}
  }
}

/** A date that closes a title (`…, Sochi, May 15, 2019`), and a comma before it. */
const closingDate = /,?\s*(?:\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,12}\s+\d{4})\s*$/u

/**
 * A title without the date that closes it. The pattern is tried at every
 * position, and is slow on a long title; with no run of white space in the
 * title a match is at most 37 characters long (twelve letters outside the
 * BMP take two each), so only the title's end need be searched: a match
 * depends on nothing before its start, and no match starts further back.
 */
function withoutClosingDate(title: string): string {
  const searched = 64
  if (title.length <= searched || /\s\s/.test(title)) return title.replace(closingDate, '')
  const start = title.length - searched
  return title.slice(0, start) + title.slice(start).replace(closingDate, '')
}

/**
 * Header lines under the title that name the event again, as a summary
 * (`Department Press Briefing with Principal Deputy Spokesperson Vedant
 * Patel, at the Department of State, on July 25, 2023.`): who gives it and
 * where, when the header and title do not say.
 */
function readLeads(leads: string[], header: Header): void {
  for (const lead of leads) {
    if (!header.principal) {
      const held = heldWith(lead)
      if (held) {
        header.principal = held
        if (!header.people.some((m) => m.name === held.name)) header.people.unshift(held)
      }
    }
    const venue = header.meta.place?.venue ? undefined : venueBeforeDate(lead)
    if (venue) header.meta.place = {...header.meta.place, venue}
  }
}

/**
 * `Department Press Briefing with Principal Deputy Spokesperson Vedant
 * Patel`, `Media Availability with Secretary Gates`: a press event held
 * “with” one official is theirs to give. Not `Remarks With Russian Foreign
 * Minister Sergey Lavrov` nor `Joint Press Availability With …` (they name
 * the other party so), nor an interview (`Interview with Karl Stefanovic`:
 * the interviewer), nor an event with two people or more.
 */
function heldWith(text: string): Mention | undefined {
  const held = /(?<!\bjoint\s+(?:press\s+|news\s+|media\s+)?)\b(?:briefing|press conference|news conference|media availability|gaggle)\s+with\s+([^.;:!?]+)/iu.exec(text)
  if (!held) return undefined
  const mentions = findMentions(held[1])
  if (mentions.length !== 1) return undefined
  // The official opens the phrase (`with White House Press Secretary Jen Psaki`), not a group they belong to.
  const at = held[1].indexOf(mentions[0].office || mentions[0].name)
  return at >= 0 && held[1].slice(0, at).split(/\s+/).filter(Boolean).length <= 2 ? mentions[0] : undefined
}

/**
 * `…, at the Department of State, on July 25, 2023`: a place set off by
 * commas before the event’s date is where it was held.
 */
function venueBeforeDate(text: string): string | undefined {
  const at = /(?:^|,\s*)at\s+(?:the\s+)?(\p{Lu}[\p{L}.’'\-]*(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}.’'\-]*)){0,6}),\s*(?:on\s+)?(.+)$/u.exec(text)
  return at && findDate(at[2])?.index === 0 ? at[1] : undefined
}

/**
 * `George Bush photo` on top of the page (the American Presidency Project): a
 * page’s portrait of the person whose words it records.
 */
function portrayed(removed: Removed[]): Mention | undefined {
  for (const entry of removed) {
    if (entry.reason !== 'caption') continue
    const portrait = /^(\p{Lu}[\p{L}.’'\-]+(?:\s+\p{Lu}[\p{L}.’'\-]+){1,3}) (?:photo|portrait)$/u.exec(entry.value.trim())
    if (portrait) return {name: portrait[1], office: '', possessive: false}
  }
  return undefined
}

/**
 * `Following is a near-verbatim transcript of today’s noon briefing by
 * Stéphane Dujarric, Associate Spokesman`: a page’s note on its transcript
 * names who briefs.
 */
function briefer(texts: string[]): Mention | undefined {
  for (const text of texts) {
    const by = /\b(?:briefing|remarks|statement|transcript|press conference)\b[^.]{0,60}?\bby\s+(\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){1,2})(?:,\s*([^,.]{3,60}))?/u.exec(text)
    if (by && !/^(?:the|office)\b/i.test(by[1])) return {name: by[1], office: by[2]?.trim() ?? '', possessive: false}
  }
  return undefined
}

/**
 * `外交部发言人华春莹主持例行记者会`, `Secretary Blinken at a Press
 * Availability`: the one person a briefing’s title names, not as the other
 * party (`with`, `and`, `meets`), holds it.
 */
function hostOf(title: string, mentions: Mention[]): Mention | undefined {
  if (mentions.length !== 1) return undefined
  // The words just before the office say whether the person is the other party: `Remarks With …`.
  const at = title.indexOf(mentions[0].office)
  const before = title.slice(0, Math.max(0, at)).split(/\s+/).filter(Boolean).slice(-2).join(' ')
  if (/\b(?:with|and|meets?|meeting|to|avec|mit|con)\b|(?:^|\s)[си](?:\s|$)|与|同|会见|会谈/iu.test(before)) return undefined
  const type = eventTypeOf(title)
  return type && ['briefing', 'press conference', 'press encounter', 'statement', 'speech', 'interview'].includes(type) ? mentions[0] : undefined
}

/**
 * `Remarks by High Representative/Vice-President Federica Mogherini upon
 * arrival`, `Doorstep statement by NATO Secretary General …`: a title that
 * says who gives the remarks names their speaker.
 */
function soleSpeakerOf(title: string, mentions: Mention[]): Mention | undefined {
  if (!/(?<![\p{L}])(?:remarks|statement|speech|address|doorstep|press conference|briefing|interview|declaración|déclaration|intervention|intervención|intervenção|intervento|exposición|discours|discurso|rede|entretien|entrevista)\s+(?:by|of|de|del|d[’']|von|der|di|da|do)(?![\p{L}])/iu.test(title)) return undefined
  const by = /(?<![\p{L}])(?:by|of|de|del|d[’']|von|der|di|da|do)\s*(\p{Lu}.+)$/u.exec(title)
  if (!by) return undefined
  const named = mentions.find((mention) => by[1].includes(mention.name))
  if (named) return named
  // `Intervention de Jean-Yves le Drian`: a name alone, with no office, is the speaker too.
  const name = /^(\p{Lu}[\p{Ll}’'\-]+(?:\s+(?:\p{Lu}[\p{Ll}’'\-]+|le|la|de|da|van|von|del|di))*\s+\p{Lu}[\p{Ll}’'\-]+)(?=$|[\s,:(])/u.exec(by[1])
  return name && !findMentions(name[1]).length && !eventTypeOf(name[1]) ? {name: name[1], office: '', possessive: false} : undefined
}
