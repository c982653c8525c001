/**
 * The state of one rendering to TEI: what every header builder and handler
 * needs to know, and the document they write into.
 */
import type {EmitContext} from '../emitter.js'
import type {Transcript} from '../../model.js'
import {documentId, languageId, personIds} from './ids.js'
import {teiSettings, type TeiSettings} from './settings.js'
import {elementOnly} from './vocabulary.js'
import {createDocument, element, type TeiElement} from './xml.js'

export interface TeiState {
  readonly tree: Transcript
  readonly context: EmitContext
  /** The document’s id (`documentId`), computed once: the root and the `idno` both carry it. */
  readonly documentId: string
  readonly settings: TeiSettings
  /** Participant id → `xml:id` of its `person`. */
  readonly personIds: Map<string, string>
  /** Language tag → `xml:id` of its `language` in `langUsage`, main language first. */
  readonly languageIds: Map<string, string>

  /** The root, `TEI`. */
  readonly root: TeiElement
  /** `teiHeader`, which the header builders fill. */
  readonly header: TeiElement
  /** `text`: the `body`, then the `back`. */
  readonly text: TeiElement
  /** `body`, which the block handlers fill with `div`s. */
  readonly body: TeiElement
  /** The `div[@type="transcript"]` turns and notes now go into, if one is open. */
  transcript: TeiElement | undefined
  /** How many `div`s the body has so far (the first carries the title). */
  divisions: number
  /** The element inline content goes into: the `seg` or `p` of the paragraph being written. */
  parent: TeiElement
}

export function createState(tree: Transcript, context: EmitContext): TeiState {
  const id = documentId(tree)
  // The document’s frame, in document order; its parts are filled in afterwards.
  const root = createDocument('TEI', {'xml:id': id, 'xml:lang': tree.meta.language}, elementOnly)
  const header = element(root, 'teiHeader')
  const text = element(root, 'text')
  const body = element(text, 'body')
  return {
    tree,
    context,
    documentId: id,
    settings: teiSettings(context.template),
    personIds: personIds(tree.participants),
    languageIds: languagesOf(tree),
    root,
    header,
    text,
    body,
    transcript: undefined,
    divisions: 0,
    parent: body
  }
}

/**
 * The transcript’s language, then every language a paragraph is in (its
 * `seg` or `p` carries `xml:lang`) or an incident names, in order of first
 * mention: `langUsage` declares every language the text uses.
 */
function languagesOf(tree: Transcript): Map<string, string> {
  const tags: string[] = [tree.meta.language]
  for (const block of tree.children) {
    if (block.type === 'note') continue
    for (const paragraph of block.children) {
      if (paragraph.language && !tags.includes(paragraph.language)) tags.push(paragraph.language)
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
