/**
 * Inline content of a paragraph: runs for each text or incident node (more
 * than one where a fallback font draws part of it: `../script-runs.ts`). The
 * `docx` library escapes the text; the tree holds no character XML cannot
 * carry, so there is nothing else to do to it.
 */
import type {TextRun} from 'docx'
import type {FamilyRole} from '../../fonts.js'
import type {Inline} from '../../../model.js'
import {scriptRuns} from '../script-runs.js'
import {characterStyle} from '../styles.js'

type InlineHandlers = {[Type in Inline['type']]: (node: Extract<Inline, {type: Type}>, role: FamilyRole) => TextRun[]}

export const inlineHandlers: InlineHandlers = {
  text: (node, role) => scriptRuns(node.value, role),
  /** Stage directions keep their wording and parentheses; the style sets them apart. */
  incident: (node, role) => scriptRuns(node.value, role, {style: characterStyle.stageDirection.id})
}

/** The runs of `node`, in a paragraph set in `role`'s family. */
export function inlineRuns(node: Inline, role: FamilyRole): TextRun[] {
  const handler = inlineHandlers[node.type] as (node: Inline, role: FamilyRole) => TextRun[]
  return handler(node, role)
}
