/**
 * What every part of the TEI emitter needs to know while it writes.
 */
import type {EmitContext} from '../emitter.js'
import type {Transcript} from '../../model.js'
import {documentId, languageId, personIds} from './ids.js'
import {teiSettings, type TeiSettings} from './settings.js'

export interface TeiState {
  tree: Transcript
  context: EmitContext
  /** The document’s id (`documentId`), computed once: the root and the `idno` both carry it. */
  documentId: string
  settings: TeiSettings
  /** Participant id → `xml:id` of its `person`. */
  personIds: Map<string, string>
  /** Language tag → `xml:id` of its `language` in `langUsage`, main language first. */
  languageIds: Map<string, string>
}

export function createState(tree: Transcript, context: EmitContext): TeiState {
  return {
    tree,
    context,
    documentId: documentId(tree),
    settings: teiSettings(context.template),
    personIds: personIds(tree.participants),
    languageIds: languagesOf(tree)
  }
}

/** The transcript’s language, then every language an incident names, in order of first mention. */
function languagesOf(tree: Transcript): Map<string, string> {
  const tags: string[] = [tree.meta.language]
  for (const block of tree.children) {
    if (block.type === 'note') continue
    for (const paragraph of block.children) {
      for (const inline of paragraph.children) {
        if (inline.type === 'incident' && inline.language && !tags.includes(inline.language)) {
          tags.push(inline.language)
        }
      }
    }
  }
  return new Map(tags.map((tag, index) => [tag, languageId(tag, index)]))
}

/** `#id` of the person a participant id names, or undefined when none does. */
export function personPointer(state: TeiState, participantId: string | undefined): string | undefined {
  if (participantId === undefined) return undefined
  const id = state.personIds.get(participantId)
  return id === undefined ? undefined : '#' + id
}
