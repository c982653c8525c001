/**
 * Inline content of a paragraph: one run per text or incident node.
 */
import {TextRun} from 'docx'
import type {Inline} from '../../../model.js'
import {characterStyle} from '../styles.js'
import {xmlSafe} from '../text.js'

type InlineHandlers = {[Type in Inline['type']]: (node: Extract<Inline, {type: Type}>) => TextRun}

export const inlineHandlers: InlineHandlers = {
  text: (node) => new TextRun({text: xmlSafe(node.value)}),
  /** Stage directions keep their wording and parentheses; the style sets them apart. */
  incident: (node) => new TextRun({text: xmlSafe(node.value), style: characterStyle.stageDirection.id})
}

export function inlineRun(node: Inline): TextRun {
  const handler = inlineHandlers[node.type] as (node: Inline) => TextRun
  return handler(node)
}
