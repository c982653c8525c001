/**
 * Render a PDF in one layout pass with every page held in memory (pdfkit’s
 * `bufferPages`): the path for transcripts of ordinary length (see
 * `pagination.ts`).
 *
 * The page total is known once layout ends, so the running furniture is
 * drawn then, on each held page in turn, after the page’s own content.
 * Nothing is written downstream until the document is finished.
 */
import type {Transcript} from '../../model.js'
import {closeDocument, openDocument, type DocumentInfo} from './document.js'
import {drawFurniture} from './furniture.js'
import type {Doc} from './document.js'
import {layoutTranscript} from './layout.js'
import type {PdfStyle} from './style.js'

export async function* renderBuffered(tree: Transcript, style: PdfStyle, info: DocumentInfo): AsyncGenerator<Uint8Array> {
  const opened = openDocument(style, info, {bufferPages: true})
  const {doc, root} = opened
  const steps = layoutTranscript(doc, tree, style, {structure: root, outline: doc.outline, cover: style.template.cover})
  while (!steps.next().done);
  numberHeldPages(doc, style, tree)
  closeDocument(opened)
  for await (const chunk of doc) yield chunk as Uint8Array
}

/** Furniture on every held page, now that the total is known. */
function numberHeldPages(doc: Doc, style: PdfStyle, tree: Transcript): void {
  const {start, count} = doc.bufferedPageRange()
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index)
    drawFurniture(doc, style, tree.meta, {page: index + 1, pages: start + count})
  }
}
