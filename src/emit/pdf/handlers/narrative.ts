/**
 * Narrative: prose that is not speech (a news article’s introduction), set
 * as numbered paragraphs without a speaker label.
 */
import type {Narrative} from '../../../model.js'
import type {LayoutContext} from '../context.js'
import {skip} from '../typeset.js'
import {layoutParagraph} from './paragraph.js'

export function layoutNarrative(context: LayoutContext, narrative: Narrative): void {
  const {doc, style} = context
  const element = doc.struct('Div')
  context.parent.add(element)
  narrative.children.forEach((paragraph, index) => {
    skip(doc, index === 0 ? style.turnGap : style.paragraphGap)
    layoutParagraph(context, paragraph, element)
  })
  element.end()
}
