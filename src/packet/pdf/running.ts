/**
 * Running header and footer for a packet: the single-document furniture
 * (`emit/pdf/furniture.ts`) fed with whatever is current — the packet’s own
 * title on the contents and index pages, the transcript’s title and date in
 * its chapter — and none at all on the cover.
 *
 * The furniture is drawn as each page is added, so the caller switches the
 * running title just before it starts a chapter’s first page.
 */
import type {Meta} from '../../model.js'
import {pageFurniture} from '../../emit/pdf/furniture.js'
import type {Doc} from '../../emit/pdf/document.js'
import type {PdfStyle} from '../../emit/pdf/style.js'

export interface RunningHead {
  /** For `openDocument`’s `onPage`. */
  onPage: (doc: Doc) => void
  /** Name what the following pages belong to; `undefined` for pages without furniture (the cover). */
  show(current: {title?: string; date?: string} | undefined): void
}

export function runningHead(style: PdfStyle, pages: () => number): RunningHead {
  // `pageFurniture` reads the title and date when each page starts: one object, updated in place.
  const meta: Meta = {language: 'en'}
  const draw = pageFurniture(style, meta, pages)
  let shown = false
  return {
    onPage(doc) {
      if (shown) draw(doc)
    },
    show(current) {
      shown = current !== undefined
      meta.title = current?.title
      // `humanDate` passes through what is not an ISO date, such as a packet’s date range.
      meta.date = current?.date
    }
  }
}
