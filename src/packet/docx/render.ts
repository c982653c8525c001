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
  InternalHyperlink,
  LeaderType,
  PageReference,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type ISectionOptions
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
import {pdfStyle} from '../../emit/pdf/style.js'
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
 * One entry, as the PDF’s: the chapter’s number in a hanging column, its
 * title linked to it, a dotted tab and a PAGEREF field to its title’s
 * bookmark in the right margin of the entry, then the date, place and kind
 * of event. The entry’s column widths are the PDF’s, so titles wrap alike.
 *
 * The fields stand in plain paragraphs, not inside a TOC field: LibreOffice
 * keeps a TOC field’s text as written but works a PAGEREF out from its own
 * layout, so it prints the right page whatever it made of the pages. The
 * fields’ results are written clean with the pages the PDF layout found
 * (`renderPacketDocx`), which Word shows as they are, without asking.
 */
function contentsEntry(chapter: Chapter, template: Packet['template']): Paragraph[] {
  const bookmark = chapterBookmark(chapter)
  const {numberWidth, pageWidth} = contentsColumns(template.fonts.sizes.body)
  const size = pageSize(template)
  const textWidth = size.width - template.page.margins.left - template.page.margins.right
  const detail = detailLine(chapter)
  const entry = new Paragraph({
    style: paragraphStyle.contentsEntry.id,
    // Without a detail line the entry ends with the gap the detail line would have.
    ...(detail ? {} : {spacing: {after: twips(pdfStyle(template).paragraphGap * 1.5)}}),
    indent: {left: twips(numberWidth), hanging: twips(numberWidth), right: twips(pageWidth)},
    tabStops: [
      {type: TabStopType.LEFT, position: twips(numberWidth)},
      {type: TabStopType.RIGHT, position: twips(textWidth), leader: LeaderType.DOT}
    ],
    children: [
      new TextRun({children: [`${chapter.n}.`, new Tab()]}),
      new InternalHyperlink({anchor: bookmark, children: [new TextRun(titleOf(chapter.tree.meta))]}),
      new TextRun({children: [new Tab()]}),
      new PageReference(bookmark, {hyperlink: true})
    ]
  })
  if (!detail) return [entry]
  return [
    entry,
    new Paragraph({
      style: paragraphStyle.contentsDetail.id,
      indent: {left: twips(numberWidth), right: twips(pageWidth)},
      text: detail
    })
  ]
}

function contents(packet: Packet): Paragraph[] {
  return [new Paragraph({style: paragraphStyle.contentsHeading.id, text: 'Contents'}), ...packet.chapters.flatMap((chapter) => contentsEntry(chapter, packet.template))]
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
  return [title, ...details, ...participantList(tree), heading('Transcript'), ...transcriptBody(state)]
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
