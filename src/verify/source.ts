/**
 * Verify the reader against the source itself, not only the outputs against
 * the tree: every word of an input must be in the tree (its speech, labels,
 * stage directions, notes) unless the tree records it as set aside
 * (`removed`, with its reason). For plain text that is every word from the
 * start; for TEI every word of `<text>`; for Markdown every word
 * after the front matter; for captions (WebVTT, SRT) every word of the cues'
 * text, not their timings, identifiers, tags or `NOTE` and `STYLE` blocks,
 * and a rolling caption's repeated line once; for a web page every word of
 * its visible text (text outside script, style, template and noscript, its
 * `<title>` too); for a Word file every word of its document, running headers
 * and footers, and notes.
 * Outputs are checked against the tree (`./index.ts`); this closes the gap
 * between the file and the tree, so a word the reader dropped cannot pass.
 *
 * Words, not sentences, are compared, counted: a label the tree keeps apart
 * from its speech, a dash the typography repair restored or a page break
 * joined leaves the words the same.
 */
import type {Nodes as MdNodes} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Position, Transcript} from '../model.js'
import {VFile} from 'vfile'
import {metadataWords, wordPattern, wordsOf} from '../parse/words.js'
import {captionText} from '../read/captions/index.js'
import {divisionType} from '../emit/tei/vocabulary.js'
import {first, parseXml, type XmlNode} from '../read/tei/xml.js'
import {docxParts, openDocx} from '../read/docx/index.js'
import {pageBlocks} from '../read/html/page.js'
import {pointsOf} from '../util/points.js'

export interface LostWord {
  /** The word, as the source has it. */
  word: string
  /** Where the source has it (its first occurrence the tree lacks). */
  position: Position['start']
  /** How many times the source has it beyond what the tree holds. */
  missing: number
}

/** Which reader read the source: what counts as its words depends on it. */
export type SourceKind = 'text' | 'markdown' | 'tei' | 'vtt' | 'srt' | 'html' | 'docx'

/** A word of the source and where it stands. */
interface SourceWord {
  word: string
  position: Position['start']
}

/**
 * The words of `source` (the text the reader was given, after decoding; a
 * Word file's bytes) that the tree neither holds nor sets aside.
 */
export function lostSourceWords(source: string | Uint8Array, tree: Transcript, kind: SourceKind = 'text'): LostWord[] {
  const held = new Map<string, number>()
  const hold = (word: string) => held.set(word, (held.get(word) ?? 0) + 1)
  for (const word of treeWords(tree)) hold(word)
  // Plain text sets aside by position; the readers of TEI and Markdown keep what was set aside as text.
  if (kind !== 'text') for (const item of tree.removed) for (const word of wordsOf(item.value)) hold(word)

  const lost = new Map<string, LostWord>()
  const words = sourceWords(source, tree, kind)
  for (const {word: spelt, position} of words) {
    const word = spelt.toLowerCase()
    const count = held.get(word) ?? 0
    if (count > 0) {
      held.set(word, count - 1)
      continue
    }
    const known = lost.get(word)
    if (known) known.missing++
    else lost.set(word, {word: spelt, position, missing: 1})
  }
  return [...lost.values()]
}

/** A paragraph of speech the tree set aside: a label always opens speech, so set aside it is lost. */
export interface SpeechSetAside {
  label: string
  position: Position['start']
  reason: string
}

/**
 * What the tree set aside that opens with a label its participants speak under
 * (`SECRETARY KERRY: …` after a stray `***`): a label always wins, so a
 * reader that set such a line aside as a footer dropped speech, though every
 * word of it is accounted for in `removed`.
 */
export function speechSetAside(tree: Transcript): SpeechSetAside[] {
  const labels = new Set<string>()
  const add = (label: string | undefined) => label && label.length > 1 && labels.add(label.toLowerCase())
  for (const participant of tree.participants) for (const label of participant.labels) add(label)
  for (const block of tree.children) if (block.type === 'turn') add(block.label)
  const found: SpeechSetAside[] = []
  for (const item of tree.removed) {
    // A teaser or a repeat opens with a label by nature: the speech it repeats is in the tree.
    if (item.reason === 'teaser' || item.reason === 'duplicate') continue
    for (const [index, line] of item.value.split('\n').entries()) {
      const label = /^\s*([^:\n]{2,80}):\s+\S/.exec(line)?.[1].trim()
      if (!label || !labels.has(label.toLowerCase())) continue
      const start = item.position?.start
      found.push({label, reason: item.reason, position: {line: (start?.line ?? 1) + index, column: index === 0 ? start?.column ?? 1 : 1}})
      break
    }
  }
  return found
}

function sourceWords(source: string | Uint8Array, tree: Transcript, kind: SourceKind): Iterable<SourceWord> {
  if (kind === 'docx') return docxWords(typeof source === 'string' ? new TextEncoder().encode(source) : source)
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source)
  if (kind === 'tei') return teiWords(text)
  if (kind === 'markdown') return markdownWords(text)
  if (kind === 'html') return htmlWords(text)
  if (kind === 'vtt' || kind === 'srt') return captionWords(text, kind)
  return textWords(text, tree)
}

/** The words of a page's visible text, placed at the start of their line in the HTML. */
function* htmlWords(source: string): Generator<SourceWord> {
  const place = pointsOf(source)
  for (const block of pageBlocks(source)) {
    for (const line of block.lines) {
      const position = place(line.start ?? 0)
      for (const match of line.text.matchAll(wordPattern)) yield {word: match[0], position}
    }
  }
}

/** The words of a Word file's paragraphs, placed at their paragraph (line `n` is the `n`th of the document). */
function* docxWords(bytes: Uint8Array): Generator<SourceWord> {
  const {body, running, notes} = docxParts(openDocx(bytes))
  for (const [index, paragraph] of body.entries()) {
    for (const line of paragraph.lines) for (const match of line.text.matchAll(wordPattern)) yield {word: match[0], position: {line: index + 1, column: 1}}
  }
  for (const {paragraphs} of [...running, ...notes]) {
    for (const paragraph of paragraphs) for (const line of paragraph.lines) for (const match of line.text.matchAll(wordPattern)) yield {word: match[0], position: {line: 1, column: 1}}
  }
}

/**
 * The words of plain text, except what the tree set aside: every line of the
 * header too, since the parser sets aside each header line whose words the
 * metadata does not hold (`parse/header-lines.ts`).
 */
function* textWords(source: string, tree: Transcript): Generator<SourceWord> {
  const setAside = tree.removed
    .map((item) => item.position)
    .filter((position): position is Position => position?.start.offset !== undefined && position.end.offset !== undefined)
    .map((position) => [position.start.offset!, position.end.offset!] as const)
    .sort((a, b) => a[0] - b[0])
  const place = pointsOf(source)
  let range = 0
  for (const match of source.matchAll(wordPattern)) {
    const offset = match.index
    while (range < setAside.length && setAside[range][1] <= offset) range++
    if (range < setAside.length && setAside[range][0] <= offset) continue
    yield {word: match[0], position: place(offset)}
  }
}

/** The words of a TEI document's `<text>` (its header is metadata), placed at the element that holds them. */
function* teiWords(source: string): Generator<SourceWord> {
  const text = first(parseXml(source), 'text')
  if (!text) return
  const pending: Array<{node: XmlNode; line: number; column: number}> = [{node: text, line: text.line, column: text.column}]
  while (pending.length > 0) {
    const {node, line, column} = pending.pop()!
    if (node.type === 'text') {
      for (const match of node.value.matchAll(wordPattern)) yield {word: match[0], position: {line, column}}
      continue
    }
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index]
      // The heading the emitter gives what was set aside is its own words, not the source's.
      if (child.type === 'element' && child.name === 'head' && node.name === 'div' && node.attributes.type === divisionType.removed) continue
      pending.push({node: child, line: node.line, column: node.column})
    }
  }
}

/** The words of a caption file's cues, as its reader finds them (`read/captions`), placed at their lines. */
function* captionWords(source: string, kind: 'vtt' | 'srt'): Generator<SourceWord> {
  // A file of its own: the reader's warnings were given when the tree was read.
  for (const {text, line, column} of captionText(source, kind, new VFile())) {
    for (const match of text.matchAll(wordPattern)) yield {word: match[0], position: {line, column}}
  }
}

/** The `¶3 ` the Markdown emitter numbers a paragraph with: presentation, not a word of the transcript. */
const paragraphNumber = /^¶\d+ /

const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** The words of Markdown after its front matter: text, code and image descriptions. */
function* markdownWords(source: string): Generator<SourceWord> {
  const root = markdownProcessor.parse(source)
  const pending: MdNodes[] = [...root.children].reverse()
  while (pending.length > 0) {
    const node = pending.pop()!
    if (node.type === 'yaml') continue
    const value = node.type === 'image' || node.type === 'imageReference' ? node.alt ?? '' : 'value' in node ? node.value.replace(paragraphNumber, '') : ''
    const start = node.position?.start ?? {line: 1, column: 1}
    for (const match of value.matchAll(wordPattern)) yield {word: match[0], position: {line: start.line, column: start.column}}
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index])
  }
}

/**
 * Every word the tree holds: speech, narrative, labels and timestamps, stage
 * directions, notes, the participants, and the metadata the header gave (a
 * date as the words a source spells it with: `April 30, 2010`).
 */
function* treeWords(tree: Transcript): Generator<string> {
  yield* metadataWords(tree.meta, tree.participants)
  const texts: string[] = []
  for (const block of tree.children) {
    if (block.type === 'note') {
      // Its kind too: the Markdown spells it out (`*[omission: …]*`).
      texts.push(block.kind, block.value)
      continue
    }
    if (block.type === 'turn') texts.push(block.label ?? '', block.start ?? '', block.end ?? '', JSON.stringify(block.questioner ?? ''), block.addressee ?? '')
    for (const paragraph of block.children) for (const node of paragraph.children) texts.push(node.value)
  }
  for (const text of texts) yield* wordsOf(text)
}
