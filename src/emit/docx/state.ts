/**
 * What the handlers share while they walk one transcript: made once per
 * rendering by `createState`, as every emitter's state is (`../handlers.ts`).
 */
import type {Transcript} from '../../model.js'
import type {Template} from '../../template/schema.js'
import type {EmitContext} from '../emitter.js'

/**
 * Numbers for bookmarks (`w:id`), 1, 2, 3… in the order they are made, so
 * the same document always gets the same ids. One counter per document:
 * a packet of several transcripts passes one to every chapter's state.
 */
export type BookmarkIds = () => number

export function bookmarkIds(): BookmarkIds {
  let last = 0
  return () => ++last
}

export interface DocxState {
  tree: Transcript
  template: Template
  /**
   * Prefix of bookmark names (`u3`, `p7`): empty for one transcript; a
   * packet of several gives each its own, so names stay unique.
   */
  idPrefix: string
  /** The document's bookmark ids. */
  nextBookmarkId: BookmarkIds
  /** The next paragraph made starts a page (the body after a cover): set by the caller, taken by `takePageBreak`. */
  pageBreakBefore?: boolean
}

/** Whether the paragraph being made starts a page: the first one asked after the caller set `pageBreakBefore`. */
export function takePageBreak(state: DocxState): true | undefined {
  if (!state.pageBreakBefore) return undefined
  state.pageBreakBefore = false
  return true
}

export interface StateOptions {
  idPrefix?: string
  /** The document's counter, when this transcript is one of several in it. */
  bookmarkIds?: BookmarkIds
}

export function createState(tree: Transcript, context: Pick<EmitContext, 'template'>, options: StateOptions = {}): DocxState {
  return {
    tree,
    template: context.template,
    idPrefix: options.idPrefix ?? '',
    nextBookmarkId: options.bookmarkIds ?? bookmarkIds()
  }
}
