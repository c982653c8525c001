/**
 * Narrative: prose that is not speech (a news article’s introduction), set
 * as numbered paragraphs without a speaker label.
 */
import type {Narrative} from '../../../model.js'
import type {PdfState} from '../state.js'
import {skip} from '../typeset.js'
import {paragraph} from './paragraph.js'

export function narrative(node: Narrative, state: PdfState): void {
  const {doc, style} = state
  const element = doc.struct('Div')
  state.parent.add(element)
  node.children.forEach((child, index) => {
    skip(doc, index === 0 ? style.turnGap : style.paragraphGap)
    paragraph(child, state, element)
  })
  element.end()
}
