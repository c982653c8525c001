/**
 * Bookmarks and named destinations: the transcript, its sections, the
 * exchanges of questions and answers, and each turn, every bookmark
 * pointing at the named destination of what it names (not merely the page).
 */
import type {Doc} from './document.js'
import {addBookmark} from './pdfkit-internals.js'
import type {PdfState} from './state.js'

export type BookmarkLevel = 'section' | 'exchange' | 'turn'

/** A named destination at `y` on the current page, with the left and zoom left as the reader has them. */
export function addDestination(doc: Doc, name: string, y: number): void {
  doc.addNamedDestination(name, 'XYZ', null, y, null)
}

/** `addBookmark(parent, title, destination)`: a bookmark that opens a named destination. */
export {addBookmark}

/** A bookmark at `level` of the transcript's outline, under the innermost open bookmark above that level. */
export function bookmark(state: PdfState, level: BookmarkLevel, title: string, destination: string): void {
  const cursor = state.outline
  const parent =
    level === 'section'
      ? cursor.transcript
      : level === 'exchange'
        ? (cursor.section ?? cursor.transcript)
        : (cursor.exchange ?? cursor.section ?? cursor.transcript)
  const item = addBookmark(parent, title, destination)
  if (level === 'section') {
    cursor.section = item
    cursor.exchange = undefined
  } else if (level === 'exchange') {
    cursor.exchange = item
  }
}
