/**
 * The content of one transcript as DOCX paragraphs: title block,
 * participants, then the body, walked with one handler per node type, under
 * the section headings the PDF prints (“Opening statements”, “Questions and
 * answers”: `planSections`), so both show the same document.
 *
 * Kept apart from packing a Document so that a briefing packet can put
 * several transcripts in one file.
 */
import type {Paragraph} from 'docx'
import {planSections} from '../sections.js'
import {heading, participantList, titleBlock} from './front-matter.js'
import {block} from './handlers/index.js'
import {takePageBreak, type DocxState} from './state.js'

export interface ContentOptions {
  /** Start the body on a new page (after a cover page). */
  bodyOnNewPage?: boolean
}

/**
 * The body alone: turns, narrative and notes, in reading order, each section
 * under its heading when there is more than one (a single one has none, as
 * in the PDF).
 */
export function transcriptBody(state: DocxState): Paragraph[] {
  const plan = planSections(state.tree)
  return plan.blocks.flatMap(({block: node, section}) => {
    const head = section && plan.sectioned ? [heading(section.title, {pageBreakBefore: takePageBreak(state)})] : []
    return [...head, ...block(node, state)]
  })
}

/** Everything one transcript contributes to a document. */
export function transcriptContent(state: DocxState, options: ContentOptions = {}): Paragraph[] {
  const front = [...titleBlock(state.tree, state.template.fonts.label), ...participantList(state.tree, state.template.fonts.label)]
  if (options.bodyOnNewPage) state.pageBreakBefore = true
  return [...front, ...transcriptBody(state)]
}
