/**
 * Links inside the document (the contents to a chapter, the index of
 * speakers to a turn), tagged as PDF/UA wants them: a `Link` structure
 * element holding both the text that is the link and its annotation, and
 * the annotation saying in words where it leads (`/Contents`).
 */
import type {Doc} from './document.js'
import {addTaggedLink, type Rect} from './pdfkit-internals.js'

export type {Rect}

/** Where a link leads: a named destination, and how to say so to someone who cannot see the page. */
export interface LinkTarget {
  destination: string
  description: string
}

/**
 * A `Link` element under `parent` (already in the structure tree, so the
 * drawing happens now): `draw` sets its text on the current page and returns
 * the area that is to be clicked.
 */
export function linkedText(doc: Doc, parent: PDFKit.PDFStructureElement, target: LinkTarget, draw: () => Rect): void {
  const link = doc.struct('Link')
  parent.add(link)
  let area: Rect | undefined
  link.add(() => {
    area = draw()
  })
  if (!area) throw new Error('a link’s parent must be in the structure tree before the link is drawn')
  // After the text, so that the element reads its text first, then the annotation.
  addTaggedLink(doc, link, area, target.destination, target.description)
  link.end()
}
