/**
 * Inline content of a `seg` (or narrative `p`): one handler per node type,
 * each `(node, state)`, writing into `state.parent`.
 */
import type {Incident, Inline, Paragraph, Text} from '../../../model.js'
import {paragraphId} from '../../conventions.js'
import type {TeiState} from '../state.js'
import {incidentEncoding} from '../vocabulary.js'
import {addText, element, type TeiElement} from '../xml.js'

type InlineHandlers = {
  [Type in Inline['type']]: (node: Extract<Inline, {type: Type}>, state: TeiState) => void
}

export const inlineHandlers: InlineHandlers = {
  text(node: Text, state: TeiState) {
    addText(state.parent, node.value)
  },

  /** The printed text stays: as `desc` of `vocal`/`kinesic`/`gap`/`incident`, or as the `note` itself. */
  incident(node: Incident, state: TeiState) {
    const encoding = incidentEncoding[node.kind] ?? incidentEncoding.other
    const language = node.language === undefined ? undefined : '#' + state.languageIds.get(node.language)
    const attributes = {[encoding.attribute]: encoding.value, corresp: language}
    if (encoding.element === 'note') {
      element(state.parent, 'note', attributes, node.value)
    } else {
      element(element(state.parent, encoding.element, attributes), 'desc', {}, node.value)
    }
  }
}

/** A paragraph element’s attributes: its id, and its language where it is not the document’s. */
export function paragraphAttributes(paragraph: Paragraph): Record<string, string> {
  return paragraph.language ? {'xml:id': paragraphId(paragraph), 'xml:lang': paragraph.language} : {'xml:id': paragraphId(paragraph)}
}

/** Write a paragraph’s inline content into `parent` (its `seg` or `p`). */
export function paragraphContent(parent: TeiElement, paragraph: Paragraph, state: TeiState): void {
  state.parent = parent
  for (const node of paragraph.children) {
    const handler = inlineHandlers[node.type] as (node: Inline, state: TeiState) => void
    handler(node, state)
  }
}
