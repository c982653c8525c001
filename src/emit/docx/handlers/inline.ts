/**
 * Inline content of a paragraph: one run per text or incident node. The
 * `docx` library escapes the text; the tree holds no character XML cannot
 * carry, so there is nothing else to do to it.
 */
import {TextRun} from 'docx'
import type {Inline} from '../../../model.js'
import {characterStyle} from '../styles.js'

type InlineHandlers = {[Type in Inline['type']]: (node: Extract<Inline, {type: Type}>) => TextRun}

export const inlineHandlers: InlineHandlers = {
  text: (node) => new TextRun({text: node.value}),
  /** Stage directions keep their wording and parentheses; the style sets them apart. */
  incident: (node) => new TextRun({text: node.value, style: characterStyle.stageDirection.id})
}

export function inlineRun(node: Inline): TextRun {
  const handler = inlineHandlers[node.type] as (node: Inline) => TextRun
  return handler(node)
}
