/**
 * YAML front matter: the transcript’s metadata, participants and what was
 * set aside, under keys a pandoc user recognises (`title`, `date`, `lang`,
 * `author`) and Verbatim’s own. The Markdown reader reads it back.
 */
import YAML from 'yaml'
import {z} from 'zod'
import type {Meta, Participant, Position, Removed, Transcript} from '../../model.js'
import {documentAuthors} from '../conventions.js'

export interface FrontMatter {
  title?: string
  /** Speakers’ names, for pandoc and static-site tools; derived, not read back. */
  author?: string[]
  date?: string
  time?: string
  /** `EDT`: the zone of `time`, as printed. */
  'time-zone'?: string
  lang: string
  'event-type'?: string
  place?: Meta['place']
  source?: Meta['source']
  participants: Participant[]
  /** `where` is the source position, `line:column-line:column`, as vfile messages print it. */
  removed?: Array<{reason: Removed['reason']; where?: string; text: string}>
}

export function toFrontMatter(tree: Transcript): string {
  const {meta} = tree
  const data: FrontMatter = {
    title: meta.title,
    author: documentAuthors(tree),
    date: meta.date,
    time: meta.time,
    'time-zone': meta.timeZone,
    lang: meta.language,
    'event-type': meta.eventType,
    place: meta.place,
    source: meta.source,
    participants: tree.participants,
    removed: tree.removed.map((item) => ({reason: item.reason, where: stringifyPosition(item.position), text: item.value}))
  }
  if (data.author?.length === 0) delete data.author
  if (data.removed?.length === 0) delete data.removed
  return YAML.stringify(data, {lineWidth: 0, aliasDuplicateObjects: false}).trimEnd()
}

/**
 * What the reader needs of the front matter, checked: a hand-edited or
 * foreign file gets a message naming the key (`participants.1.kind: …`),
 * never a programmer's error from deep inside an emitter.
 */
const participantSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    kind: z.enum(['official', 'moderator', 'journalist', 'unknown']),
    labels: z.array(z.string()).default([])
  })
  .passthrough()
const frontMatterSchema = z
  .object({
    title: z.union([z.string(), z.number()]).optional(),
    date: z.union([z.string(), z.date()]).optional().refine((value) => value === undefined || value instanceof Date || isIsoDate(value), 'expected a date as YYYY-MM-DD'),
    participants: z.array(participantSchema).default([]),
    removed: z.array(z.object({reason: z.string(), where: z.string().optional(), text: z.string()}).passthrough()).default([])
  })
  .passthrough()

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.getUTCDate() === Number(match[3])
}

/** A front matter the reader cannot take; the message names the key. */
export class FrontMatterError extends Error {
  override name = 'FrontMatterError'
}

export function fromFrontMatter(yaml: string): Pick<Transcript, 'meta' | 'participants' | 'removed'> {
  const raw: unknown = YAML.parse(yaml) ?? {}
  const checked = frontMatterSchema.safeParse(raw)
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`)
    throw new FrontMatterError(`front matter: ${problems.join('; ')}`)
  }
  // The checked values are read as written (the schema's output would reorder their keys, and the bytes read back must not change).
  const data = raw as Partial<FrontMatter>
  // Two people under one id would be one speaker in every format and a duplicate `xml:id` in TEI.
  const seen = new Map<string, number>()
  data.participants?.forEach((participant, index) => {
    const earlier = seen.get(participant.id)
    if (earlier !== undefined) throw new FrontMatterError(`front matter: participants ${earlier} and ${index} have the same id “${participant.id}”`)
    seen.set(participant.id, index)
  })
  const meta: Meta = {language: data.lang ?? 'en'}
  if (data.title !== undefined) meta.title = String(data.title)
  if (data.date !== undefined) meta.date = String(data.date)
  if (data.time !== undefined) meta.time = String(data.time)
  if (data['time-zone'] !== undefined) meta.timeZone = String(data['time-zone'])
  if (data.place) meta.place = data.place
  if (data['event-type'] !== undefined) meta.eventType = data['event-type']
  if (data.source) meta.source = data.source
  return {
    meta,
    participants: data.participants ?? [],
    removed: (data.removed ?? []).map((item) => {
      const removed: Removed = {reason: item.reason, value: item.text}
      const position = parsePosition(item.where)
      if (position) removed.position = position
      return removed
    })
  }
}

function stringifyPosition(position: Position | undefined): string | undefined {
  if (!position) return undefined
  return `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
}

function parsePosition(text: string | undefined): Position | undefined {
  const match = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(text ?? '')
  if (!match) return undefined
  const [line, column, endLine, endColumn] = match.slice(1).map(Number)
  return {start: {line, column}, end: {line: endLine, column: endColumn}}
}
