/**
 * One handler per node type: transcript nodes to mdast.
 *
 * The conventions, which the Markdown reader relies on:
 * - every paragraph starts with its number, `¶7 `;
 * - a turn’s first paragraph follows the number with the label in strong
 *   emphasis, `**SECRETARY KERRY:**` (an unlabelled turn: `**[Sergey Lavrov]:**`),
 *   and the time it was spoken in code, where the source gives one (`` `00:12` ``),
 *   and who asks a question, in emphasis in square brackets (words the editor
 *   supplies): `**QUESTION:** *[Arshad Mohammed, Reuters]*`;
 * - a stage direction is emphasis around the note as printed, `*(Laughter.)*`;
 * - narrative is a block quote; an editorial note is an emphasised
 *   paragraph in square brackets, `*[omission: …]*`.
 */
import type {BlockContent, Paragraph as MdParagraph, PhrasingContent} from 'mdast'
import type {Incident, Narrative, Note, Paragraph, Text, Transcript, Turn} from '../../../model.js'
import {displayLabel, paragraphMark, questionerLine, timeSpan} from '../../conventions.js'
import type {BlockHandlers} from '../../handlers.js'

/** What the handlers of one rendering share. */
export interface State {
  tree: Transcript
}

export function createState(tree: Transcript): State {
  return {tree}
}

export function turn(node: Turn, state: State): BlockContent[] {
  const label: PhrasingContent[] = [{type: 'strong', children: [{type: 'text', value: displayLabel(state.tree, node)}]}]
  // When it was spoken, in code after the label: `**Matt:** `00:12``.
  const time = timeSpan(node)
  if (time) label.push({type: 'text', value: ' '}, {type: 'inlineCode', value: time})
  // Who asks, as the PDF and DOCX show it beside the label (`turnAside`).
  if (node.questioner) label.push({type: 'text', value: ' '}, {type: 'emphasis', children: [{type: 'text', value: `[${questionerLine(node.questioner)}]`}]})
  // A turn with nothing transcribed is its label alone, with no paragraph number.
  if (node.children.length === 0) return [{type: 'paragraph', children: label}]
  return node.children.map((child, index) => {
    const result = paragraph(child, state)
    if (index === 0) result.children.splice(1, 0, ...label, {type: 'text', value: ' '})
    return result
  })
}

export function narrative(node: Narrative, state: State): BlockContent[] {
  return [{type: 'blockquote', children: node.children.map((child) => paragraph(child, state))}]
}

export function note(node: Note, _state: State): BlockContent[] {
  return [{type: 'paragraph', children: [{type: 'emphasis', children: [{type: 'text', value: `[${node.kind}: ${node.value}]`}]}]}]
}

export function paragraph(node: Paragraph, _state: State): MdParagraph {
  return {
    type: 'paragraph',
    children: [{type: 'text', value: paragraphMark(node) + ' '}, ...node.children.map(inline)]
  }
}

function inline(node: Text | Incident): PhrasingContent {
  return node.type === 'incident' ? incident(node) : text(node)
}

export function text(node: Text): PhrasingContent {
  return {type: 'text', value: node.value}
}

export function incident(node: Incident): PhrasingContent {
  return {type: 'emphasis', children: [{type: 'text', value: node.value}]}
}

/** One handler per block type. */
export const blockHandlers: BlockHandlers<State, BlockContent[]> = {turn, narrative, note}
