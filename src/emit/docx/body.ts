/**
 * The content of one transcript as DOCX paragraphs: title block,
 * participants, then the body, walked with one handler per node type.
 *
 * Kept apart from packing a Document so that a briefing packet can put
 * several transcripts in one file.
 */
import type {Paragraph} from 'docx'
import type {Transcript} from '../../model.js'
import type {Template} from '../../template/schema.js'
import {heading, participantList, titleBlock} from './front-matter.js'
import {block} from './handlers/index.js'
import type {BodyState} from './state.js'

export interface ContentOptions {
  /** Start the body on a new page (after a cover page). */
  bodyOnNewPage?: boolean
  /** Prefix for bookmark names, unique per transcript in a packet. */
  idPrefix?: string
}

/** The body alone: turns, narrative and notes, in reading order. */
export function transcriptBody(tree: Transcript, template: Template, idPrefix = ''): Paragraph[] {
  const state: BodyState = {tree, template, idPrefix}
  return tree.children.flatMap((node) => block(node, state))
}

/** Everything one transcript contributes to a document. */
export function transcriptContent(tree: Transcript, template: Template, options: ContentOptions = {}): Paragraph[] {
  return [
    ...titleBlock(tree),
    ...participantList(tree),
    heading('Transcript', {pageBreakBefore: options.bodyOnNewPage}),
    ...transcriptBody(tree, template, options.idPrefix)
  ]
}
