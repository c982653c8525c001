/**
 * Render a PDF page by page, never holding more than the current page:
 * the path for long transcripts (see `pagination.ts`).
 *
 * When the furniture prints the page total, a measuring pass lays the
 * transcript out into a document whose bytes are thrown away, to learn it;
 * the real pass then draws the furniture as each page starts and hands each
 * page’s bytes downstream once the next page begins. Layout is
 * deterministic, so both passes break pages identically.
 */
import type {Transcript} from '../../model.js'
import {closeDocument, openDocument, type DocumentInfo} from './document.js'
import {pageFurniture} from './furniture.js'
import type {Doc} from './document.js'
import {layoutTranscript} from './layout.js'
import type {PdfStyle} from './style.js'

/** Everything pdfkit has written so far. */
function* drain(doc: Doc): Generator<Uint8Array> {
  let chunk: Uint8Array | null
  while ((chunk = doc.read() as Uint8Array | null) !== null) yield chunk
}

/** Lay the transcript out without furniture, discarding the bytes: how many pages? */
export function countPages(tree: Transcript, style: PdfStyle, info: DocumentInfo): number {
  const {doc, root} = openDocument(style, info, {compress: false})
  const steps = layoutTranscript(doc, tree, style, {structure: root, outline: doc.outline, cover: style.template.cover})
  let step = steps.next()
  while (!step.done) {
    for (const _ of drain(doc)) void _
    step = steps.next()
  }
  return step.value.lastPage
}

/** The streamed pass; `pages` is the total from `countPages`, or 0 when the furniture does not print it. */
export async function* renderStreamed(
  tree: Transcript,
  style: PdfStyle,
  info: DocumentInfo,
  pages: number
): AsyncGenerator<Uint8Array> {
  const opened = openDocument(style, info, {onPage: pageFurniture(style, tree.meta, () => pages)})
  const {doc, root} = opened
  const steps = layoutTranscript(doc, tree, style, {structure: root, outline: doc.outline, cover: style.template.cover})
  let step = steps.next()
  while (!step.done) {
    yield* drain(doc)
    step = steps.next()
  }
  closeDocument(opened)
  for await (const chunk of doc) yield chunk as Uint8Array
}
