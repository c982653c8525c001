/**
 * The table of contents: one entry per chapter — its number, title, date,
 * place and kind of event — with the page it starts on, linked to it. Each
 * entry is a `TOCI`: the number as its `Lbl`, then a `Reference` whose
 * `Link` holds the title, the details and the page, in that order.
 *
 * Page numbers sit in a column of fixed width, so the entries take the same
 * room whatever the numbers: the measuring pass (numbers unknown) and the
 * real pass (numbers known) break the contents into the same pages.
 */
import {humanDate, placeLine, titleOf} from '../../emit/conventions.js'
import type {Doc} from '../../emit/pdf/document.js'
import type {PdfStyle} from '../../emit/pdf/style.js'
import {linkedText} from '../../emit/pdf/links.js'
import {columnWidth, flowRuns, keepTogether, lineGap, skip, useType, type Type} from '../../emit/pdf/typeset.js'
import type {Chapter} from '../model.js'
import {openSection} from './section.js'

/** Named destination of the contents; chapters are reached at `t3-title`. */
export const contentsDestination = 'contents'

export function chapterDestination(chapter: Chapter): string {
  return chapter.prefix + 'title'
}

/** `July 15, 2016 · Moscow, Russia · press conference`. */
export function detailLine(chapter: Chapter): string {
  const meta = chapter.tree.meta
  return [humanDate(meta.date), placeLine(meta), meta.eventType].filter(Boolean).join('  ·  ')
}

/** Widths of the number and page columns of an entry; the DOCX packet's contents uses them too, so titles wrap alike. */
export function contentsColumns(bodySize: number): {numberWidth: number; pageWidth: number} {
  return {numberWidth: bodySize * 2.6, pageWidth: bodySize * 4}
}

/**
 * `pageOf(chapter)`: the page the chapter starts on, or `undefined` in the
 * measuring pass.
 */
export function layoutContents(
  doc: Doc,
  style: PdfStyle,
  chapters: Chapter[],
  root: PDFKit.PDFStructureElement,
  pageOf: (chapter: Chapter) => number | undefined
): void {
  const left = doc.page.margins.left
  const width = columnWidth(doc)
  const {numberWidth, pageWidth} = contentsColumns(style.sizes.body)
  const titleWidth = width - numberWidth - pageWidth
  const entryType: Type = {face: style.body.regular, size: style.sizes.body, colour: style.colours.text}
  const detailType: Type = {face: style.label.regular, size: style.sizes.small, colour: style.colours.muted}

  const section = openSection(doc, style, root, {title: 'Contents', destination: contentsDestination, structure: 'TOC'})
  const toc = section.body
  skip(doc, 10)

  for (const chapter of chapters) {
    const title = titleOf(chapter.tree.meta)
    const detail = detailLine(chapter)
    const destination = chapterDestination(chapter)
    useType(doc, entryType)
    const gap = lineGap(doc, style)
    const titleHeight = doc.heightOfString(title, {width: titleWidth, lineGap: gap})
    useType(doc, detailType)
    const detailHeight = detail ? doc.heightOfString(detail, {width: titleWidth, lineGap: lineGap(doc, style)}) : 0
    keepTogether(doc, titleHeight + detailHeight)

    const top = doc.y
    const page = pageOf(chapter)
    // The entry reads as it is meant: its number, then the title and the details, then the page.
    const item = doc.struct('TOCI')
    toc.add(item)
    item.add(
      doc.struct('Lbl', {}, () => {
        useType(doc, entryType)
        doc.text(`${chapter.n}.`, left, top, {width: numberWidth, lineGap: gap})
      })
    )
    const reference = doc.struct('Reference')
    item.add(reference)
    const description = page === undefined ? title : `${title}, page ${page}`
    linkedText(doc, reference, {destination, description}, () => {
      // As the body's text: what PT Sans cannot draw (a Chinese title) in its fallback.
      doc.y = top
      flowRuns(doc, style, [{text: title, type: entryType}], left + numberWidth, titleWidth)
      if (detail) flowRuns(doc, style, [{text: detail, type: detailType}], left + numberWidth, titleWidth)
      const end = doc.y
      useType(doc, entryType)
      doc.text(page === undefined ? '' : String(page), left + width - pageWidth, top, {
        width: pageWidth,
        align: 'right',
        lineGap: gap
      })
      doc.y = end
      // The whole entry is the link, from its number to its page.
      return {x: left, y: top, width, height: end - top}
    })
    reference.end()
    item.end()
    skip(doc, style.paragraphGap * 1.5)
  }
  section.end()
}

