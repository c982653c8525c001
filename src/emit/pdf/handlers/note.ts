/**
 * An editorial note the pipeline added (“the other minister’s answer is not
 * in the source”): small italics in brackets, set off from what was said.
 * Its `Note` element has an ID (`note-1`, `t2-note-1` in a packet), as
 * PDF/UA asks of every note.
 */
import type {Note} from '../../../model.js'
import {identify} from '../pdfkit-internals.js'
import type {PdfState} from '../state.js'
import {skip} from '../typeset.js'
import {setRuns} from './paragraph.js'

export function note(node: Note, state: PdfState): void {
  const {doc, style} = state
  skip(doc, style.turnGap)
  const type = {face: style.label.italic, size: style.sizes.small + 0.5, colour: style.colours.muted}
  const element = doc.struct('Note', {}, () => setRuns(state, [{text: `[${node.value}]`, type}], 18))
  state.notes += 1
  identify(doc, element, `${state.destinationPrefix}note-${state.notes}`)
  state.parent.add(element)
}
