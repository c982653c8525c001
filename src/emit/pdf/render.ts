/**
 * Render one transcript to PDF as a stream of chunks.
 *
 * Two passes over the same layout: a measuring pass into a document whose
 * bytes are thrown away, to learn the page count that “Page X of Y” needs;
 * then the real pass, which draws the furniture as each page starts and
 * hands each page’s bytes downstream once the next page begins. Layout is
 * deterministic, so both passes break pages identically. No pass holds more
 * than the current page, so memory stays flat however long the transcript.
 */
import type {Transcript} from '../../model.js'
import type {EmitContext} from '../emitter.js'
import {fonts} from '../fonts.js'
import {missingGlyphs} from '../glyphs.js'
import {openDocument, type DocumentInfo} from './document.js'
import {needsPageCount, pageFurniture} from './furniture.js'
import type {Doc} from './internals.js'
import {layoutTranscript} from './layout.js'
import {pdfStyle, type PdfStyle} from './style.js'

/** The info dictionary: title, the officials as authors, the event as subject. */
export function documentInfo(tree: Transcript, context: EmitContext): DocumentInfo {
  const meta = tree.meta
  const officials = tree.participants.filter((person) => person.kind === 'official' && !person.group)
  const names = tree.participants.filter((person) => !person.group).map((person) => person.name)
  return {
    title: meta.title ?? 'Untitled transcript',
    author: officials.map((person) => person.name).join(', ') || meta.source?.publisher,
    subject: [meta.eventType, meta.date, meta.source?.publisher].filter(Boolean).join(', ') || undefined,
    keywords: [...new Set([...names, meta.place?.city, meta.place?.country, meta.eventType])]
      .filter(Boolean)
      .join(', '),
    language: meta.language || 'en',
    date: context.timestamp,
    creator: `Verbatim ${context.version}`
  }
}

/** Everything pdfkit has written so far. */
function* drain(doc: Doc): Generator<Uint8Array> {
  let chunk: Uint8Array | null
  while ((chunk = doc.read() as Uint8Array | null) !== null) yield chunk
}

/** Lay the transcript out without furniture, discarding the bytes: how many pages? */
function countPages(tree: Transcript, style: PdfStyle, info: DocumentInfo): number {
  const {doc, root} = openDocument(style, info, {compress: false})
  const steps = layoutTranscript(doc, tree, style, {structure: root, outline: doc.outline, cover: style.template.cover})
  let step = steps.next()
  while (!step.done) {
    for (const _ of drain(doc)) void _
    step = steps.next()
  }
  return step.value.lastPage
}

export async function* renderPdf(tree: Transcript, context: EmitContext): AsyncGenerator<Uint8Array> {
  const style = pdfStyle(context.template)
  const missing = missingGlyphs(tree, [fonts.serif.regular, fonts.sans.regular])
  if (missing && context.file) {
    const reason = `The PDF’s fonts cannot draw “${missing.characters.slice(0, 40)}”: those characters are missing from the PDF`
    context.file.message(reason, missing.position).ruleId = 'missing-glyphs'
  }
  const info = documentInfo(tree, context)
  const pages = needsPageCount(style) ? countPages(tree, style, info) : 0

  const {doc, root} = openDocument(style, info, {onPage: pageFurniture(style, tree.meta, () => pages)})
  const steps = layoutTranscript(doc, tree, style, {structure: root, outline: doc.outline, cover: style.template.cover})
  let step = steps.next()
  while (!step.done) {
    yield* drain(doc)
    step = steps.next()
  }
  root.end()
  doc.end()
  for await (const chunk of doc) yield chunk as Uint8Array
}
