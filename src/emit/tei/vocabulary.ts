/**
 * The TEI vocabulary of Verbatim: which element and type stand for which
 * kind of thing in the tree. The emitter writes with these tables and the
 * reader (`src/read/tei`) reads with them, so the two cannot drift apart.
 * `schema/verbatim-tei.rnc` lists the same values.
 */
import type {IncidentKind, NoteKind, ParticipantKind, RemovedReason} from '../../model.js'

/** The TEI namespace, the default one of every element. */
export const teiNamespace = 'http://www.tei-c.org/ns/1.0'

/** How an incident is written: an element and the attribute typing it. */
export interface IncidentEncoding {
  element: 'vocal' | 'kinesic' | 'incident' | 'gap' | 'note'
  /** `type` everywhere but on `gap`, whose TEI attribute is `reason`. */
  attribute: 'type' | 'reason'
  value: string
}

/**
 * TEI P5 §8.3: `vocal` for sounds people make, `kinesic` for gestures,
 * `gap` where speech was not transcribed, `incident` for anything else that
 * happens; a transcriber’s remark about the speech itself is a `note`. The
 * printed text is kept in `desc` (or as the note’s text).
 */
export const incidentEncoding: Record<IncidentKind, IncidentEncoding> = {
  laughter: {element: 'vocal', attribute: 'type', value: 'laughter'},
  applause: {element: 'kinesic', attribute: 'type', value: 'applause'},
  inaudible: {element: 'gap', attribute: 'reason', value: 'inaudible'},
  'off-mike': {element: 'gap', attribute: 'reason', value: 'off-mike'},
  crosstalk: {element: 'incident', attribute: 'type', value: 'crosstalk'},
  silence: {element: 'incident', attribute: 'type', value: 'silence'},
  pause: {element: 'incident', attribute: 'type', value: 'pause'},
  other: {element: 'incident', attribute: 'type', value: 'other'},
  interpretation: {element: 'note', attribute: 'type', value: 'interpretation'},
  'foreign-language': {element: 'note', attribute: 'type', value: 'foreign-language'}
}

/** The incident kind an element and its type stand for. */
export function incidentKindOf(element: string, typeValue: string | undefined): IncidentKind | undefined {
  for (const [kind, encoding] of Object.entries(incidentEncoding)) {
    if (encoding.element === element && encoding.value === typeValue) return kind as IncidentKind
  }
  return undefined
}

/** The `classDecl` taxonomy of speaker types; `@ana` on `person` and `u` points here. */
export const speakerTaxonomyId = 'speaker-types'

export const speakerCategories: ReadonlyArray<{kind: ParticipantKind; description: string}> = [
  {kind: 'moderator', description: 'Chair or moderator: a spokesperson or host who opens the event and gives the floor.'},
  {kind: 'official', description: 'Official: a minister or other office-holder speaking for a government or organisation.'},
  {kind: 'journalist', description: 'Journalist: a member of the press asking questions.'},
  {kind: 'unknown', description: 'Speaker whose role the source does not make clear.'}
]

export function speakerCategoryId(kind: ParticipantKind): string {
  return `speaker-${kind}`
}

/** The taxonomy of how a turn was delivered. */
export const deliveryTaxonomyId = 'delivery'
export const interpretedCategoryId = 'delivery-interpreted'

/** `xml:id` of the `application` that made the file; `@resp` of the pipeline’s notes. */
export const applicationId = 'verbatim'

/** `note/@type` of an editorial note the pipeline adds; its kind is the `@subtype`. */
export const editorialNoteType = 'editorial'

export const noteKinds: readonly NoteKind[] = ['omission', 'continuation', 'editorial']

/** What each reason for setting text aside means, for the `editorialDecl` and `back`. */
export const removedReasons: Record<RemovedReason, string> = {
  'page-furniture': 'page furniture (site headers and footers, rules and separators)',
  navigation: 'navigation, language switchers, share and print widgets',
  caption: 'photo captions and gallery counters',
  boilerplate: 'subscription, promotion and delivery boilerplate',
  contents: 'topic indexes and tables of contents',
  link: 'links',
  'legal-footer': 'legal and editorial footers',
  byline: 'bylines (kept in the source description)',
  duplicate: 'paragraphs printed twice',
  teaser: 'truncated teasers of a passage printed in full later',
  metadata: 'lines read into the metadata (titles, dates, release numbers)'
}

/** `div/@type` values of the body and back. */
export const divisionType = {
  transcript: 'transcript',
  narrative: 'narrative',
  removed: 'removed'
} as const

/** `note/@type` values inside and around a `u`. */
export const turnNoteType = {
  speaker: 'speaker',
  addressee: 'addressee',
  after: 'after',
  questioner: 'questioner'
} as const

/** `note[@type='speaker']/@subtype` when the label was supplied by the pipeline (an unlabelled turn). */
export const suppliedLabel = 'supplied'

/** `idno/@type` values in the header. */
export const idnoType = {
  document: 'verbatim',
  url: 'URI',
  release: 'release'
} as const

/**
 * Elements the emitter writes that hold elements alone: only these are
 * indented, since whitespace anywhere else would be part of the text.
 */
export const elementOnly: ReadonlySet<string> = new Set([
  'TEI', 'teiHeader', 'fileDesc', 'titleStmt', 'respStmt', 'extent', 'publicationStmt',
  'availability', 'sourceDesc', 'bibl', 'encodingDesc', 'appInfo', 'application',
  'editorialDecl', 'correction', 'normalization', 'segmentation', 'interpretation',
  'classDecl', 'taxonomy', 'category', 'profileDesc', 'langUsage', 'settingDesc',
  'setting', 'particDesc', 'listPerson', 'person', 'personGrp', 'revisionDesc',
  'text', 'body', 'back', 'div', 'u', 'timeline'
])
