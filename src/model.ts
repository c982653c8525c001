/**
 * The transcript tree: the one shape every part of Verbatim shares.
 *
 * Parsers build it, transforms refine it, emitters render it. It is a unist
 * tree (`type` on every node, `children` on parents, `value` on literals,
 * `position` on every node read from source text), so the unified ecosystem’s
 * utilities (`unist-util-visit`, `vfile` messages) work on it unchanged.
 *
 * The contract is `docs/model.md`; this module is its TypeScript form.
 *
 * Characters: no string in a tree holds a character no output format can
 * carry (C0 and C1 controls other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF, a lone surrogate). Every reader enforces it once, through
 * `refine` (`transform/characters.ts`: a form feed or other separator becomes
 * a space, the rest are removed, with a message); emitters rely on it and only
 * escape.
 */
import type {Position} from 'unist'

export type {Position} from 'unist'

/** Root of a transcript. */
export interface Transcript {
  type: 'transcript'
  meta: Meta
  /** One entry per person (or group) who speaks, in order of first turn. */
  participants: Participant[]
  /** The body, in reading order. */
  children: Block[]
  /** What the parser set aside, and why: nothing read vanishes without a trace. */
  removed: Removed[]
  position?: Position
}

export interface Meta {
  /** As printed, typography repaired. */
  title?: string
  /** `YYYY-MM-DD`; absent when the source states none (never guessed). */
  date?: string
  /** `HH:MM` (24 h) when stated. */
  time?: string
  /**
   * The zone `time` is given in, as the source prints it (`EDT`, `GMT`,
   * `MSK`); absent when it names none. Every format shows it with the time;
   * TEI gives the offset in `@when` where the zone has one (`EDT` is -04:00).
   */
  timeZone?: string
  place?: Place
  /** remarks, press availability, press conference, briefing, interview, news article… */
  eventType?: string
  source?: Source
  /** BCP 47 tag of the transcript’s main language. */
  language: string
}

export interface Place {
  venue?: string
  city?: string
  country?: string
}

export interface Source {
  publisher?: string
  url?: string
  /** A release number or similar, e.g. `PRN: 2013/T05-02` gives `2013/T05-02`. */
  identifier?: string
  byline?: string
  /** Publication stamp when the page gives one apart from the event date (ISO). */
  published?: string
}

/**
 * Who a participant is in the event. Emitters use it for styling and TEI
 * `@ana`: officials speak for a government, moderators chair, journalists ask.
 */
export type ParticipantKind = 'official' | 'moderator' | 'journalist' | 'unknown'

export interface Participant {
  /** Stable slug: the same person gets the same id in every document. */
  id: string
  /** Canonical full name where known (`John Kerry`), else the best the document gives. */
  name: string
  /** Office, e.g. `Secretary of State`. */
  role?: string
  /** Country or organisation, e.g. `United States`, `Russian Federation`, `Reuters`. */
  affiliation?: string
  kind: ParticipantKind
  /** A group of people (journalists), not one person. */
  group?: boolean
  /** Every label the document used for this participant, as printed, in order of first use. */
  labels: string[]
  /** Authority identifiers from a registry (e.g. `{wikidata: 'Q22316'}`). */
  identifiers?: Record<string, string>
}

/** Block-level content of the body. */
export type Block = Turn | Narrative | Note

/** One speaker’s uninterrupted contribution. */
export interface Turn {
  type: 'turn'
  /** 1-based number of the turn in the document: `u3` in every format. */
  n: number
  /** A participant `id`. */
  speaker: string
  /** The label exactly as printed, without the trailing colon; absent for an unlabelled turn. */
  label?: string
  /** Participant id (or name as printed) the turn is addressed to: `Question (addressed to John Kerry)`. */
  addressee?: string
  /** Participant id (or name as printed) this turn follows: `Sergey Lavrov (speaking after John Kerry)`. */
  after?: string
  /** The turn was delivered through an interpreter (`(Via interpretation)`). */
  interpreted?: boolean
  /** For questions: who asks, as a moderator introduced them. */
  questioner?: Questioner
  /** When the turn starts in the recording, as the source printed it (`00:22`, `1:02:03`, `00:01:02.500`). */
  start?: string
  /** When it ends, where the source says (a caption's last cue), printed as `start` is. */
  end?: string
  children: Paragraph[]
  position?: Position
}

export interface Questioner {
  name: string
  /** News outlet, e.g. `Reuters`. */
  outlet?: string
}

/** A source paragraph. Numbered once, in reading order, across the document. */
export interface Paragraph {
  type: 'paragraph'
  /** 1-based paragraph number: `p7` / `¶7` in every format. */
  n: number
  /** BCP 47 tag, where the paragraph is in another language than the document’s. */
  language?: string
  children: Inline[]
  position?: Position
}

export type Inline = Text | Incident

export interface Text {
  type: 'text'
  value: string
  position?: Position
}

export type IncidentKind =
  | 'laughter'
  | 'applause'
  | 'inaudible'
  | 'crosstalk'
  | 'interpretation'
  | 'foreign-language'
  | 'off-mike'
  | 'silence'
  | 'pause'
  | 'other'

/** A stage direction or transcriber’s note found in the text: `(Laughter.)`. */
export interface Incident {
  type: 'incident'
  kind: IncidentKind
  /** As printed, with its parentheses: `(In Russian.)`. */
  value: string
  /** BCP 47 tag when the note names a language (`(In Russian.)` gives `ru`). */
  language?: string
  position?: Position
}

/** Prose that is not speech, such as a news article’s introduction. */
export interface Narrative {
  type: 'narrative'
  children: Paragraph[]
  position?: Position
}

/** Kinds of editorial note the pipeline adds. */
export type NoteKind = 'omission' | 'continuation' | 'editorial'

/** An editorial note added by the pipeline, not found in the source. */
export interface Note {
  type: 'note'
  kind: NoteKind
  value: string
}

export type RemovedReason =
  | 'page-furniture'
  | 'navigation'
  | 'caption'
  | 'boilerplate'
  | 'contents'
  | 'link'
  | 'legal-footer'
  | 'byline'
  | 'duplicate'
  | 'teaser'
  | 'metadata'

/** Source text set aside by the parser. */
export interface Removed {
  reason: RemovedReason
  /** The text as it stood in the source. */
  value: string
  position?: Position
}

/** Any node of the tree. */
export type Node = Transcript | Block | Paragraph | Inline

/** The turns of a transcript, in order. */
export function turns(tree: Transcript): Turn[] {
  return tree.children.filter((node): node is Turn => node.type === 'turn')
}

/** Every paragraph of the transcript's turns and narratives, in order, with the block that holds it. */
export function* paragraphs(tree: Transcript): Generator<{paragraph: Paragraph; block: Turn | Narrative}> {
  for (const block of tree.children) {
    if (block.type === 'note') continue
    for (const paragraph of block.children) yield {paragraph, block}
  }
}

/** The plain text of a paragraph, incidents included as printed. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.children.map((node) => node.value).join('')
}

/** The participant a turn’s speaker id names. */
export function participantOf(tree: Transcript, id: string): Participant | undefined {
  return tree.participants.find((p) => p.id === id)
}
