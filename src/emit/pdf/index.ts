/**
 * The `pdf` emitter: a typeset, tagged, bookmarked PDF with embedded PT
 * Serif / PT Sans, streamed page by page.
 */
import type {Emitter} from '../emitter.js'
import {renderPdf} from './render.js'

export const pdfEmitter: Emitter = {
  name: 'pdf',
  extension: 'pdf',
  description: 'typeset PDF (tagged, bookmarked, fonts embedded), laid out by the presentation template',
  render(tree, context) {
    return renderPdf(tree, context)
  }
}

export {layoutTranscript, type LayoutTarget} from './layout.js'
export type {LayoutReport} from './state.js'
export {openDocument} from './document.js'
export {pdfStyle} from './style.js'
