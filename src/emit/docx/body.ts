/**
 * The content of one transcript as DOCX paragraphs: title block,
 * participants, then the body, walked with one handler per node type.
 *
 * Kept apart from packing a Document so that a briefing packet can put
 * several transcripts in one file.
 */
import type {Paragraph} from 'docx'
import {heading, participantList, titleBlock} from './front-matter.js'
import {block} from './handlers/index.js'
import type {DocxState} from './state.js'

export interface ContentOptions {
  /** Start the body on a new page (after a cover page). */
  bodyOnNewPage?: boolean
}

/** The body alone: turns, narrative and notes, in reading order. */
export function transcriptBody(state: DocxState): Paragraph[] {
  return state.tree.children.flatMap((node) => block(node, state))
}

/** Everything one transcript contributes to a document. */
export function transcriptContent(state: DocxState, options: ContentOptions = {}): Paragraph[] {
  return [
    ...titleBlock(state.tree, state.template.fonts.label),
    ...participantList(state.tree, state.template.fonts.label),
    heading('Transcript', {pageBreakBefore: options.bodyOnNewPage}),
    ...transcriptBody(state)
  ]
}
