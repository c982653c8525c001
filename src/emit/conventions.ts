/**
 * Conventions every emitter shares, so that a reader of the Markdown, DOCX,
 * PDF and TEI of one transcript sees one document: the same ids, labels,
 * dates and speaker names.
 */
import type {Meta, Paragraph, Participant, Transcript, Turn} from '../model.js'

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
  const person = tree.participants.find((p) => p.id === turn.speaker)
  return `[${person ? person.name : turn.speaker}]:`
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

/** Whether a turn asks (a journalist’s question) rather than answers. */
export function isQuestion(tree: Transcript, turn: Turn): boolean {
  const person = tree.participants.find((p) => p.id === turn.speaker)
  return person?.kind === 'journalist'
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
 * The timestamp written into formats that keep one: `SOURCE_DATE_EPOCH`
 * when set, else noon UTC of the transcript’s date, else the epoch.
 */
export function reproducibleTimestamp(meta: Meta, env = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000)
  if (meta.date) return new Date(meta.date + 'T12:00:00Z')
  return new Date(0)
}
