/**
 * Prose that is not speech: a `p` per source paragraph, with the same ids as
 * the `seg`s of speech.
 */
import type {Narrative} from '../../../model.js'
import type {TeiState} from '../state.js'
import {element, type XmlBuilder} from '../xml.js'
import {paragraphAttributes, paragraphContent} from './inline.js'

export function narrative(parent: XmlBuilder, node: Narrative, state: TeiState): void {
  for (const paragraph of node.children) {
    paragraphContent(element(parent, 'p', paragraphAttributes(paragraph)), paragraph, state)
  }
}
