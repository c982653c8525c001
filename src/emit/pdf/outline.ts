/**
 * Bookmarks: the transcript, its sections, the exchanges of questions and
 * answers, and each turn, every one pointing at the named destination of
 * what it names (not merely the page).
 */
import type {LayoutContext} from './context.js'
import {pointOutlineAt} from './internals.js'

export type BookmarkLevel = 'section' | 'exchange' | 'turn'

export function bookmark(context: LayoutContext, level: BookmarkLevel, title: string, destination: string): void {
  const cursor = context.outline
  const parent =
    level === 'section'
      ? cursor.transcript
      : level === 'exchange'
        ? (cursor.section ?? cursor.transcript)
        : (cursor.exchange ?? cursor.section ?? cursor.transcript)
  const item = parent.addItem(title)
  pointOutlineAt(item, destination)
  if (level === 'section') {
    cursor.section = item
    cursor.exchange = undefined
  } else if (level === 'exchange') {
    cursor.exchange = item
  }
}
