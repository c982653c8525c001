/**
 * How a PDF learns its page total for “Page X of Y”: the one choice that
 * trades time against memory.
 *
 * - `none`: the template’s furniture never prints the total, so each page
 *   gets its furniture as it starts, in one streamed pass.
 * - `held`: one pass with every page held in memory (pdfkit’s
 *   `bufferPages`); the furniture is drawn on each page once the total is
 *   known (`buffered.ts`). Fastest, but memory grows with the transcript.
 * - `measured`: a measuring pass whose bytes are thrown away, then a
 *   streamed pass that writes each page out as the next begins
 *   (`streamed.ts`). Roughly twice the layout time, memory flat apart from
 *   pdfkit’s small per-turn bookkeeping.
 *
 * Transcripts up to `holdPagesUpTo` characters of text are held; longer
 * ones are measured. The default bound is several times the longest
 * transcript of the corpus (17,000 characters), and holding that many
 * pages costs about as much heap as a measured render of a long
 * transcript does anyway (see the README, PDF: streaming and memory).
 */
import {paragraphs, type Transcript} from '../../model.js'
import {needsPageCount} from './furniture.js'
import type {PdfStyle} from './style.js'

export type Pagination = 'none' | 'held' | 'measured'

/** Characters of text up to which a transcript’s pages are held rather than measured. */
export const holdPagesUpTo = 100_000

export function choosePagination(tree: Transcript, style: PdfStyle, limit = holdPagesUpTo): Pagination {
  if (!needsPageCount(style)) return 'none'
  return textLength(tree, limit) <= limit ? 'held' : 'measured'
}

/** Characters of text in the body (notes and paragraphs), counted no further than just past `limit`. */
function textLength(tree: Transcript, limit: number): number {
  let length = 0
  for (const block of tree.children) if (block.type === 'note') length += block.value.length
  for (const {paragraph} of paragraphs(tree)) {
    if (length > limit) break
    for (const inline of paragraph.children) length += inline.value.length
  }
  return length
}
