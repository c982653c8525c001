/**
 * One handler per kind of body block, in the shape every emitter shares
 * (`../../handlers.ts`). Section headings, the title block and paragraphs
 * have handlers of the same shape, called by `layout.ts` and the blocks.
 */
import type {BlockHandlers} from '../../handlers.js'
import type {PdfState} from '../state.js'
import {narrative} from './narrative.js'
import {note} from './note.js'
import {turn} from './turn.js'

export const blockHandlers: BlockHandlers<PdfState, void> = {turn, narrative, note}
