/**
 * Read the content of a `seg` or narrative `p` back into inline nodes: text
 * as written, and each stage direction as an incident (one handler per
 * element name).
 */
import type {Incident, Inline} from '../../model.js'
import {incidentKindOf} from '../../emit/tei/vocabulary.js'
import {first, pointerId, textOf, type XmlElement} from './xml.js'

export interface InlineContext {
  /** `xml:id` of a `language` in `langUsage` → its tag. */
  languages: Map<string, string>
  /** Report an element the reader does not know; its text is kept. */
  unknown(node: XmlElement): void
}

type InlineHandler = (node: XmlElement, context: InlineContext) => Inline

/** A stage direction kept in `desc`: `vocal`, `kinesic`, `incident`, `gap`. */
const described: InlineHandler = (node, context) =>
  incident(node, textOf(first(node, 'desc')), node.name === 'gap' ? node.attributes.reason : node.attributes.type, context)

export const inlineHandlers: Record<string, InlineHandler> = {
  vocal: described,
  kinesic: described,
  incident: described,
  gap: described,
  note: (node, context) => incident(node, textOf(node), node.attributes.type, context)
}

function incident(node: XmlElement, value: string, typeValue: string | undefined, context: InlineContext): Incident {
  const kind = incidentKindOf(node.name, typeValue)
  if (kind === undefined) context.unknown(node)
  const result: Incident = {type: 'incident', kind: kind ?? 'other', value}
  const language = context.languages.get(pointerId(node.attributes.corresp) ?? '')
  if (language !== undefined) result.language = language
  return result
}

export function readInline(parent: XmlElement, context: InlineContext): Inline[] {
  const result: Inline[] = []
  for (const node of parent.children) {
    if (node.type === 'text') {
      addText(result, node.value)
      continue
    }
    const handler = inlineHandlers[node.name]
    if (handler) {
      result.push(handler(node, context))
    } else {
      // Markup this encoding does not write (an archive’s own, say): keep the words.
      context.unknown(node)
      addText(result, textOf(node))
    }
  }
  return result
}

function addText(result: Inline[], value: string): void {
  if (value === '') return
  const last = result.at(-1)
  if (last?.type === 'text') last.value += value
  else result.push({type: 'text', value})
}
