/**
 * Prose that is not speech: a `div[@type="narrative"]` of its own, holding a
 * `p` per source paragraph, with the same ids as the `seg`s of speech.
 */
import type {Narrative} from '../../../model.js'
import type {TeiState} from '../state.js'
import {divisionType} from '../vocabulary.js'
import {element} from '../xml.js'
import {division} from './division.js'
import {paragraphAttributes, paragraphContent} from './inline.js'

export function narrative(node: Narrative, state: TeiState): void {
  // Turns after it go into a new transcript division.
  state.transcript = undefined
  const div = division(state, divisionType.narrative)
  for (const paragraph of node.children) {
    paragraphContent(element(div, 'p', paragraphAttributes(paragraph)), paragraph, state)
  }
}
