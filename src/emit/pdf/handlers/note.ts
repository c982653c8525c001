/**
 * An editorial note the pipeline added (“the other minister’s answer is not
 * in the source”): small italics in brackets, set off from what was said.
 */
import type {Note} from '../../../model.js'
import type {PdfState} from '../state.js'
import {skip} from '../typeset.js'
import {setRuns} from './paragraph.js'

export function note(node: Note, state: PdfState): void {
  const {doc, style} = state
  skip(doc, style.turnGap)
  const type = {face: style.label.italic, size: style.sizes.small + 0.5, colour: style.colours.muted}
  state.parent.add(doc.struct('Note', {}, () => setRuns(state, [{text: `[${node.value}]`, type}], 18)))
}
