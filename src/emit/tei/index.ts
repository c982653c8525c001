/**
 * The `tei` emitter: TEI P5 XML in the manner of ParlaMint (Parla-CLARIN) and
 * TEI P5 chapter 8, *Transcriptions of Speech*. Everything in the tree is
 * encoded so that `fromTei` (`src/read/tei`) gets the same tree back. The
 * encoding is documented in the README (TEI-XML for archives), its subset of TEI in
 * `schema/verbatim-tei.rnc`.
 */
import type {VFile} from 'vfile'
import type {EmitContext, Emitter} from '../emitter.js'
import type {Transcript} from '../../model.js'
import {back} from './back.js'
import {body} from './handlers/index.js'
import {teiHeader} from './header/index.js'
import {createState} from './state.js'
import {elementOnly} from './vocabulary.js'
import {forbiddenCharacters} from '../../util/xml.js'
import {createDocument, element, serialize} from './xml.js'

/** `forbiddenCharacters` without the global flag, for a test that keeps no state. */
const forbidden = new RegExp(forbiddenCharacters.source)

export function toTei(tree: Transcript, context: EmitContext): string {
  if (context.file) warnForbidden(tree, context.file)
  const state = createState(tree, context)
  const root = createDocument('TEI', {'xml:id': state.documentId, 'xml:lang': tree.meta.language}, elementOnly)
  teiHeader(root, state)
  const text = element(root, 'text')
  body(text, tree, state)
  back(text, tree)
  return serialize(root)
}

export const teiEmitter: Emitter = {
  name: 'tei',
  extension: 'tei.xml',
  description: 'TEI P5 XML (transcription of speech, in the manner of ParlaMint)',
  render: toTei
}

/** XML 1.0 cannot carry some control characters: say where they were replaced. */
function warnForbidden(tree: Transcript, file: VFile): void {
  for (const block of tree.children) {
    if (block.type === 'note') continue
    for (const paragraph of block.children) {
      for (const inline of paragraph.children) {
        if (forbidden.test(inline.value)) {
          file.message('a character XML 1.0 does not allow was replaced with U+FFFD in the TEI', {
            place: inline.position ?? paragraph.position,
            ruleId: 'xml-character',
            source: 'verbatim:tei'
          })
        }
      }
    }
  }
}
