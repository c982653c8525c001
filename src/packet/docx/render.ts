/**
 * A packet as one Word document, in the styles of a single transcript’s
 * DOCX: a cover section, the contents, a section per chapter whose running
 * header names that transcript, and the index of speakers.
 *
 * The contents' page numbers are PAGEREF fields to the chapters' titles,
 * written with the pages the PDF packet's layout finds (`knownPages`), so
 * they show without anyone updating fields. The index of speakers names
 * chapters, which do not depend on the page layout.
 */
import {
  AlignmentType,
  InternalHyperlink,
  PageReference,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type ParagraphChild
} from 'docx'
import {
  bookmarked,
  bookmarkIds,
  createState,
  packDocument,
  pageFurniture,
  pageProperties,
  paragraphStyle,
  transcriptBody,
  type BookmarkIds,
  type KnownPages
} from '../../emit/docx/index.js'
import {heading, participantList, titleBlock} from '../../emit/docx/front-matter.js'
import {pageSize} from '../../template/page.js'
import {twips} from '../../emit/docx/units.js'
import type {DocumentProperties} from '../../emit/docx/properties.js'
import type {Chapter, Packet} from '../model.js'
import {contentsColumns, detailLine} from '../pdf/contents.js'
import {measurePacket} from '../pdf/render.js'
import {speakerIndex} from '../speakers.js'
import {countLine} from '../summary.js'
import {titleOf} from '../../emit/conventions.js'

/** Bookmark on a chapter’s title, which the contents and the index link to. */
export function chapterBookmark(chapter: Chapter): string {
  return chapter.prefix + 'title'
}

function metadata(text: string): Paragraph {
  return new Paragraph({style: paragraphStyle.metadata.id, text})
}

/** The cover: the packet’s title in Word’s Title style (kept out of the contents), the range, the count, who prepared it. */
function cover(packet: Packet): Paragraph[] {
  return [
    new Paragraph({text: ''}),
    new Paragraph({text: ''}),
    new Paragraph({style: 'Title', text: packet.title}),
    ...[packet.dateRange, countLine(packet.chapters), packet.template.prepared].filter(Boolean).map(metadata)
  ]
}

/**
 * The contents as the PDF sets it: a borderless table whose columns are the
 * PDF's (`contentsColumns`), so titles wrap alike; each row one entry, never
 * split across pages: the chapter's number, its title linked to it over the
 * line of date, place and kind of event, and its page.
 *
 * The page is a PAGEREF field to the title's bookmark, in a plain table,
 * not inside a TOC field: LibreOffice keeps a TOC field's text as written
 * but works a PAGEREF out from its own layout, so it prints the right page
 * whatever it made of the pages. The results are written clean with the
 * pages the PDF layout found (`knownPages`), which Word shows as they are,
 * without asking to update fields.
 */
function contents(packet: Packet): Array<Paragraph | Table> {
  const {template} = packet
  const {numberWidth, pageWidth} = contentsColumns(template.fonts.sizes.body)
  const size = pageSize(template)
  const textWidth = size.width - template.page.margins.left - template.page.margins.right
  const widths = [numberWidth, textWidth - numberWidth - pageWidth, pageWidth].map(twips)
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({width: {size: width, type: WidthType.DXA}, children})
  const entry = (children: ParagraphChild[], alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Paragraph({style: paragraphStyle.contentsEntry.id, alignment, children})
  const rows = packet.chapters.map((chapter) => {
    const bookmark = chapterBookmark(chapter)
    const detail = detailLine(chapter)
    // The gap under an entry is its detail line’s; without one, an empty line stands in (a line taller than the PDF’s gap).
    const title = [
      entry([new InternalHyperlink({anchor: bookmark, children: [new TextRun(titleOf(chapter.tree.meta))]})]),
      new Paragraph({style: paragraphStyle.contentsDetail.id, text: detail})
    ]
    return new TableRow({
      cantSplit: true,
      children: [
        cell(widths[0]!, [entry([new TextRun(`${chapter.n}.`)])]),
        cell(widths[1]!, title),
        cell(widths[2]!, [entry([new PageReference(bookmark, {hyperlink: true})], AlignmentType.RIGHT)])
      ]
    })
  })
  return [
    new Paragraph({style: paragraphStyle.contentsHeading.id, text: 'Contents'}),
    new Table({
      rows,
      width: {size: twips(textWidth), type: WidthType.DXA},
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      margins: {top: 0, bottom: 0, left: 0, right: 0}
    })
  ]
}

/**
 * A chapter: the single document’s title block (its title bookmarked),
 * participants, and body with prefixed ids, numbering bookmarks on from the
 * chapters before it (`bookmarks`, one counter for the packet).
 */
function chapterContent(chapter: Chapter, packet: Packet, bookmarks: BookmarkIds): Paragraph[] {
  const {tree} = chapter
  const [, ...details] = titleBlock(tree)
  const title = new Paragraph({
    style: paragraphStyle.title.id,
    children: bookmarked(chapterBookmark(chapter), [new TextRun(titleOf(tree.meta))], bookmarks)
  })
  const state = createState(tree, packet, {idPrefix: chapter.prefix, bookmarkIds: bookmarks})
  return [title, ...details, ...participantList(tree), ...transcriptBody(state)]
}

/** Each person, their office, and links to the chapters where they speak. */
function index(packet: Packet): Paragraph[] {
  const paragraphs = [heading('Index of speakers')]
  for (const entry of speakerIndex(packet.chapters)) {
    paragraphs.push(
      new Paragraph({
        style: paragraphStyle.participant.id,
        text: entry.office ? `${entry.name}, ${entry.office}` : entry.name
      })
    )
    const links = entry.turns.flatMap(({chapter}, i) => [
      ...(i > 0 ? [new TextRun(', ')] : []),
      new InternalHyperlink({
        anchor: chapterBookmark(chapter),
        children: [new TextRun({text: String(chapter.n), style: 'Hyperlink'})]
      })
    ])
    paragraphs.push(
      new Paragraph({
        style: paragraphStyle.metadata.id,
        children: [new TextRun(entry.turns.length === 1 ? 'Chapter ' : 'Chapters '), ...links]
      })
    )
  }
  return paragraphs
}

function properties(packet: Packet): DocumentProperties {
  const generator = `Verbatim ${packet.version}`
  return {
    title: packet.title,
    subject: [`Briefing packet of ${countLine(packet.chapters)}`, packet.dateRange].filter(Boolean).join(', '),
    keywords: speakerIndex(packet.chapters)
      .map((entry) => entry.name)
      .join('; '),
    creator: packet.template.prepared || generator,
    lastModifiedBy: generator,
    customProperties: [{name: 'Generator', value: generator}]
  }
}

/**
 * The pages the PDF packet puts each chapter's title on, by bookmark: the
 * DOCX is set in the PDF's fonts, sizes, spacing and margins, so it breaks
 * into the same pages (checked against LibreOffice in test/packet.test.ts).
 */
function knownPages(packet: Packet): KnownPages {
  const layout = measurePacket(packet)
  return {
    bookmarks: new Map(packet.chapters.map((chapter, i) => [chapterBookmark(chapter), layout.chapterPages[i]!])),
    pages: layout.pages
  }
}

export async function renderPacketDocx(packet: Packet): Promise<Uint8Array> {
  const {template} = packet
  const page = pageProperties(template)
  const packetHead = {title: packet.title, date: packet.dateRange, language: 'en'}
  const bookmarks = bookmarkIds()
  const sections: ISectionOptions[] = [
    // The cover shows only the marking: `cover` gives its first page no running header or number.
    {properties: {...page, titlePage: true}, ...pageFurniture(packetHead, template, {cover: true}), children: cover(packet)},
    {properties: page, ...pageFurniture(packetHead, template), children: contents(packet)},
    ...packet.chapters.map((chapter) => ({
      properties: page,
      ...pageFurniture(chapter.tree.meta, template),
      children: chapterContent(chapter, packet, bookmarks)
    })),
    {properties: page, ...pageFurniture(packetHead, template), children: index(packet)}
  ]
  return packDocument({
    template,
    properties: properties(packet),
    language: packet.chapters[0]?.tree.meta.language || 'en',
    timestamp: packet.timestamp,
    sections,
    pageNumbers: knownPages(packet)
  })
}
