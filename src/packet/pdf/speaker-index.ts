/**
 * The index of speakers at the back of a PDF packet: each person, their
 * office, and the pages where their turns begin, each number linked to the
 * first of their turns on that page.
 */
import type {LayoutReport} from '../../emit/pdf/index.js'
import type {Doc} from '../../emit/pdf/document.js'
import type {PdfStyle} from '../../emit/pdf/style.js'
import {linkedText} from '../../emit/pdf/links.js'
import {bottom, columnWidth, flowRuns, keepTogether, lineGap, lineHeight, skip, useType, type Type} from '../../emit/pdf/typeset.js'
import {numberRuns, runText, type SpeakerEntry} from '../speakers.js'
import {openSection} from './section.js'

export const speakersDestination = 'speakers'

export interface SpeakerPages {
  id: string
  name: string
  office: string
  /** Pages where a turn of theirs begins, ascending. */
  pages: number[]
}

/** Each page a person speaks on, with the destination of their first turn there. */
function pagesOf(entry: SpeakerEntry, reports: LayoutReport[]): Map<number, string> {
  const pages = new Map<number, string>()
  for (const {chapter, turnIds} of entry.turns) {
    const report = reports[chapter.n - 1]
    for (const id of turnIds) {
      const page = report?.turns.get(id)
      if (page !== undefined && !pages.has(page)) pages.set(page, chapter.prefix + id)
    }
  }
  return pages
}

export function layoutSpeakerIndex(
  doc: Doc,
  style: PdfStyle,
  entries: SpeakerEntry[],
  reports: LayoutReport[],
  root: PDFKit.PDFStructureElement
): SpeakerPages[] {
  const left = doc.page.margins.left
  const width = columnWidth(doc)
  const indent = style.sizes.body * 1.5
  const nameType: Type = {face: style.body.bold, size: style.sizes.body, colour: style.colours.text}
  const officeType: Type = {face: style.body.italic, size: style.sizes.body, colour: style.colours.muted}

  const section = openSection(doc, style, root, {title: 'Index of speakers', destination: speakersDestination, structure: 'Index'})
  const index = section.body
  skip(doc, 8)
  index.add(
    doc.struct('P', {}, () => {
      useType(doc, {face: style.label.italic, size: style.sizes.small, colour: style.colours.muted})
      doc.text('Pages on which each person’s turns begin.', left, doc.y, {width, lineGap: lineGap(doc, style)})
    })
  )

  const result: SpeakerPages[] = []
  for (const entry of entries) {
    const pages = pagesOf(entry, reports)
    const runs = numberRuns(pages.keys())
    result.push({id: entry.id, name: entry.name, office: entry.office, pages: [...pages.keys()].sort((a, b) => a - b)})

    skip(doc, style.paragraphGap * 1.5)
    useType(doc, nameType)
    keepTogether(doc, 2 * lineHeight(doc, style))
    index.add(
      doc.struct('P', {}, () => {
        const office = entry.office ? [{text: ', ' + entry.office, type: officeType}] : []
        flowRuns(doc, style, [{text: entry.name, type: nameType}, ...office], left, width)
      })
    )
    const list = doc.struct('P')
    index.add(list)
    pageList(doc, style, list, entry.name, runs, pages, left + indent, width - indent)
    list.end()
  }
  section.end()
  return result
}

/**
 * The page numbers into `list`, each run a `Link` to the first turn on its
 * first page, the commas between them plain text of the list; set fragment
 * by fragment and wrapped by hand: pdfkit’s `continued` text breaks lines
 * early when fragments carry different links.
 */
function pageList(
  doc: Doc,
  style: PdfStyle,
  list: PDFKit.PDFStructureElement,
  name: string,
  runs: Array<[number, number]>,
  destinations: Map<number, string>,
  left: number,
  width: number
): void {
  useType(doc, {face: style.label.regular, size: style.sizes.label, colour: style.colours.text})
  const height = lineHeight(doc, style)
  let x = left
  let y = doc.y
  runs.forEach((run, i) => {
    const pages = runText(run)
    const comma = i === runs.length - 1 ? '' : ','
    const textWidth = doc.widthOfString(pages + comma)
    if (x > left && x + textWidth > left + width) {
      x = left
      y += height
    }
    if (y + height > bottom(doc)) {
      doc.addPage()
      y = doc.y
    }
    const destination = destinations.get(run[0])
    const pagesWidth = doc.widthOfString(pages)
    const set = (text: string, at: number) => doc.text(text, at, y, {lineBreak: false})
    if (destination) {
      const description = `${name}, ${run[0] === run[1] ? 'page' : 'pages'} ${pages}`
      linkedText(doc, list, {destination, description}, () => {
        set(pages, x)
        return {x, y, width: pagesWidth, height: doc.currentLineHeight()}
      })
    } else {
      list.add(() => set(pages, x))
    }
    if (comma) list.add(() => set(comma, x + pagesWidth))
    x += textWidth + doc.widthOfString(' ')
  })
  doc.x = left
  doc.y = y + height
}
