/**
 * Resolve speakers: every turn’s label (or, for an unlabelled opening, the
 * principal the header names) becomes a participant with a canonical name,
 * office and every label used for them.
 *
 * `SECRETARY KERRY`, `U.S. SECRETARY OF STATE JOHN KERRY` and `John Kerry`
 * are one person; `QUESTION`, `Q` and `Question (addressed to …)` are the
 * journalists. What the document says (header, title, narrative) and the
 * user’s registry are the sources; no name is written into this code.
 */
import type {VFile} from 'vfile'
import type {Participant, ParticipantKind, Transcript, Turn} from '../model.js'
import {paragraphText, turns} from '../model.js'
import {parseLabel, splitParenthetical, type LabelInfo} from '../parse/label.js'
import {headNouns} from '../people/mentions.js'
import {officeWords} from '../people/vocabulary.js'
import {displayCase, slug, SpellingIndex} from '../people/names.js'
import type {Directory, Person} from '../people/registry.js'
import {compact} from '../util/compact.js'
import {isDiarisedVoice, readVoices} from './voices.js'

export interface SpeakerOptions {
  directory: Directory
  /** The person the header or title names as the principal speaker. */
  principal?: Person
}

const groups: Record<string, Omit<Participant, 'labels'>> = {
  journalist: {id: 'journalists', name: 'Journalists', kind: 'journalist', group: true},
  moderator: {id: 'moderator', name: 'Moderator', kind: 'moderator'},
  interpreter: {id: 'interpreter', name: 'Interpreter', kind: 'unknown'},
  participant: {id: 'participants', name: 'Participants', kind: 'unknown', group: true}
}

/**
 * Whether a participant is one of the generic speakers a label names by role
 * alone (`Journalists`, `Moderator`, `Interpreter`, `Participants`), not a
 * person: no author, keyword or index entry.
 */
export function isGenericSpeaker(participant: Participant): boolean {
  // `Speaker 1`, `Unknown Speaker`: a transcription service's number for a voice it did not identify is no person either.
  return Object.values(groups).some((group) => group.id === participant.id && group.name === participant.name) || isDiarisedVoice(participant.name)
}

/** Introductions of a questioner: `The first question will be from Arshad Mohammed from Reuters.` */
export const introduction = /\bquestions?\b[^.?!]{0,40}?\bfrom\s+(\p{Lu}[\p{L}’'.\-]+(?:\s+\p{Lu}[\p{L}’'.\-]+){0,3})(?:\s*,?\s+(?:from|of|with|at)\s+((?:the\s+)?\p{Lu}[\p{L}&’'.\-]*(?:\s+\p{Lu}[\p{L}&’'.\-]*){0,4}))?/u

export function resolveSpeakers(tree: Transcript, file: VFile, options: SpeakerOptions): void {
  const {directory} = options
  const participants = new Map<string, Participant>()
  /** Who speaks by name, for a label that misspells one of them (`Pablo Molinda`). */
  const spellings = new SpellingIndex<string>()

  const enlist = (base: Omit<Participant, 'labels'>, label?: string): Participant => {
    let participant = participants.get(base.id)
    if (!participant) {
      participant = {...base, labels: []}
      participants.set(base.id, participant)
      if (participant.kind !== 'journalist' && !participant.group) spellings.add(participant.name, participant.id)
    }
    if (label !== undefined && !participant.labels.includes(label)) participant.labels.push(label)
    return participant
  }

  const fromPerson = (person: Person, kind?: ParticipantKind): Omit<Participant, 'labels'> => {
    const base: Omit<Participant, 'labels'> = {id: person.id, name: person.name, kind: person.kind ?? kind ?? (person.role ? 'official' : 'unknown')}
    if (person.role) base.role = person.role
    if (person.affiliation) base.affiliation = person.affiliation
    if (person.identifiers) base.identifiers = person.identifiers
    return base
  }

  /** A person named in a relation (`addressed to John Kerry`): their id if known, else the name as printed. */
  const reference = (name: string): string => {
    const person = directory.find(name)
    if (!person) return name
    return enlist(fromPerson(person)).id
  }

  // `Speaker 2` opening a briefing with Vedant Patel is Vedant Patel; the room’s `Speaker 1`, a journalist.
  const voices = readVoices(tree, {principal: options.principal !== undefined, namesPrincipal: (label) => namesPrincipal(label, directory, options.principal)})

  // Most turns repeat a few labels: each is read once while the directory's names (which only grow) stay as they were.
  const readings = new Map<string, {names: number; info: LabelInfo}>()
  const read = (label: string): LabelInfo => {
    const names = directory.names()
    const known = readings.get(label)
    if (known && known.names === names.size) return known.info
    const info = parseLabel(label, names)
    readings.set(label, {names: names.size, info})
    return info
  }

  let lastOfficial: Omit<Participant, 'labels'> | undefined
  /** The guest an interviewer greets by name, worked out once (`null`: nobody). */
  let greeted: Omit<Participant, 'labels'> | null | undefined
  for (const turn of turns(tree)) {
    if (turn.label === undefined) {
      if (options.principal) {
        turn.speaker = enlist(fromPerson(options.principal, 'official')).id
        file.info(`Unlabelled opening attributed to ${options.principal.name}, whom the header names`, turn.position)
      } else {
        turn.speaker = enlist({id: 'unknown-speaker', name: 'Unknown speaker', kind: 'unknown'}).id
        file.message('Turn with no speaker: no label, and the header names no principal speaker', turn.position).ruleId = 'no-speaker'
      }
      continue
    }

    const voice = voices.readings.get(turn.label)
    if (voice === 'principal' && options.principal) {
      const first = !participants.get(options.principal.id)?.labels.includes(turn.label)
      const participant = enlist(fromPerson(options.principal, 'official'), turn.label)
      turn.speaker = participant.id
      lastOfficial = {...participant}
      if (first) {
        const why = voices.principal?.opens ? 'opens the event and holds most of its words' : 'holds most of the event’s words'
        file.message(
          `“${turn.label}” is a transcription service’s number, not a name: taken for ${options.principal.name}, whom the header names, as the voice that ${why}; check`,
          turn.position
        ).ruleId = 'diarised-voice'
      }
      continue
    }
    if (voice === 'journalist') {
      const first = !participants.has(slug(turn.label))
      turn.speaker = enlist({id: slug(turn.label), name: turn.label, kind: 'journalist'}, turn.label).id
      if (first) file.info(`“${turn.label}” taken for a journalist: a numbered voice at a press event whose principal speaks`, turn.position)
      continue
    }

    const info = read(turn.label)
    if (info.role === 'answer') {
      // `A.`, `R -`, `答`: whoever answers, the principal or the official who spoke last under a name.
      const answerer = options.principal ? fromPerson(options.principal, 'official') : lastOfficial
      const participant = enlist(answerer ?? (greeted ??= greetedGuest(tree) ?? interviewee(tree) ?? null) ?? respondent(tree), turn.label)
      turn.speaker = participant.id
      continue
    }
    // `MC:` after `Mary Sue Coleman:`: capitals that are a speaker’s initials are that speaker, before they are a role.
    const initialled = info.role && info.role !== 'journalist' ? byInitials(turn.label, participants, tree, false) : undefined
    if (initialled) {
      turn.speaker = enlist(fromPerson(initialled), turn.label).id
      continue
    }
    if (info.role) {
      // A moderator or interpreter is named as the label names them, in the document’s language (`Moderador`);
      // journalists (`QUESTION`, `China Daily:`, `NHK, Iwasawa:`) and participants are one group each.
      const group = info.role === 'journalist' || info.role === 'participant' ? groups[info.role] : {...groups[info.role], name: displayCase(splitParenthetical(turn.label).name.replace(/\.$/, ''))}
      enlist(group, turn.label)
      turn.speaker = group.id
      continue
    }

    const known =
      (info.name && directory.find(info.name)) ||
      // `M.M.`, `J.K.`: a speaker already named, by their initials.
      byInitials(turn.label, participants, tree) ||
      (!info.name && info.office ? byOffice(directory, info.office) ?? (options.principal && sharesOffice(options.principal, info.office) ? options.principal : undefined) : undefined)
    // `Pablo Molinda` after `Pablo Molina`: a bare name one keystroke from a speaker's is that speaker, misspelt.
    const slipOf = known || info.office || !info.name ? undefined : spellings.find(info.name)
    const misspelt = slipOf === undefined ? undefined : participants.get(slipOf)
    let base: Omit<Participant, 'labels'>
    if (known) {
      base = fromPerson(known)
    } else if (misspelt) {
      const {labels: _, ...person} = misspelt
      base = person
      file.message(`Speaker “${turn.label}” is not named elsewhere; taken for ${misspelt.name}, one letter apart: check the spelling`, turn.position).ruleId = 'name-variant'
    } else {
      const name = info.name || info.office || displayCase(turn.label)
      const person: Person = {id: slug(name), name, aliases: []}
      if (info.office) person.role = info.office
      if (info.affiliation) person.affiliation = info.affiliation
      directory.add(person)
      base = fromPerson(person)
      const reason = `Speaker “${turn.label}” is not named in the header or registry; named “${name}” from the label`
      // A label with an office says who speaks; a bare name is doubtful enough to warn (add it to a registry).
      if (info.office) file.info(reason, turn.position)
      else file.message(reason, turn.position).ruleId = 'unknown-label'
    }
    const participant = enlist(base, turn.label)
    participant.role ??= info.office
    participant.affiliation ??= info.affiliation
    if (participant.kind === 'unknown' && participant.role) participant.kind = 'official'
    turn.speaker = participant.id
    if (participant.kind !== 'journalist') lastOfficial = {...participant}
  }

  // Relations last, when every speaker is known: a question may be addressed to someone who answers later.
  for (const turn of turns(tree)) {
    if (turn.label !== undefined) applyRelations(turn, read(turn.label), reference)
  }

  // Whoever introduces questioners chairs the event.
  for (const turn of turns(tree)) {
    const participant = participants.get(turn.speaker)
    if (participant && participant.kind !== 'journalist' && introduction.test(turnText(turn))) participant.kind = 'moderator'
  }

  tree.participants = [...participants.values()].map(compact)
}

/** Whether a label other than a numbered voice names the principal: by name, by office, or as the one who answers (`A.`). */
function namesPrincipal(label: string, directory: Directory, principal: Person | undefined): boolean {
  if (!principal) return false
  const info = parseLabel(label, directory.names())
  if (info.role) return info.role === 'answer'
  if (info.name) return directory.find(info.name)?.id === principal.id
  if (!info.office) return false
  return (byOffice(directory, info.office) ?? (sharesOffice(principal, info.office) ? principal : undefined))?.id === principal.id
}

/** Relations a label states: `(addressed to …)`, `(speaking after …)`, `(via interpreter)`. */
export function applyRelations(turn: Turn, info: LabelInfo, reference: (name: string) => string): void {
  if (info.addressee) turn.addressee = reference(info.addressee)
  if (info.after) turn.after = reference(info.after)
  if (info.interpreted) turn.interpreted = true
}

/** The one participant so far whose name has the initials a label prints (`J.K.` for `Jarosław Kaczyński`). */
function byInitials(label: string, participants: Map<string, Participant>, tree: Transcript, fromSpeech = true): Person | undefined {
  const dotted = /^(?:\p{Lu}\.\s?){2,3}$/u.test(label.trim())
  // `CL`, `TAG` before a gap (the WHO): initials without periods, named in the speech (`My name is Christian Lindmeier`).
  if (!dotted && !/^\p{Lu}{2,4}$/u.test(label.trim())) return undefined
  const initials = label.replace(/[^\p{Lu}]/gu, '')
  // All the name’s initials (`TAG`), or the first and the last (`MC`, Mary Sue Coleman).
  const initialsOf = (name: string) => {
    const all = name.split(/[\s-]+/).map((word) => word.charAt(0)).join('').toUpperCase()
    return [all, all.charAt(0) + all.slice(-1)]
  }
  const matches = [...participants.values()].filter((p) => !p.group && p.kind !== 'journalist' && initialsOf(p.name).includes(initials))
  if (matches.length === 1) {
    const [match] = matches
    return {id: match.id, name: match.name, role: match.role, affiliation: match.affiliation, kind: match.kind, aliases: []}
  }
  if (dotted || matches.length > 1 || !fromSpeech) return undefined
  const name = nameWithInitials(initials, tree)
  return name ? {id: slug(name), name, aliases: []} : undefined
}

/** The first run of capitalised words in the transcript’s speech whose initials are `initials`, and no longer. */
function nameWithInitials(initials: string, tree: Transcript): string | undefined {
  const rest = "[\\p{Ll}’'\\-]+"
  // Each initial opens a word, and no capitalised word follows the run (`Dr` may stand before it).
  const run = [...initials].map((letter) => letter + rest).join('\\s')
  const pattern = new RegExp(`(?<![\\p{L}])(${run})(?!\\s\\p{Lu}|[\\p{L}])`, 'u')
  for (const turn of turns(tree)) {
    const match = pattern.exec(turnText(turn))
    if (match && !officeWords.has(match[1].split(/\s/)[0].toLowerCase())) return match[1]
  }
  return undefined
}

/**
 * `Jean-Noël Barrot, bonjour.`, `Minister Lavrov, welcome.`: the guest an
 * interviewer greets by name in the first question answers the `R -` / `A:`
 * that follow, when no principal is named.
 */
function greetedGuest(tree: Transcript): Omit<Participant, 'labels'> | undefined {
  const first = turns(tree).slice(0, 3).map(turnText).join(' ')
  const match = /(\p{Lu}[\p{L}’'\-]+(?:[ -]\p{Lu}[\p{L}’'\-]+){1,3}),\s*(?:bonjour|bonsoir|good (?:morning|afternoon|evening)|welcome|thank you for (?:joining|being)|guten (?:tag|morgen|abend)|buenos días|buenas tardes|buenas noches|bom dia|boa tarde|добрый (?:день|вечер)|здравствуйте)\b/u.exec(first)
  if (!match) return undefined
  const name = match[1].replace(/^(?:Mr|Mrs|Ms|Dr|Minister|Secretary|Ambassador|President|Monsieur|Madame|Herr|Frau)\.?\s+/u, '')
  if (name.split(/[\s]+/).length < 2 && name === match[1]) return undefined
  return {id: slug(name), name, kind: 'official'}
}

/**
 * `Trend News written interview with the newly appointed OSCE
 * chairman-in-office, Greek foreign minister Dora Bakoyyanis.`: the person a
 * title or lead says the interview is with answers the `Answer:` labels.
 */
function interviewee(tree: Transcript): Omit<Participant, 'labels'> | undefined {
  const lead = tree.children.slice(0, 3).filter((block) => block.type === 'narrative').flatMap((block) => block.children.map(paragraphText))
  for (const text of [tree.meta.title ?? '', ...lead]) {
    const phrase = /\b(?:interview|conversation|entretien|entrevista|intervista)\s+(?:with|avec|con|com|mit)\s+([^.;:!?]{3,200})/iu.exec(text)
    if (!phrase) continue
    // The name is the last run of capitalised words that is not an office (`… foreign minister Dora Bakoyyanis`).
    const names = [...phrase[1].matchAll(/\p{Lu}[\p{Ll}’'\-]+(?:\s+\p{Lu}[\p{Ll}’'\-]+){1,3}/gu)].map((match) => match[0]).filter((name) => !name.split(/\s+/).some((word) => officeWords.has(word.toLowerCase())))
    const name = names.at(-1)
    if (name) return {id: slug(name), name, kind: 'official'}
  }
  return undefined
}

/** Who answers when nobody is named: at a briefing, the spokesperson (named in the document’s language). */
function respondent(tree: Transcript): Omit<Participant, 'labels'> {
  if (tree.meta.eventType !== 'briefing') return {id: 'respondent', name: 'Respondent', kind: 'official'}
  const name = spokesperson[tree.meta.language.split('-')[0]] ?? spokesperson.en
  return {id: 'spokesperson', name, role: name, kind: 'official'}
}

const spokesperson: Record<string, string> = {
  en: 'Spokesperson', fr: 'Porte-parole', de: 'Sprecher', es: 'Portavoz', it: 'Portavoce', pt: 'Porta-voz',
  ru: 'Официальный представитель', zh: '发言人', ja: '報道官'
}

/** The one person whose office the label names: `THE PRESIDENT`, `SG`, `Minister`. */
function byOffice(directory: Directory, office: string): Person | undefined {
  const matches = directory.people.filter((person) => sharesOffice(person, office))
  return matches.length === 1 ? matches[0] : undefined
}

/**
 * Whether a person holds the office a label names: its head nouns and
 * their qualifiers (`Minister` in `Minister for Foreign Affairs`,
 * `Department of State spokesperson` in `Principal Deputy Spokesperson`,
 * but `Deputy Spokesperson` not in `Spokesperson`).
 */
function sharesOffice(person: Person, office: string): boolean {
  // A principal whose office the page does not state (`George Bush photo` / `The President.`) holds the office `The …` names.
  if (!person.role) return /^the\s/i.test(office) && officeKey(office).some((word) => headNouns.has(word))
  const role = officeKey(person.role)
  const wanted = officeKey(office).filter((word) => headNouns.has(word) || qualifiers.has(word))
  return wanted.some((word) => headNouns.has(word)) && wanted.every((word) => role.includes(word))
}

const qualifiers = new Set(['deputy', 'vice', 'under', 'assistant', 'foreign', 'prime', 'press', 'special', 'permanent', 'high'])

function officeKey(office: string): string[] {
  return office.toLowerCase().split(/[\s/]+/).flatMap((word) => (word === 'secretary-general' ? [word] : word.split('-'))).filter(Boolean)
}

function turnText(turn: Turn): string {
  return turn.children.map(paragraphText).join(' ')
}
