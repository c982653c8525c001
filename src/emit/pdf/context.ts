/**
 * What the handlers share while one transcript is laid out.
 */
import type {Transcript} from '../../model.js'
import type {Doc} from './internals.js'
import type {PdfStyle} from './style.js'

/** Where each turn and paragraph landed: 1-based page numbers of the whole document. */
export interface LayoutReport {
  /** Page the transcript starts on. */
  firstPage: number
  /** Page it ends on. */
  lastPage: number
  /** By turn id (`u3`). */
  turns: Map<string, number>
  /** By paragraph id (`p7`). */
  paragraphs: Map<string, number>
}

/** The bookmarks currently open, innermost last. */
export interface OutlineCursor {
  /** The transcript’s own bookmark (a chapter, in a packet). */
  transcript: PDFKit.PDFOutline
  section?: PDFKit.PDFOutline
  exchange?: PDFKit.PDFOutline
}

export interface LayoutContext {
  doc: Doc
  style: PdfStyle
  tree: Transcript
  /** Structure element that new content hangs from. */
  parent: PDFKit.PDFStructureElement
  /** Heading level of speaker labels: 2, or 3 under printed section headings. */
  labelLevel: number
  /** Prefix of named destinations, so several transcripts can share one PDF. */
  destinationPrefix: string
  outline: OutlineCursor
  report: LayoutReport
}
