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
import {handle} from '../handlers.js'
import {currentPageNumber, type Doc} from './document.js'
import {blockHandlers} from './handlers/index.js'
import {section} from './handlers/section.js'
import {titleBlock} from './handlers/title-block.js'
import {bookmark} from './outline.js'
import {createState, type LayoutReport, type LayoutTarget} from './state.js'
import type {PdfStyle} from './style.js'

export type {LayoutTarget} from './state.js'

export function* layoutTranscript(
  doc: Doc,
  tree: Transcript,
  style: PdfStyle,
  target: LayoutTarget
): Generator<void, LayoutReport, void> {
  const state = createState(tree, {doc, style, target})
  titleBlock(tree, state)
  if (target.cover) doc.addPage()
  yield

  const {plan, report} = state
  for (const planned of plan.blocks) {
    if (planned.section && plan.sectioned) section(planned.section, state)
    if (planned.exchange) {
      bookmark(state, 'exchange', planned.exchange.title, `${state.destinationPrefix}u${firstTurnNumber(planned.block)}`)
    }
    handle(blockHandlers, planned.block, state)
    report.lastPage = currentPageNumber(doc)
    yield
  }
  if (state.parent !== state.root) state.parent.end()
  return report
}

function firstTurnNumber(block: Block): number {
  return block.type === 'turn' ? block.n : 0
}
