/**
 * Shared by the TEI tests: trees to render (fixture, corpus, generated),
 * the context they are rendered with, and reading a TEI document as plain
 * XML (independently of `fromTei`).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {SaxesParser} from 'saxes'
import type {EmitContext} from '../../src/emit/emitter.js'
import type {
  Block,
  IncidentKind,
  Inline,
  NoteKind,
  Participant,
  ParticipantKind,
  RemovedReason,
  Transcript
} from '../../src/model.js'
import {parse} from '../../src/parse/index.js'
import {loadTemplate} from '../../src/template/load.js'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const corpusFolder = path.join(root, 'corpus')
export const ownSchema = path.join(root, 'schema', 'verbatim-tei.rnc')
export const teiAll = process.env.VERBATIM_TEI_ALL ?? path.join(root, '..', 'shared', 'schema', 'tei_all.rng')
/** Parla-CLARIN, the TEI customisation for parliamentary and other spoken proceedings that ParlaMint builds on. */
export const parlaClarin = process.env.VERBATIM_PARLA_CLARIN ?? path.join(root, '..', 'shared', 'schema', 'parla-clarin', 'parla-clarin.rng')

export function teiContext(): EmitContext {
  return {template: loadTemplate('briefing'), timestamp: new Date('2016-07-15T12:00:00Z'), version: '0.1.0'}
}

/** `[name, source text, tree]` for each `corpus/*.txt`, parsed with the corpus’s people registry. */
export function corpus(): Array<[string, string, Transcript]> {
  const registry = path.join(corpusFolder, 'people.yaml')
  return fs
    .readdirSync(corpusFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const source = fs.readFileSync(path.join(corpusFolder, name), 'utf8')
      const options = fs.existsSync(registry) ? {registry} : {}
      return [name.slice(0, -'.txt'.length), source, parse(source, options)]
    })
}

/** The tree without positions (which TEI does not keep). */
export {withoutPositions} from './corpus.js'

// ------------------------------------------------------------------ XML

export interface Element {
  name: string
  attributes: Record<string, string>
  children: Array<Element | string>
}

/** Parse with saxes (throws on anything not well-formed). */
export function parseXml(xml: string): Element {
  const parser = new SaxesParser({xmlns: true})
  const stack: Element[] = [{name: '#document', attributes: {}, children: []}]
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value
    const node: Element = {name: tag.local, attributes, children: []}
    stack.at(-1)!.children.push(node)
    stack.push(node)
  })
  parser.on('closetag', () => void stack.pop())
  parser.on('text', (text) => void stack.at(-1)!.children.push(text))
  parser.on('error', (error) => {
    throw error
  })
  parser.write(xml).close()
  return stack[0].children.find((child): child is Element => typeof child !== 'string')!
}

export function* walk(node: Element): Generator<Element> {
  yield node
  for (const child of node.children) if (typeof child !== 'string') yield* walk(child)
}

export function textContent(node: Element | string): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('')
}

// ------------------------------------------------------------------ generated transcripts

/** Characters that test escaping and Unicode: XML specials, entity look-alikes, controls XML allows, astral. */
const tricky = fc.constantFrom(
  'a', 'Z', ' ', ' ', '.', ':', '&', '<', '>', '"', "'", '&amp;', '&#169;', ']]>', '\n', '\t', '\r',
  '–', '“', '”', 'Л', 'é', '😀', '#', '[', ']'
)
const words = fc.string({unit: tricky, minLength: 1, maxLength: 12})
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, {nil: undefined})

const incidentKinds: IncidentKind[] = [
  'laughter', 'applause', 'inaudible', 'crosstalk', 'interpretation',
  'foreign-language', 'off-mike', 'silence', 'pause', 'other'
]
const participantKinds: ParticipantKind[] = ['official', 'moderator', 'journalist', 'unknown']
const noteKinds: NoteKind[] = ['omission', 'continuation', 'editorial']
const removedReasons: RemovedReason[] = [
  'page-furniture', 'navigation', 'caption', 'boilerplate', 'contents', 'link', 'legal-footer', 'byline', 'duplicate', 'teaser', 'metadata'
]

/** Inline content: never two text nodes in a row (the reader joins them, as any XML reader would). */
const inlines: fc.Arbitrary<Inline[]> = fc
  .array(
    fc.tuple(
      words,
      fc.record(
        {
          kind: fc.constantFrom(...incidentKinds),
          value: words,
          language: maybe(fc.constantFrom('ru', 'fr', 'zh-Hant'))
        },
        {requiredKeys: ['kind', 'value']}
      ),
      fc.boolean()
    ),
    {minLength: 1, maxLength: 3}
  )
  .map((pieces) => {
    const result: Inline[] = []
    for (const [text, incident, withText] of pieces) {
      if (withText) result.push({type: 'text', value: text})
      const node: Inline = {type: 'incident', kind: incident.kind, value: incident.value}
      if (incident.language !== undefined) node.language = incident.language
      result.push(node)
    }
    return result
  })
  .chain((list) => maybe(words).map((tail) => (tail === undefined ? list : [...list, {type: 'text' as const, value: tail}])))

/** A participant id: usually a slug, sometimes one that is no XML name or collides with an id the TEI uses. */
const participantIds = fc.uniqueArray(
  fc.oneof(
    fc.constantFrom('john-kerry', 'sergey-lavrov', 'jen-psaki', 'journalists', 'moderator'),
    fc.constantFrom('3m', 'u1', 'p2', 'speaker-official', 'verbatim', 'a b', 'x&y'),
    fc.stringMatching(/^[a-z][a-z-]{0,8}$/)
  ),
  {minLength: 1, maxLength: 4}
)

const participant = (id: string): fc.Arbitrary<Participant> =>
  fc
    .record(
      {
        name: words,
        role: maybe(words),
        affiliation: maybe(words),
        kind: fc.constantFrom(...participantKinds),
        group: maybe(fc.constant(true as const)),
        labels: fc.array(words, {maxLength: 3}),
        identifiers: maybe(fc.dictionary(fc.constantFrom('wikidata', 'viaf', 'orcid'), words, {minKeys: 1}))
      },
      {requiredKeys: ['name', 'kind', 'labels']}
    )
    .map((fields) => dropUndefined({id, ...fields}))

const isoDate = fc
  .date({min: new Date('1950-01-01'), max: new Date('2049-12-31'), noInvalidDate: true})
  .map((date) => date.toISOString().slice(0, 10))

/** A whole transcript, numbered as the parser numbers it. */
export const transcripts: fc.Arbitrary<Transcript> = participantIds.chain((ids) =>
  fc
    .record({
      meta: fc.record(
        {
          title: maybe(words),
          date: maybe(fc.oneof(isoDate, words)),
          time: maybe(fc.constantFrom('09:05', '14:30', 'noon')),
          place: maybe(fc.record({venue: maybe(words), city: maybe(words), country: maybe(words)}).map(dropUndefined).filter(nonEmpty)),
          eventType: maybe(words),
          source: maybe(
            fc
              .record({
                publisher: maybe(words),
                url: maybe(fc.webUrl()),
                identifier: maybe(words),
                byline: maybe(words),
                published: maybe(fc.oneof(isoDate, isoDate.map((day) => day + 'T10:00:00Z'), words))
              })
              .map(dropUndefined)
              .filter(nonEmpty)
          ),
          language: fc.constantFrom('en', 'ru', 'en-GB')
        },
        {requiredKeys: ['language']}
      ),
      participants: fc.tuple(...ids.map(participant)),
      blocks: fc.array(
        fc.oneof(
          fc.record(
            {
              type: fc.constant('turn' as const),
              speaker: fc.constantFrom(...ids),
              label: maybe(words),
              addressee: maybe(fc.oneof(fc.constantFrom(...ids), words)),
              after: maybe(fc.oneof(fc.constantFrom(...ids), words)),
              interpreted: maybe(fc.constant(true as const)),
              questioner: maybe(fc.record({name: words, outlet: maybe(words)}).map(dropUndefined)),
              paragraphs: fc.array(inlines, {minLength: 1, maxLength: 3})
            },
            {requiredKeys: ['type', 'speaker', 'paragraphs']}
          ),
          fc.record({type: fc.constant('narrative' as const), paragraphs: fc.array(inlines, {minLength: 1, maxLength: 2})}),
          fc.record({type: fc.constant('note' as const), kind: fc.constantFrom(...noteKinds), value: words})
        ),
        {maxLength: 6}
      ),
      removed: fc.array(fc.record({reason: fc.constantFrom(...removedReasons), value: words}), {maxLength: 3})
    })
    .map(({meta, participants, blocks, removed}): Transcript => {
      let turnNumber = 0
      let paragraphNumber = 0
      const paragraphs = (list: Inline[][]) =>
        list.map((children) => ({type: 'paragraph' as const, n: ++paragraphNumber, children}))
      const children = blocks.map((block): Block => {
        if (block.type === 'note') return block
        if (block.type === 'narrative') return {type: 'narrative', children: paragraphs(block.paragraphs)}
        const {paragraphs: list, ...fields} = block
        return dropUndefined({...fields, n: ++turnNumber, children: paragraphs(list)})
      })
      return {type: 'transcript', meta: dropUndefined(meta), participants, children, removed}
    })
)

/** An empty `place` or `source` says nothing the TEI could keep: the parser leaves it out. */
function nonEmpty(value: object): boolean {
  return Object.keys(value).length > 0
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
}
