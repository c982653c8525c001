/**
 * Running header and footer (and the handling marking, when the template
 * enables one), tagged as pagination artifacts so that screen readers and
 * text extraction for reuse skip them.
 *
 * pdfkit has no header API. The furniture is drawn either on each page as
 * it is added, the total known from a measuring pass (`streamed.ts`), or on
 * every held page once layout has finished (`buffered.ts`).
 */
import type {Meta} from '../../model.js'
import {fillPlaceholders, humanDate} from '../conventions.js'
import {currentPageNumber, type Doc} from './document.js'
import type {PdfStyle} from './style.js'
import {currentType, drawLine, lineWidth, resumeType, useType} from './typeset.js'

/** Whether a template’s furniture needs the page count (so a measuring pass). */
export function needsPageCount(style: PdfStyle): boolean {
  const {header, footer} = style.template
  return /\{pages\}/.test(header.text + footer.text)
}

/**
 * Placeholders left empty leave separators dangling (`{title} — {date}`
 * without a date); trim them from the ends.
 */
function tidy(text: string): string {
  return text.replace(/^[\s—–·|-]+|[\s—–·|-]+$/g, '')
}

/** Shorten `text` at a word boundary with an ellipsis until it fits `width`. */
function fit(doc: Doc, text: string, width: number): string {
  if (lineWidth(doc, text) <= width) return text
  const words = text.split(' ')
  while (words.length > 1) {
    words.pop()
    const candidate = words.join(' ').replace(/[\s,;:—–-]+$/, '') + '…'
    if (lineWidth(doc, candidate) <= width) return candidate
  }
  return text
}

/** Which page the furniture is drawn on, of how many. */
export interface PageNumbers {
  page: number
  pages: number
}

/** Furniture for each page as it is added: for `openDocument`’s `onPage`. */
export function pageFurniture(style: PdfStyle, meta: Meta, pages: () => number): (doc: Doc) => void {
  return (doc) => drawFurniture(doc, style, meta, {page: currentPageNumber(doc), pages: pages()})
}

/**
 * Draw the furniture on the current page. It may be in the middle of a
 * paragraph pdfkit is still wrapping, so the type and position are left as
 * found (`drawLine` leaves the position alone).
 */
export function drawFurniture(doc: Doc, style: PdfStyle, meta: Meta, numbers: PageNumbers): void {
  const template = style.template
  // A cover (the template's `cover`: the title block on a page of its own) carries only the marking,
  // no running header or page number, as the DOCX's first page does.
  const onCover = template.cover === true && numbers.page === 1
  const type = currentType(doc)
  const values = {
    title: meta.title ?? '',
    date: humanDate(meta.date),
    page: numbers.page,
    pages: numbers.pages,
    marking: template.marking.enabled ? template.marking.text : ''
  }
  const {left, right, top, bottom} = doc.page.margins
  const width = doc.page.width - left - right
  const small = style.sizes.small

  doc.markContent('Artifact', {type: 'Pagination'})
  doc.save()
  useType(doc, {face: style.label.regular, size: small, colour: style.colours.muted})

  const header = onCover ? '' : tidy(fillPlaceholders(template.header.text, values))
  if (header) {
    const y = top - 2.6 * small - 6
    drawLine(doc, fit(doc, header, width), left, y)
    doc
      .moveTo(left, top - small - 4)
      .lineTo(left + width, top - small - 4)
      .lineWidth(0.4)
      .strokeColor(style.colours.muted)
      .stroke()
  }

  const footer = onCover ? '' : tidy(fillPlaceholders(template.footer.text, values))
  if (footer) {
    const text = fit(doc, footer, width)
    drawLine(doc, text, left + (width - lineWidth(doc, text)) / 2, doc.page.height - bottom + 1.8 * small + 6)
  }

  if (template.marking.enabled && template.marking.text) {
    useType(doc, {face: style.label.bold, size: small, colour: style.colours.accent})
    const mark = template.marking.text
    const x = left + (width - lineWidth(doc, mark)) / 2
    drawLine(doc, mark, x, Math.max(8, top / 2 - 2.6 * small))
    drawLine(doc, mark, x, doc.page.height - Math.max(8, bottom / 2 - 1.5 * small) - small)
  }

  doc.restore()
  doc.endMarkedContent()
  resumeType(doc, type)
}
