/**
 * A packet as one Word document, in the styles of a single transcript’s
 * DOCX: a cover section, the contents (a TOC field), a section per chapter
 * whose running header names that transcript, and the index of speakers.
 *
 * Word lays out pages, not Verbatim, so the contents is a TOC field over
 * the chapters’ titles (style Title), written already filled in:
 * linked entries whose page numbers are PAGEREF fields. The index of
 * speakers names chapters, which do not depend on the page layout.
 */
import {
  InternalHyperlink,
  LeaderType,
  PageReference,
  Paragraph,
  Tab,
  TabStopType,
  StyleLevel,
  TableOfContents,
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
  type BookmarkIds
} from '../../emit/docx/index.js'
import {heading, participantList, titleBlock} from '../../emit/docx/front-matter.js'
import {pageSize} from '../../template/page.js'
import {twips} from '../../emit/docx/units.js'
import type {DocumentProperties} from '../../emit/docx/properties.js'
import type {Chapter, Packet} from '../model.js'
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
 * One entry: the chapter’s number and title linked to it, a dotted tab, and
 * a PAGEREF field to its title’s bookmark. The field is written dirty, so
 * Word fills the numbers in on opening (it asks first); LibreOffice shows
 * them after Tools › Update › Update All. (Word writes its TOC entries’ tab stops on the
 * paragraphs, as here.)
 */
function contentsEntry(chapter: Chapter, textWidth: number): Paragraph {
  const bookmark = chapterBookmark(chapter)
  return new Paragraph({
    tabStops: [{type: TabStopType.RIGHT, position: textWidth, leader: LeaderType.DOT}],
    children: [
      new InternalHyperlink({
        anchor: bookmark,
        children: [new TextRun(`${chapter.n}. ${titleOf(chapter.tree.meta)}`)]
      }),
      new TextRun({children: [new Tab()]}),
      new PageReference(bookmark, {hyperlink: true})
    ]
  })
}

function contents(packet: Packet) {
  const {template} = packet
  const size = pageSize(template)
  const textWidth = twips(size.width - template.page.margins.left - template.page.margins.right)
  return [
    heading('Contents'),
    new TableOfContents('Contents', {
      hyperlink: true,
      stylesWithLevels: [new StyleLevel(paragraphStyle.title.name, 1)],
      beginDirty: true,
      contentChildren: packet.chapters.map((chapter) => contentsEntry(chapter, textWidth))
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
    sections
  })
}
