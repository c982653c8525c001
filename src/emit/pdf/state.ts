/**
 * What the handlers share while one transcript is laid out, made by
 * `createState` for each transcript: the document and its style, the tree,
 * where new structure and bookmarks go, and where everything landed.
 */
import type {Transcript} from '../../model.js'
import {titleOf} from '../conventions.js'
import {currentPageNumber, type Doc} from './document.js'
import {addBookmark, addDestination} from './outline.js'
import {planSections, type SectionPlan} from '../sections.js'
import type {PdfStyle} from './style.js'

/** Where in an open document a transcript is laid out. */
export interface LayoutTarget {
  /** Structure element the transcript’s structure hangs from (the `Document` root, or a packet’s chapter). */
  structure: PDFKit.PDFStructureElement
  /** Bookmark the transcript’s bookmarks go under (the outline root, or a chapter). */
  outline: PDFKit.PDFOutline
  /** Prefix of named destinations (`t2-` in a packet), `''` for one transcript. */
  destinationPrefix?: string
  /** Set the title block on a page of its own (the template’s `cover`). */
  cover?: boolean
}

/** What a transcript is laid out into: the open document, its style, the place in it. */
export interface PdfContext {
  doc: Doc
  style: PdfStyle
  target: LayoutTarget
}

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

export interface PdfState {
  doc: Doc
  style: PdfStyle
  tree: Transcript
  /** The body grouped into sections and exchanges (`sections.ts`). */
  plan: SectionPlan
  /** Structure element of the whole transcript (`target.structure`). */
  root: PDFKit.PDFStructureElement
  /** Structure element that new content hangs from: the root, or the open section. */
  parent: PDFKit.PDFStructureElement
  /** Heading level of speaker labels: 2, or 3 under printed section headings. */
  labelLevel: number
  /** Prefix of named destinations, so several transcripts can share one PDF. */
  destinationPrefix: string
  outline: OutlineCursor
  report: LayoutReport
  /** Notes set so far: the last one's number, for its ID. */
  notes: number
}

/**
 * The state for laying `tree` out at the current position of `context.doc`.
 * The transcript's bookmark, under which all of its own go, is made here,
 * pointing at the title about to be set.
 */
export function createState(tree: Transcript, context: PdfContext): PdfState {
  const {doc, style, target} = context
  const plan = planSections(tree)
  const prefix = target.destinationPrefix ?? ''
  const page = currentPageNumber(doc)
  addDestination(doc, prefix + 'title', doc.y)
  return {
    doc,
    style,
    tree,
    plan,
    root: target.structure,
    parent: target.structure,
    labelLevel: plan.sectioned ? 3 : 2,
    destinationPrefix: prefix,
    outline: {transcript: addBookmark(target.outline, titleOf(tree.meta), prefix + 'title')},
    report: {firstPage: page, lastPage: page, turns: new Map(), paragraphs: new Map()},
    notes: 0
  }
}
