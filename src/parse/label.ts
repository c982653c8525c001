/**
 * Speaker labels: finding one at the start of a paragraph, and reading it.
 *
 * Labels come in many shapes: `SECRETARY KERRY:`, `U.S. SECRETARY OF STATE
 * JOHN KERRY:`, `MS. PSAKI:`, `QUESTION:`, `Q`, `Q.:`, `A.:`, `SG:`,
 * `Question (addressed to John Kerry):`, `Sergey Lavrov (speaking after John
 * Kerry):`, `President of Russia Vladimir Putin:`. What looks like a label but
 * is page metadata (`PRN: 2013/T05-02`, `Beat: News`, `Note: …`) is not one.
 */
import {headNouns} from '../people/mentions.js'
import {displayCase, nameWords} from '../people/names.js'
import type {Role} from '../people/vocabulary.js'
import {
  honorifics,
  isOfficeWord,
  metadataKeys,
  officeLinks,
  nationalities,
  officeWords,
  roleLabels
} from '../people/vocabulary.js'

export interface LabelMatch {
  /** The label as printed, without its colon or timestamp. */
  label: string
  /** The text after the label. */
  rest: string
  /** Characters the label and its colon take at the start of the paragraph. */
  length: number
  /** A timestamp printed with the label (`Name (00:12):`, `[00:01:02] Name:`), as printed. */
  time?: string
}

export interface MatchOptions {
  /** Lower-case surnames and names the document or registry already knows. */
  knownNames?: ReadonlySet<string>
  /**
   * Label forms (lower-case, without colon) that the whole document shows to
   * be labels because they recur at the start of lines: `wagner (aa)`,
   * `汪文斌`, `the president` with a period. See `findLabelForms`.
   */
  labels?: ReadonlySet<string>
}

/** Words that may stand lower-case inside a title-case label: `President of Russia`. */
const connectors = new Set(['of', 'the', 'de', 'da', 'del', 'der', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'and', 'for', 'des', 'und', 'y', 'et'])

/** The longest a label may be; anything longer is a sentence with a colon. */
const maxLabelLength = 90

/** `00:12`, `1:02:03`: a timestamp as transcription services print it. */
const clock = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`
/** `[00:01:02] ` or `(00:01:02) ` before a label. */
const leadingTime = new RegExp(String.raw`^(?:[\[(](${clock})[\])]\s*|(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)\s+(?=\p{Lu}))`, 'u')
/** ` (00:12)` or ` [00:12]` ending a label. */
const trailingTime = new RegExp(String.raw`\s*[\[(](${clock})[\])]$`)
/** `: (00:12)` right after a label’s colon. */
const timeAfterColon = new RegExp(String.raw`^\s*[\[(](${clock})[\])]`)
/** `0 minutes 12 seconds`, `1 hour 2 minutes 3 seconds`: a time spelt out, as Microsoft Teams prints it. */
const speltTime = String.raw`(?:\d{1,2} hours? )?\d{1,3} minutes? \d{1,2} seconds?`
/** A name, then a time, and nothing else: `Speaker 1 0:05`, `Jane Doe 0 minutes 12 seconds`, `Doe, Jane 1:02:03`. */
const nameThenTime = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{M}\d .’'\-]{0,50}?(?:, \p{Lu}[\p{L}\p{M} .’'\-]{0,30})?) (${clock}|${speltTime})$`, 'u')

/**
 * A line that is a name and the time it starts speaking, the speech on the
 * lines below: a transcription service’s heading of a turn (`Ned Price  1:12`
 * from Otter, `Jane Doe   0:12` and `Jane Doe  0 minutes 12 seconds` from
 * Teams). `spelt` when the time is spelt out, which no sentence is.
 */
export function timedName(text: string): {label: string; time: string; spelt: boolean} | undefined {
  // Such a line ends with the time: most lines end otherwise, and this test is far cheaper than the pattern.
  if (!/(?:\d|seconds?)$/.test(text)) return undefined
  const match = nameThenTime.exec(text)
  if (!match) return undefined
  const label = match[1].trim()
  if (label.split(/\s+/).length > 6 || !label.split(/\s*,\s*/).every((part) => isLabelShape(part)) || metadataKeys.has(labelKey(label))) return undefined
  return {label, time: match[2], spelt: /[a-z]/.test(match[2])}
}

/**
 * `Q Mr. President, …`, `Q. …`, `Q: …`, `Q.: …`, `A.: …`, `Q -`, `R -` (French
 * réponse), `P -` (Spanish pregunta), `Q :`, `问：`, `答：`, `В:` / `О:`. The other
 * letters are also words: they are labels only with a colon (`R`, `P` with a dash too).
 */
const shortLabel = /^(Q|A|R|P|В|О|问|答)(\.:|\s?[:：]|\.?\s?[-–—](?=\s)|\.(?= )|(?= \p{Lu}))\s*/u

/**
 * The label at the start of `text`, if there is one.
 * Linear: one bounded scan for the colon, then word checks.
 */
export function matchLabel(text: string, options: MatchOptions = {}): LabelMatch | undefined {
  let offset = 0
  let time: string | undefined
  const lead = leadingTime.exec(text)
  if (lead) {
    time = lead[1] ?? lead[2]
    offset = lead[0].length
  }
  const body = offset ? text.slice(offset) : text

  const short = shortLabel.exec(body)
  if (short && isShortLabel(short[1], short[2])) {
    const label = short[1] + (short[2].startsWith('.') ? '.' : '')
    return withTime({label, rest: body.slice(short[0].length), length: offset + short[0].length}, time)
  }

  const colon = findColon(body.slice(0, maxLabelLength + 1))
  if (colon > 0) {
    let label = body.slice(0, colon).trim()
    let after = body.slice(colon + 1)
    const trailing = trailingTime.exec(label)
    if (trailing) {
      time ??= trailing[1]
      label = label.slice(0, trailing.index).trim()
    }
    const stamp = timeAfterColon.exec(after)
    if (stamp) {
      time ??= stamp[1]
      after = after.slice(stamp[0].length)
    }
    // `10:30`, `http://`: a colon inside a token is not a label’s; a letter
    // straight after the colon is, when the label is unmistakable (`NHK, Iwasawa:I have`).
    const glued = after !== '' && !/^\s/.test(after)
    if (!(glued && (stamp || !/^\p{L}/u.test(after) || !isStrongLabel(label, options)))) {
      const rest = after.trim()
      // `Matt (00:06):`: a transcription service’s timestamp makes any short capitalised name a label.
      const timed = (trailing || stamp) && /^\p{Lu}[\p{L}\p{M}\d .’'\-]{0,50}$/u.test(label) && label.split(/\s+/).length <= 6
      if (timed || isLabel(label, rest, options)) {
        return withTime({label, rest, length: offset + body.length - after.trimStart().length}, time)
      }
    }
  }

  // `Ned Price 1:12` alone on its line (Otter, Teams), a shape the document repeats, or `0 minutes 12 seconds` spelt out.
  const timedLine = timedName(body)
  if (timedLine && (timedLine.spelt || options.labels?.has(labelKey(timedLine.label)))) {
    return withTime({label: timedLine.label, rest: '', length: text.length}, time ?? timedLine.time)
  }

  // `Wagner (AA)` alone on its line, a form the document repeats: the speech follows on the next line.
  if (body.length <= 60 && options.labels?.has(labelKey(body)) && isLabelShape(body.replace(/\s*\([^()]*\)$/, '') || body)) {
    return withTime({label: body.trim(), rest: '', length: text.length}, time)
  }

  // `SRA. PRESIDENTA SCHMIDT LIERMANN Buenas tardes…`: a stenographic record’s label, an honorific and capitals with no colon.
  const steno = stenographic.exec(body)
  if (steno) return withTime({label: steno[1], rest: body.slice(steno[0].length), length: offset + steno[0].length}, time)

  // Both shapes below close the label with the text’s first stop, a period: most paragraphs are ruled out at once.
  const stop = firstStop.exec(body.slice(0, maxPeriodLabel))
  if (!stop || stop[0] !== '.') return undefined

  // `Carina Soto (Moderadora).- Buenos días.`: a label closed by a period and a dash.
  const dashed = /^([^.:!?]{2,60}?)\.[-–—]\s*(?=\S)/u.exec(body)
  if (dashed && isLabelShape(dashed[1]) && !/\d/.test(dashed[1]) && !metadataKeys.has(labelKey(dashed[1]))) {
    return withTime({label: dashed[1], rest: body.slice(dashed[0].length), length: offset + dashed[0].length}, time)
  }

  // `The President. Thank you.`, `Mr. Yakovlev. …`, `President Clinton. …`: a label closed by a period, where
  // the document shows the form recurs, or it is an office or honorific with a surname.
  const period = /^((?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s)?[^.!?:]{1,60}?)\.\s+(?=\S)/u.exec(body)
  if (period && isLabelShape(period[1].replace(/\.\s/, ' '))) {
    const recurs = options.labels?.has(labelKey(period[1]))
    if (recurs || (isTitledName(period[1]) && /^\p{Lu}/u.test(body.slice(period[0].length)))) {
      return withTime({label: period[1], rest: body.slice(period[0].length), length: offset + period[0].length}, time)
    }
  }
  return undefined
}

/** `and` in the languages of offices: `Minister of Foreign Affairs and Trade`, `Relaciones Exteriores y Culto`. */
const officeAnd = new Set(['and', 'y', 'e', 'et', 'und'])

/** An abbreviated honorific in capitals, then up to six words in capitals, then speech that opens in mixed case. */
const stenographic = /^((?:SR|SRA|SRTA|SRES|DR|DRA|MR|MRS|MS|DIP|SEN|LIC|ING)\.(?:\s+[\p{Lu}’'\-]+\.?){1,6})\s+(?=\p{Lu}\p{Ll})/u

/** The first period, colon, question or exclamation mark. */
const firstStop = /[.:!?]/

/** Characters a period-closed label may take before its period (`Mrs. ` and 60). */
const maxPeriodLabel = 67

/** `President Clinton`, `Mr. Yakovlev`, `Prime Minister Major`: an office or honorific, then a capitalised surname. */
function isTitledName(text: string): boolean {
  const words = text.replace(/\.\s/, ' ').split(/\s+/)
  if (words.length < 2 || words.length > 4) return false
  const first = words[0].toLowerCase()
  const last = words[words.length - 1]
  return (honorifics.has(first) || (officeWords.has(first) && !['the', 'of', 'for', 'and', 'state', 'press', 'national', 'security', 'affairs', 'foreign', 'special', 'high', 'general', 'department', 'ministry'].includes(first))) && /^\p{Lu}\p{Ll}/u.test(last) && !officeWords.has(last.toLowerCase())
}

function withTime(match: LabelMatch, time: string | undefined): LabelMatch {
  if (time) match.time = time
  return match
}

function isShortLabel(letter: string, mark: string): boolean {
  if (letter === 'Q') return true
  // `A.`, `R`, `В`, `О` followed by a space are words; they are labels only with a colon, and
  // the French `R -` (réponse) and Spanish `P -` (pregunta) with a dash.
  return /[:：]/.test(mark) || (/[-–—]/.test(mark) && (letter === 'R' || letter === 'P'))
}

/** Index of the first label colon (`:`, full-width `：`), or -1. `Question :` keeps its space. */
function findColon(text: string): number {
  // By character codes: this runs on the start of every paragraph.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // `(00:12)`: a timestamp’s colon, between digits, is not the label’s.
    if ((code === colonCode || code === fullWidthColonCode) && !(isDigit(text.charCodeAt(index - 1)) && isDigit(text.charCodeAt(index + 1)))) return index
    if (code === newlineCode) return -1
  }
  return -1
}

const colonCode = 0x3a
const fullWidthColonCode = 0xff1a
const newlineCode = 0x0a

/** Whether a character code is an ASCII digit (`\d`); NaN, off either end of a string, is not. */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** The key a label form is counted and looked up by. */
export function labelKey(label: string): string {
  const key = label.trim().toLowerCase()
  // Most labels are spaced with single spaces already.
  return /\s\s|[^\S ]/.test(key) ? key.replace(/\s+/g, ' ') : key
}

/** A label no sentence starts with: capitals (`MR. GIBBS`), a role, initials and a surname. */
function isStrongLabel(label: string, options: MatchOptions): boolean {
  const {name: core} = splitParenthetical(label)
  const letters = core.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return true
  return Boolean(options.labels?.has(labelKey(label))) || Object.hasOwn(roleLabels, core.toLowerCase().replace(/\.$/, '')) || initialsName.test(core) || /,/.test(core)
}

/** `С.В.Лавров`, `M.V. Zakharova`, `S. Lavrov`: initials then a surname. */
const initialsName = /^(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}’'\-]+$/u

/** Whether `label` (the text before a colon) names a speaker. */
export function isLabel(label: string, rest: string, options: MatchOptions = {}): boolean {
  const {name: core, parenthetical} = splitParenthetical(label)
  if (core === '') return false
  const key = core.toLowerCase()
  if (metadataKeys.has(key) || metadataKeys.has(labelKey(label))) return false
  // `XYZ: 2013/T05-02`: a short code with an identifier is metadata.
  if (core.length <= 5 && /^[\w/.\-]+$/.test(rest) && /\d/.test(rest)) return false
  if (Object.hasOwn(roleLabels, key.replace(/\.$/, ''))) return true
  // `Of. Administrativa: Piso P04 Oficina 407`: a mixed-case key with an address or a number is a page’s contact line.
  if (!isUpper(core) && isValue(rest)) return false
  if (options.labels?.has(labelKey(label)) || (parenthetical !== undefined && options.labels?.has(key))) return true

  // `NHK, Iwasawa`, `KARINE JEAN-PIERRE, WHITE HOUSE PRESS SECRETARY`: two parts, each a label’s shape.
  const parts = core.split(/\s*,\s*/)
  if (parts.length === 2 && parts.every((part) => part !== '' && isLabelShape(part))) {
    return (
      parts.every((part) => isUpper(part)) ||
      (isUpper(parts[0]) && parts[1].split(/\s+/).length <= 3) ||
      Boolean(parenthetical) ||
      // `Shri Arindam Bagchi, Official Spokesperson`: a name, then the office.
      (hasOfficeWord(parts[1]) && !hasOfficeWord(parts[0]) && parts[0].split(/\s+/).length >= 2)
    )
  }
  // `Jean-Yves le Drian, ministre de l'Europe et des affaires étrangères`: a name, then an office in lower case, as French and Spanish print it.
  if (parts.length === 2 && isLabelShape(parts[0]) && parts[0].split(/\s+/).length >= 2 && !hasOfficeWord(parts[0])) {
    const office = parts[1].split(/\s+/)
    if (office.length <= 10 && officeWords.has(office[0].toLowerCase()) && !/[.!?;]/.test(parts[1])) return true
  }
  if (parts.length > 1) return false
  if (!isLabelShape(core)) return false
  if (isUpper(core)) return true
  if (initialsName.test(core)) return true

  const words = core.split(/\s+/)
  if (words.length > 1) return true
  // One capitalised word is a label only when it names a role, an office or a known person:
  // `Question:`, `Minister:`, `Director-General:` yes, `Finally:` no.
  const word = key.replace(/\.$/, '')
  return honorifics.has(word) || headNouns.has(word) || (word.includes('-') && isOfficeWord(word)) || Boolean(options.knownNames?.has(word))
}

/**
 * Whether the text after a colon is a value, not speech: short, with digits,
 * no sentence in it (`Piso P04 Oficina 407`, `(054-11) 6075-2409`).
 */
export function isValue(rest: string): boolean {
  return rest.length <= 60 && /\d/.test(rest) && !/[.?!…](?:\s|$)|\)$/.test(rest) && rest.split(/\s+/).length <= 6 && !/\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(rest)
}

/** Whether text has cased letters, all capitals (other characters have no case and do not count). */
function isUpper(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase()
}

/**
 * Whether text has the shape of a label: at most ten words of letters (and
 * `.’'-`), in capitals or title case, or a short name in a script without
 * case (`汪文斌`).
 */
export function isLabelShape(text: string): boolean {
  const {name: core} = splitParenthetical(text)
  if (core === '') return false
  const words = core.split(/\s+/)
  if (words.length > 10) return false
  // `Speaker 1`, `Speaker 12`: a transcription service’s numbered voices.
  if (words.length === 2 && /^\d{1,2}$/.test(words[1]) && /^\p{Lu}\p{Ll}+$/u.test(words[0])) return true
  if (!words.every((word) => /^[\p{L}\p{M}.’'\-]+$/u.test(word))) return false
  if (!/\p{L}/u.test(core)) return false
  // A script without case (`汪文斌`): a short name of one word.
  if (core.toUpperCase() === core.toLowerCase()) return core.replace(/[^\p{L}]/gu, '').length <= 6 && words.length === 1
  if (isUpper(core)) return true
  return words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && connectors.has(word.toLowerCase())))
}

/** `Question (addressed to John Kerry)` → name part and parenthetical. */
export function splitParenthetical(label: string): {name: string; parenthetical?: string} {
  const match = /^([^()]*?)\s*\(([^()]*)\)$/.exec(label)
  if (!match) return {name: label.trim()}
  return {name: match[1].trim(), parenthetical: match[2].trim()}
}

/** What a label says about who speaks. */
export interface LabelInfo {
  /** The person’s name in display case (`John Kerry`, `Psaki`), or '' for a bare office or role. */
  name: string
  /** Office in display case (`Secretary of State`). */
  office?: string
  /** Country the nationality word names (`U.S.` → `United States`). */
  affiliation?: string
  honorific?: string
  /** A role label (`QUESTION`, `MODERATOR`, `A.`) rather than a person. */
  role?: Role
  /** Name as printed in `(addressed to …)`. */
  addressee?: string
  /** Name as printed in `(speaking after …)`. */
  after?: string
  interpreted?: boolean
  /** Outlet of a questioner: `QUESTION (Reuters)`. */
  outlet?: string
}

/** Two to four capitalised words: a person’s name as a parenthetical prints it. */
const personName = /^\p{Lu}[\p{Ll}’'\-]+(?:\s+(?:\p{Lu}[\p{Ll}’'\-]+|de|da|van|von|le|la|al|bin)){1,3}$/u

/** Two-word names of countries and offices that an `of` takes whole. */
const ofPhrases = new Set([
  'united states', 'united kingdom', 'united nations', 'russian federation', 'european union',
  'foreign affairs', 'home affairs', 'saudi arabia', 'new zealand', 'south africa', 'north korea',
  'south korea'
])

/**
 * Read a label: who, in which office, and any relation its parenthetical
 * states. Beside `OFFICE NAME`, labels print `Name, Office` (`Shri Arindam
 * Bagchi, Official Spokesperson`), `Outlet, Name` (`NHK, Iwasawa`), `Office
 * (Name)` (`Official Spokesperson (Shri Syed Akbaruddin)`), `NAME (Office)`
 * and `Name (AA)`, an abbreviation of the speaker’s ministry.
 */
export function parseLabel(label: string, knownNames: ReadonlySet<string> = new Set()): LabelInfo {
  const split = splitParenthetical(label)
  let core = split.name
  const parenthetical = split.parenthetical
  const info: LabelInfo = {name: ''}
  if (parenthetical) readParenthetical(parenthetical, info)

  const roleKey = core.toLowerCase().replace(/\.$/, '')
  const role = Object.hasOwn(roleLabels, roleKey) ? roleLabels[roleKey] : undefined
  // `Presenter (Diana Ser)`, `Moderator (Jane Doe)`: a chair named in the parenthetical is that person, in that role.
  if ((role === 'moderator' || role === 'interpreter') && parenthetical && personName.test(parenthetical)) {
    return {name: displayCase(parenthetical), office: displayCase(core)}
  }
  if (role) {
    info.role = role
    if (role === 'journalist' && parenthetical && !info.addressee && !info.after && !info.interpreted) {
      info.outlet = parenthetical.replace(/^(?:from|of)\s+/i, '')
    }
    return info
  }

  const parts = core.split(/\s*,\s*/)
  if (parts.length === 2) {
    const [first, second] = parts
    if (hasOfficeWord(second) && !hasOfficeWord(first)) {
      const person = parseLabel(first, knownNames)
      return {...info, ...person, office: displayCase(second)}
    }
    if (!hasOfficeWord(first) && (outletWords.test(first) || (isUpper(first) && !isUpper(second) && second.split(/\s+/).length <= 2))) {
      // `NHK, Iwasawa`, `China Daily, Wang`: a questioner and their outlet.
      return {...info, ...parseLabel(second, knownNames), outlet: first, role: 'journalist'}
    }
    // `RICARDO SHEFFIELD PADILLA, PROCURADOR FEDERAL DEL CONSUMIDOR`: a name, then an office the vocabulary does not know.
    return {...info, ...parseLabel(first, knownNames), office: displayCase(second)}
  }
  // `China Daily:`, `Reuters:`: a questioner named by their outlet.
  if (outletWords.test(core) && !hasOfficeWord(core)) return {...info, role: 'journalist', outlet: core}

  if (parenthetical && !info.addressee && !info.after && !info.interpreted && !languageNote.test(parenthetical)) {
    if (hasOfficeWord(parenthetical) && !hasOfficeWord(core)) {
      // `ANDERS FOGH RASMUSSEN (NATO Secretary General)`
      info.office = displayCase(parenthetical)
    } else if (/^\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){1,4}$/u.test(parenthetical) && hasOfficeWord(core) && !/^\p{Lu}{2,6}$/u.test(parenthetical)) {
      // `Official Spokesperson (Shri Syed Akbaruddin)`: the office, then who holds it.
      const person = parseLabel(parenthetical, knownNames)
      return {...info, ...person, office: displayCase(core)}
    } else if (/^[\p{Lu}][\p{L}.\-]{0,7}$/u.test(parenthetical)) {
      // `Wagner (AA)`, `Hoffmann (BReg)`: the speaker’s ministry, abbreviated.
      info.affiliation = parenthetical
    }
  }

  // `Speaker 1`: a numbered voice is named as printed.
  if (/^\p{Lu}\p{Ll}+ \d{1,2}$/u.test(core)) return {...info, name: core}

  const words = nameWords(core)
  let index = 0
  const lower = (i: number) => (words[i] ?? '').toLowerCase().replace(/\.$/, '')

  if (honorifics.has(lower(0)) && words.length > 1 && !officeWords.has(lower(0))) {
    info.honorific = words[0]
    index = 1
  }
  if (nationalities[lower(index)] !== undefined || nationalities[(words[index] ?? '').toLowerCase()]) {
    info.affiliation = nationalities[lower(index)] ?? nationalities[(words[index] ?? '').toLowerCase()]
    index++
  }

  // The name is the known name the label ends with, else the words after the office.
  const tail = knownTail(words, index, knownNames)
  let officeEnd = tail ?? index
  if (tail === undefined) {
    while (officeEnd < words.length) {
      const word = lower(officeEnd)
      if (officeLinks.has(word) && officeEnd > index) {
        // `of State`, `of Russia`, `of the United States`, `della Repubblica`: the office takes its complement.
        officeEnd++
        if (lower(officeEnd) === 'the') officeEnd++
        officeEnd += ofPhrases.has(`${lower(officeEnd)} ${lower(officeEnd + 1)}`) ? 2 : 1
        continue
      }
      if (!isOfficeWord(word)) break
      officeEnd++
    }
    // `MINISTRO DE RELACIONES EXTERIORES Y CULTO`: what an `and` joins to an office is more of the office.
    while (officeEnd > index && officeEnd + 1 < words.length && officeAnd.has(lower(officeEnd)) && words.slice(index, officeEnd).some((word) => officeLinks.has(word.toLowerCase()))) {
      officeEnd += 2
    }
  }

  // A label that is all office (`SECRETARY-GENERAL`, `THE PRESIDENT`) names the office’s holder.
  const officeText = words.slice(index, officeEnd).map((word) => officeAbbreviations[word.toLowerCase()] ?? word).join(' ')
  const nameText = words.slice(officeEnd).join(' ')
  if (officeText) info.office = displayCase(officeText)
  info.name = displayCase(nameText)
  if (!info.name && info.honorific) info.name = displayCase(words.slice(1).join(' '))
  return info
}

/** Whether a phrase holds a word of an office (`Spokesperson`, `Secretary General`). */
function hasOfficeWord(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[\s/]+/)
    .some((word) => officeWords.has(word.replace(/[.,]$/, '')) && !['the', 'of', 'for', 'and', 'state', 'affairs', 'national', 'security', 'press'].includes(word))
}

/** Offices that labels abbreviate. */
const officeAbbreviations: Record<string, string> = {
  sg: 'Secretary-General', dsg: 'Deputy Secretary-General', pm: 'Prime Minister', fm: 'Foreign Minister',
  hr: 'High Representative', 'hr/vp': 'High Representative/Vice-President', srsg: 'Special Representative of the Secretary-General'
}

/** Words of a news outlet’s name: `China Daily`, `Times Now`, `NHK`, `Reuters`. */
const outletWords = /\b(?:daily|news|times|post|tv|television|radio|agency|journal|herald|tribune|telegraph|gazette|reuters|afp|bloomberg|cnn|bbc|nhk|kyodo|jiji|xinhua|tass|ria|cctv|cgtn|phoenix|efe|dpa|ansa|yonhap|asahi|yomiuri|nikkei|mainichi|sputnik|interfax|al jazeera|al arabiya|press trust|wion|ndtv|dawn|izvestia|kommersant|rossiya|channel|network|broadcasting|media|newspaper)\b/i

/** `(UKRAINIAN)`, `(in English)`: the language a turn was spoken in, not who speaks. */
const languageNote = /^(?:in\s+)?(?:english|russian|french|german|spanish|chinese|arabic|ukrainian|japanese|italian|portuguese|hebrew|persian|turkish|korean)$/i

/** Index where a known name (`john kerry`, `kerry`) ends the label, if it does. */
function knownTail(words: string[], from: number, knownNames: ReadonlySet<string>): number | undefined {
  for (let start = from; start < words.length; start++) {
    const candidate = words.slice(start).join(' ').toLowerCase()
    if (knownNames.has(candidate)) return start
  }
  return undefined
}

function readParenthetical(text: string, info: LabelInfo): void {
  const addressed = /\baddressed to\s+(.+)$/i.exec(text)
  if (addressed) info.addressee = addressed[1].trim()
  const after = /\b(?:speaking|answering|responding|replying)?\s*after\s+(.+)$/i.exec(text)
  if (after) info.after = after[1].trim()
  if (/\binterpret(?:er|ation|ed)|\btranslat(?:ion|ed|or)/i.test(text)) info.interpreted = true
}
