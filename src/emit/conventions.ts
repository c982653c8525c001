/**
 * Conventions every emitter shares, so that a reader of the Markdown, DOCX,
 * PDF and TEI of one transcript sees one document: the same title, ids,
 * labels, dates, metadata lines and speaker names. The readers of Verbatim's
 * own formats undo these here too (`readDisplayLabel`), so a convention and
 * its inverse sit side by side. This is the one home of each: an emitter that
 * prints a title, a label or a metadata line takes it from here.
 */
import {isGenericSpeaker} from '../transform/speakers.js'
import {participantOf, type Meta, type Paragraph, type Participant, type Questioner, type Transcript, type Turn} from '../model.js'

/** The title a transcript whose source gave none is shown with, in every format. */
export const fallbackTitle = 'Untitled transcript'

/** The title shown for a transcript. */
export function titleOf(meta: Meta): string {
  return meta.title ?? fallbackTitle
}

/** `u3`: the id of a turn in every format (TEI `xml:id`, DOCX bookmark, PDF destination). */
export function turnId(turn: Turn): string {
  return `u${turn.n}`
}

/** `p7`: the id of a paragraph in every format. */
export function paragraphId(paragraph: Paragraph): string {
  return `p${paragraph.n}`
}

/** `¶7`: the paragraph number as shown to readers. */
export function paragraphMark(paragraph: Paragraph): string {
  // A paragraph in another language than the document’s says which: `¶7·fr`.
  return paragraph.language ? `¶${paragraph.n}·${paragraph.language}` : `¶${paragraph.n}`
}

/**
 * The label shown for a turn: as printed, with its colon; for an unlabelled
 * turn the speaker’s name in square brackets, the editorial convention for
 * words supplied by the editor.
 */
export function displayLabel(tree: Transcript, turn: Turn): string {
  if (turn.label !== undefined) return turn.label + ':'
  const person = participantOf(tree, turn.speaker)
  return `[${person ? person.name : turn.speaker}]:`
}

/**
 * The inverse of `displayLabel`: `SECRETARY KERRY:` is the label as printed;
 * `[Sergey Lavrov]:` names the speaker of an unlabelled turn.
 */
export function readDisplayLabel(shown: string): {label: string} | {supplied: string} {
  const supplied = /^\[(.+)\]:$/.exec(shown)
  return supplied ? {supplied: supplied[1]} : {label: shown.replace(/:$/, '')}
}

/**
 * `00:12` or `00:00:00.599–00:00:29.100`: when a turn was spoken, as the
 * source printed it; empty for a turn with no time. Every format shows it so.
 */
export function timeSpan(turn: Pick<Turn, 'start' | 'end'>): string {
  if (turn.start === undefined) return ''
  return turn.end === undefined ? turn.start : `${turn.start}–${turn.end}`
}

/** The inverse of `timeSpan`, or undefined when `text` is no time span. */
export function readTimeSpan(text: string): Pick<Turn, 'start' | 'end'> | undefined {
  const match = /^(\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?)(?:–(\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?))?$/.exec(text)
  if (!match) return undefined
  return match[2] === undefined ? {start: match[1]} : {start: match[1], end: match[2]}
}

/** Seconds from the start of the recording a printed time stands for: `1:02:03.5` → 3723.5. */
export function secondsOf(time: string): number {
  return time
    .replace(',', '.')
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0)
}

/** `Arshad Mohammed, Reuters`: who asked, and for whom. */
export function questionerLine(questioner: Questioner): string {
  return [questioner.name, questioner.outlet].filter(Boolean).join(', ')
}

/** The inverse of `questionerLine`: the name runs to the first comma, the outlet is the rest. */
export function readQuestionerLine(line: string): Questioner | undefined {
  const [name, ...outlet] = line.split(', ')
  if (!name?.trim()) return undefined
  return outlet.length > 0 ? {name, outlet: outlet.join(', ')} : {name}
}

const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December'
]

/** `2016-07-15` → `July 15, 2016` (the style of the sources). */
export function humanDate(iso: string | undefined): string {
  if (!iso) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  return `${months[Number(match[2]) - 1]} ${Number(match[3])}, ${match[1]}`
}

/** `Osobnyak Guesthouse, Moscow, Russia`. */
export function placeLine(meta: Meta): string {
  const place = meta.place
  if (!place) return ''
  return [place.venue, place.city, place.country].filter(Boolean).join(', ')
}

/** `John Kerry, Secretary of State (United States)`. */
export function participantLine(person: Participant): string {
  let line = person.name
  if (person.role) line += ', ' + person.role
  if (person.affiliation) line += ` (${person.affiliation})`
  return line
}

/**
 * `Arshad Mohammed, Reuters · via interpretation · 00:12`: what a turn's
 * label does not say, shown beside it in the paged formats.
 */
export function turnAside(turn: Turn): string {
  const parts: string[] = []
  if (turn.questioner) parts.push(questionerLine(turn.questioner))
  if (turn.interpreted) parts.push('via interpretation')
  const time = timeSpan(turn)
  if (time) parts.push(time)
  return parts.join(' · ')
}

/** `13:22 EDT`: the time of the event with the zone the source gives it in; empty with no time. */
export function timeLine(meta: Pick<Meta, 'time' | 'timeZone'>): string {
  if (!meta.time) return ''
  return meta.timeZone ? `${meta.time} ${meta.timeZone}` : meta.time
}

/** The inverse of `timeLine`. */
export function readTimeLine(line: string): Pick<Meta, 'time' | 'timeZone'> {
  const match = /^(\S+) (\S+)$/.exec(line.trim())
  return match ? {time: match[1], timeZone: match[2]} : {time: line.trim()}
}

/** `July 15, 2016, 14:30 EDT`: the day and time of the event, as far as the source gives them. */
export function whenLine(meta: Meta): string {
  return [humanDate(meta.date), timeLine(meta)].filter(Boolean).join(', ')
}

/** `Press availability`: the kind of event, as a line. */
export function eventLine(meta: Meta): string {
  return capitalised(meta.eventType)
}

/** `U.S. Department of State · 2013/T05-02 · by Ruby Bird`. */
export function sourceLine(meta: Meta): string {
  const source = meta.source
  if (!source) return ''
  return [source.publisher, source.identifier, source.byline ? 'by ' + source.byline : undefined].filter(Boolean).join(' · ')
}

/** `text` with its first letter in capitals. */
export function capitalised(text: string | undefined): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : ''
}

/** The people a transcript's document properties name, as PDF and DOCX (and the Markdown's `author`) give them: who speaks by name, not by role. */
export function namedSpeakers(tree: Transcript): Participant[] {
  return tree.participants.filter((person) => !person.group && !isGenericSpeaker(person))
}

/**
 * The author a document's properties give: the officials who speak, else
 * everyone who speaks by name, else the publisher. One rule for the PDF's
 * Author, the DOCX's creator and the Markdown's `author`.
 */
export function documentAuthors(tree: Transcript): string[] {
  const named = namedSpeakers(tree)
  const officials = named.filter((person) => person.kind === 'official')
  const people = officials.length > 0 ? officials : named
  if (people.length > 0) return people.map((person) => person.name)
  return tree.meta.source?.publisher ? [tree.meta.source.publisher] : []
}

/** Whether a turn asks (a journalist’s question) rather than answers. */
export function isQuestion(tree: Transcript, turn: Turn): boolean {
  return participantOf(tree, turn.speaker)?.kind === 'journalist'
}

/**
 * Fill `{title}`, `{date}`, `{page}`, `{pages}`, `{marking}` in a template
 * string; unknown placeholders are left as written so a typo shows.
 */
export function fillPlaceholders(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole
  )
}

/**
 * When this conversion happened, for the formats that record when a file was
 * made (TEI `publicationStmt/date` and `change/@when`, DOCX `dcterms:created`,
 * PDF `CreationDate` and XMP): `SOURCE_DATE_EPOCH` when set, else nothing.
 * Never the event's date: a file made today must not say it was made in 2013.
 * Without it no output carries a date of its making, and the same input still
 * gives the same bytes.
 */
export function conversionTime(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim()
  if (!epoch || !/^\d+$/.test(epoch)) return undefined
  const date = new Date(Number(epoch) * 1000)
  return Number.isNaN(date.getTime()) ? undefined : date
}
