/**
 * Bookmarks with ids from the document's own counter (`DocxState.nextBookmarkId`).
 *
 * `docx`'s `Bookmark` takes its `w:id` from one counter shared by the whole
 * process, so a document's ids would depend on how many documents the
 * process made before it. `BookmarkStart` and `BookmarkEnd` take the id
 * given: the same document always gets the same ids, 1, 2, 3… in reading
 * order, as Word numbers them.
 */
import {BookmarkEnd, BookmarkStart, type ParagraphChild} from 'docx'
import type {BookmarkIds} from './state.js'

/**
 * `children` inside the bookmark `name`, as a paragraph's children. docx's
 * own example for `BookmarkStart` puts it among a paragraph's children, but
 * its `ParagraphChild` type does not list it, hence the cast.
 */
export function bookmarked(name: string, children: readonly ParagraphChild[], nextId: BookmarkIds): ParagraphChild[] {
  const id = nextId()
  return [new BookmarkStart(name, id) as unknown as ParagraphChild, ...children, new BookmarkEnd(id) as unknown as ParagraphChild]
}
