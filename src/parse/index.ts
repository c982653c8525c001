/**
 * Parse a plain-text transcript into the transcript tree.
 *
 * The text goes through small steps, each in a module of its own: lines with
 * positions, the label forms the whole document shows, the header zone (front
 * matter, title, date, place, principal, furniture above the transcript),
 * paragraphs with typography repaired, page furniture set aside, page breaks
 * and repeats repaired, the body read into turns and narrative; then the
 * tree is refined as every reader's is (`transform/refine.ts`: language,
 * speakers, questioners, omissions, numbers, doubts).
 * Anything doubtful is a message on the `VFile`, with its position. The rules
 * are listed in `docs/reader.md`.
 */
import {VFile} from 'vfile'
import type {Meta, Removed, Transcript} from '../model.js'
import {findMentions, type Mention} from '../people/mentions.js'
import {slug} from '../people/names.js'
import {Directory, loadRegistry, type Person} from '../people/registry.js'
import {detectLanguage} from '../transform/language.js'
import {refine} from '../transform/refine.js'
import {compact} from '../util/compact.js'
import {readBody} from './body.js'
import {stripCueBullets} from './bullets.js'
import {findLabelForms, splitGluedLabels} from './evidence.js'
import {findLeadDate} from './dates.js'
import {prepareSource} from './decode.js'
import {setAsideFurniture} from './furniture.js'
import {readHeader} from './header.js'
import {keepHeaderLines} from './header-lines.js'
import {labelKey, matchLabel} from './label.js'
import {splitLines} from './lines.js'
import {readParagraphs} from './paragraphs.js'
import {joinPageBreaks, removeRepeats} from './repair.js'

export interface ParseOptions {
  /** People known beforehand: a registry file’s path or its entries. */
  registry?: string | Person[]
  /** BCP 47 tag of the transcript’s language (default `en`). */
  language?: string
  /**
   * Label forms the document's markup shows (bold at a paragraph's start in a
   * web page or a Word file, `<strong>MR. PRICE:</strong>`), read by the HTML
   * and DOCX readers: labels however often they open a line.
   */
  labelForms?: Iterable<string>
}

/** Paragraphs of a lead read for the people it names: a lead is short, and an unlabelled speech is not one. */
const maxLeadParagraphs = 5

/** `USPA NEWS - In Moscow …`: a news agency’s name leading its first paragraph. */
const agencyLead = /^(\p{Lu}[\p{Lu}\d .&]{1,40}?)\s+[-–—]\s+\p{Lu}/u

export function parse(input: string | Uint8Array | VFile, options: ParseOptions = {}): Transcript {
  const file = input instanceof VFile ? input : new VFile({value: input})
  const source = prepareSource(file)
  const sourceLines = stripCueBullets(splitLines(source))
  const labels = findLabelForms(sourceLines)
  for (const form of options.labelForms ?? []) labels.add(labelKey(form))
  const lines = splitGluedLabels(sourceLines, labels)

  // `09/10/2015` is the 9th of October everywhere but in American English: a page not in English reads dates day first.
  let pageLanguage: string | undefined
  const dayFirst = () => (pageLanguage ??= options.language ?? detectLanguage(source.slice(0, 2000)) ?? 'en') !== 'en'
  const header = readHeader(lines, {labels, dayFirst})
  const registry = typeof options.registry === 'string' ? loadRegistry(options.registry) : options.registry ?? []
  const directory = new Directory(registry.map((person) => ({...person, aliases: [...person.aliases]})))
  for (const mention of header.people) directory.add(personOf(mention))
  const principal = header.principal ? directory.add(personOf(header.principal)) : undefined

  // The body is every line the header did not take; a taken line breaks a paragraph as a blank would.
  const bodyLines = lines.map((line, index) => (header.taken.has(index) ? {...line, text: '', clean: ''} : line))
  const labelOptions = {labels, knownNames: directory.names()}
  const furniture = setAsideFurniture(readParagraphs(bodyLines, labelOptions), file, labelOptions)
  const repeats = removeRepeats(joinPageBreaks(furniture.paragraphs, file), file)
  const paragraphs = repeats.paragraphs

  const lead = paragraphs[0]
  const agency = lead ? agencyLead.exec(lead.text) : null
  const news = header.news || Boolean(agency)
  // The lead before the first label names people (`… with Principal Deputy Spokesperson Vedant Patel`) whom labels may name by office.
  for (const paragraph of paragraphs.slice(0, maxLeadParagraphs)) {
    if (matchLabel(paragraph.text, {labels})) break
    for (const mention of findMentions(paragraph.text)) directory.add(personOf(mention))
    // `At a background briefing in Moscow January 25, …` under a file dated `26 January 1999`: the day it happened.
    const when = header.meta.date && !header.meta.source?.published ? findLeadDate(paragraph.text, header.meta.date) : undefined
    if (when && when !== header.meta.date) header.meta = {...header.meta, date: when, source: {...header.meta.source, published: header.meta.date}}
  }

  const meta: Meta = {...header.meta, language: options.language ?? 'en'}
  meta.source = {...header.meta.source, ...furniture.source}
  if (agency && !meta.source.publisher) meta.source.publisher = agency[1]
  if (!meta.eventType && news) meta.eventType = 'news article'
  if (!meta.date) {
    file.message('No date found in the header: the transcript’s date is left empty', {line: 1, column: 1}).ruleId = 'no-date'
  }

  const tree: Transcript = {
    type: 'transcript',
    meta: compact(meta),
    participants: [],
    children: readBody(paragraphs, file, {news, principal: principal !== undefined, principalName: principal?.name, knownNames: directory.names(), labels}),
    removed: [...header.removed, ...furniture.removed, ...repeats.removed].sort(bySource),
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: {line: lines.length || 1, column: (lines.at(-1)?.text.length ?? 0) + 1, offset: source.length}
    }
  }
  if (furniture.continuation) tree.children.push(furniture.continuation)

  // The source went through the character rule already (`prepareSource`): its tree has none left to find.
  refine(tree, file, {characters: false, language: options.language ?? header.language, speakers: {directory, principal}})
  // After the speakers are known: a header line that only names one is held by the participants.
  tree.removed = [...tree.removed, ...keepHeaderLines(lines, header.taken, tree.removed, tree.meta, tree.participants)].sort(bySource)
  return tree
}

function personOf(mention: Mention): Person {
  const person: Person = {id: slug(mention.name), name: mention.name, role: mention.office, aliases: []}
  if (mention.affiliation) person.affiliation = mention.affiliation
  return person
}

function bySource(a: Removed, b: Removed): number {
  return (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0)
}
