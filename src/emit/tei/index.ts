/**
 * The `tei` emitter: TEI P5 XML in the manner of ParlaMint (Parla-CLARIN) and
 * TEI P5 chapter 8, *Transcriptions of Speech*. Everything in the tree is
 * encoded so that `fromTei` (`src/read/tei`) gets the same tree back. The
 * encoding is documented in the README (TEI-XML for archives), its subset of TEI in
 * `schema/verbatim-tei.rnc`.
 *
 * The tree holds no character XML 1.0 cannot carry (that is checked once,
 * when a tree is parsed or read), so the emitter only escapes.
 */
import type {EmitContext, Emitter} from '../emitter.js'
import type {Transcript} from '../../model.js'
import {back} from './back.js'
import {body} from './handlers/index.js'
import {teiHeader} from './header/index.js'
import {createState} from './state.js'
import {serialize} from './xml.js'

export function toTei(tree: Transcript, context: EmitContext): string {
  const state = createState(tree, context)
  teiHeader(state)
  body(state)
  back(state)
  return serialize(state.root)
}

export const teiEmitter: Emitter = {
  name: 'tei',
  extension: 'tei.xml',
  description: 'TEI P5 XML (transcription of speech, in the manner of ParlaMint)',
  render: toTei
}
