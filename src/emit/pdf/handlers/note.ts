/**
 * An editorial note the pipeline added (“the other minister’s answer is not
 * in the source”): small italics in brackets, set off from what was said.
 */
import type {Note} from '../../../model.js'
import type {LayoutContext} from '../context.js'
import {skip} from '../typeset.js'
import {setRuns} from './paragraph.js'

export function layoutNote(context: LayoutContext, note: Note): void {
  const {doc, style} = context
  skip(doc, style.turnGap)
  const type = {face: style.label.italic, size: style.sizes.small + 0.5, colour: style.colours.muted}
  context.parent.add(doc.struct('Note', {}, () => setRuns(context, [{text: `[${note.value}]`, type}], 18)))
}
