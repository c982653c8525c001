/**
 * Speaker labels: finding one at the start of a paragraph, and reading it.
 *
 * Labels come in many shapes: `SECRETARY KERRY:`, `U.S. SECRETARY OF STATE
 * JOHN KERRY:`, `MS. PSAKI:`, `QUESTION:`, `Q`, `Q.:`, `A.:`, `SG:`,
 * `Question (addressed to John Kerry):`, `Sergey Lavrov (speaking after John
 * Kerry):`, `President of Russia Vladimir Putin:`. What looks like a label but
 * is page metadata (`PRN: 2013/T05-02`, `Beat: News`, `Note: …`) is not one.
 */
import {displayCase, nameWords} from '../people/names.js'
import {
  honorifics,
  metadataKeys,
  nationalities,
  officeWords,
  roleLabels
} from '../people/vocabulary.js'

export interface LabelMatch {
  /** The label as printed, without its colon. */
  label: string
  /** The text after the label. */
  rest: string
  /** Characters the label and its colon take at the start of the paragraph. */
  length: number
}

export interface MatchOptions {
  /** Lower-case surnames and names the document or registry already knows. */
  knownNames?: ReadonlySet<string>
}

/** Words that may stand lower-case inside a title-case label: `President of Russia`. */
const connectors = new Set(['of', 'the', 'de', 'da', 'del', 'der', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'and', 'for'])

/** The longest a label may be; anything longer is a sentence with a colon. */
const maxLabelLength = 90

/**
 * The label at the start of `text`, if there is one.
 * Linear: one bounded scan for the colon, then word checks.
 */
export function matchLabel(text: string, options: MatchOptions = {}): LabelMatch | undefined {
  // White House style: `Q Mr. President, …` / `Q. …` / `Q: …`, and `A.: …`.
  const short = /^(Q|A)(\.:|:|\.(?= )|(?= \p{Lu}))\s*/u.exec(text)
  if (short && (short[1] === 'Q' || short[2] !== '.')) {
    return {label: short[1] + (short[2].startsWith('.') ? '.' : ''), rest: text.slice(short[0].length), length: short[0].length}
  }

  const colon = text.slice(0, maxLabelLength + 1).indexOf(':')
  if (colon <= 0) return undefined
  const label = text.slice(0, colon).trim()
  const after = text.slice(colon + 1)
  // `10:30`, `http://`: a colon inside a token is not a label’s.
  if (after !== '' && !/^\s/.test(after)) return undefined
  const rest = after.trim()
  if (!isLabel(label, rest, options)) return undefined
  const length = colon + 1 + (after.length - after.trimStart().length)
  return {label, rest, length}
}

/** Whether `label` (the text before a colon) names a speaker. */
export function isLabel(label: string, rest: string, options: MatchOptions = {}): boolean {
  const {name: core} = splitParenthetical(label)
  if (core === '') return false
  const key = core.toLowerCase()
  if (metadataKeys.has(key)) return false
  // `XYZ: 2013/T05-02`: a short code with an identifier is metadata.
  if (core.length <= 5 && /^[\w/.\-]+$/.test(rest) && /\d/.test(rest)) return false

  const words = core.split(/\s+/)
  if (words.length > 10) return false
  if (!words.every((word) => /^[\p{L}\p{M}.’'\-]+$/u.test(word))) return false

  const letters = core.replace(/[^\p{L}]/gu, '')
  if (letters === '') return false
  const upper = letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  if (upper) return true

  // Title case: every word capitalised but for connectors.
  const titleCase = words.every(
    (word, index) => /^\p{Lu}/u.test(word) || (index > 0 && connectors.has(word.toLowerCase()))
  )
  if (!titleCase) return false
  if (words.length > 1) return true
  // One capitalised word is a label only when it names a role or a known person:
  // `Question:` yes, `Finally:` no.
  const word = key.replace(/\.$/, '')
  return word in roleLabels || honorifics.has(word) || Boolean(options.knownNames?.has(word))
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
  /** A role label (`QUESTION`, `MODERATOR`) rather than a person. */
  role?: 'journalist' | 'moderator' | 'interpreter' | 'participant'
  /** Name as printed in `(addressed to …)`. */
  addressee?: string
  /** Name as printed in `(speaking after …)`. */
  after?: string
  interpreted?: boolean
  /** Outlet of a questioner: `QUESTION (Reuters)`. */
  outlet?: string
}

/** Two-word names of countries and offices that an `of` takes whole. */
const ofPhrases = new Set([
  'united states', 'united kingdom', 'united nations', 'russian federation', 'european union',
  'foreign affairs', 'home affairs', 'saudi arabia', 'new zealand', 'south africa', 'north korea',
  'south korea'
])

/** Read a label: who, in which office, and any relation its parenthetical states. */
export function parseLabel(label: string, knownNames: ReadonlySet<string> = new Set()): LabelInfo {
  const {name: core, parenthetical} = splitParenthetical(label)
  const info: LabelInfo = {name: ''}
  if (parenthetical) readParenthetical(parenthetical, info)

  const role = roleLabels[core.toLowerCase().replace(/\.$/, '')]
  if (role) {
    info.role = role
    if (role === 'journalist' && parenthetical && !info.addressee && !info.after && !info.interpreted) {
      info.outlet = parenthetical.replace(/^(?:from|of)\s+/i, '')
    }
    return info
  }

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
      if (word === 'of' || word === 'for') {
        // `of State`, `of Russia`, `of the United States`: the office takes its complement.
        officeEnd++
        if (lower(officeEnd) === 'the') officeEnd++
        officeEnd += ofPhrases.has(`${lower(officeEnd)} ${lower(officeEnd + 1)}`) ? 2 : 1
        continue
      }
      if (!officeWords.has(word)) break
      officeEnd++
    }
  }

  // A label that is all office (`SECRETARY-GENERAL`, `THE PRESIDENT`) names the office’s holder.
  const officeText = words.slice(index, officeEnd).join(' ')
  const nameText = words.slice(officeEnd).join(' ')
  if (officeText) info.office = displayCase(officeText)
  info.name = displayCase(nameText)
  if (!info.name && info.honorific) info.name = displayCase(words.slice(1).join(' '))
  return info
}

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
