/**
 * Lay out one transcript into an open PDF document, from the current page
 * on. This is the part a briefing packet reuses for each of its chapters;
 * creating the document, running furniture and finishing are `render.ts`’s.
 *
 * It is a generator that yields after each block, so the caller can pass
 * the bytes written so far downstream before laying out more: that is what
 * keeps memory flat however long the transcript. Its return value reports
 * the page every turn and paragraph landed on.
 */
import type {Block, Transcript} from '../../model.js'
import type {LayoutContext, LayoutReport} from './context.js'
import {layoutNarrative} from './handlers/narrative.js'
import {layoutNote} from './handlers/note.js'
import {layoutSection} from './handlers/section.js'
import {layoutTitleBlock} from './handlers/title-block.js'
import {layoutTurn} from './handlers/turn.js'
import {addDestination, currentPageNumber, pointOutlineAt, type Doc} from './internals.js'
import {bookmark} from './outline.js'
import {planSections} from './sections.js'
import type {PdfStyle} from './style.js'
import {titleOf} from '../conventions.js'

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

/** One handler per kind of body block. */
const handlers: {[Kind in Block['type']]: (context: LayoutContext, block: Extract<Block, {type: Kind}>) => void} = {
  turn: layoutTurn,
  narrative: layoutNarrative,
  note: layoutNote
}

export function* layoutTranscript(
  doc: Doc,
  tree: Transcript,
  style: PdfStyle,
  target: LayoutTarget
): Generator<void, LayoutReport, void> {
  const plan = planSections(tree)
  const prefix = target.destinationPrefix ?? ''
  const title = titleOf(tree.meta)
  const report: LayoutReport = {
    firstPage: currentPageNumber(doc),
    lastPage: currentPageNumber(doc),
    turns: new Map(),
    paragraphs: new Map()
  }
  const context: LayoutContext = {
    doc,
    style,
    tree,
    parent: target.structure,
    labelLevel: plan.sectioned ? 3 : 2,
    destinationPrefix: prefix,
    outline: {transcript: target.outline.addItem(title)},
    report
  }
  // The transcript’s bookmark points at its title.
  addDestination(doc, prefix + 'title', doc.y)
  pointOutlineAt(context.outline.transcript, prefix + 'title')

  layoutTitleBlock(context, target.structure)
  if (target.cover) doc.addPage()
  yield

  for (const planned of plan.blocks) {
    if (planned.section && plan.sectioned) layoutSection(context, planned.section, target.structure)
    if (planned.exchange) {
      bookmark(context, 'exchange', planned.exchange.title, `${prefix}u${firstTurnNumber(planned.block)}`)
    }
    const block = planned.block
    ;(handlers[block.type] as (context: LayoutContext, block: Block) => void)(context, block)
    report.lastPage = currentPageNumber(doc)
    yield
  }
  if (context.parent !== target.structure) context.parent.end()
  return report
}

function firstTurnNumber(block: Block): number {
  return block.type === 'turn' ? block.n : 0
}
