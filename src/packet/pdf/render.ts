/**
 * A packet as one PDF: cover, contents, each transcript as a chapter from a
 * new page, and the index of speakers.
 *
 * The contents must print the page each chapter starts on, and the footer
 * may print the page count, so the packet is laid out twice: a measuring
 * pass into a document whose bytes are thrown away learns every page
 * number, and the real pass prints them, streaming each page out as the
 * next begins. Layout is deterministic, and the contents keep their page
 * numbers in a fixed-width column, so both passes break pages identically;
 * the real pass checks that they did.
 */
import {layoutTranscript, openDocument, pdfStyle, type LayoutReport} from '../../emit/pdf/index.js'
import type {DocumentInfo} from '../../emit/pdf/document.js'
import {closeDocument, currentPageNumber, type Doc} from '../../emit/pdf/document.js'
import type {PdfStyle} from '../../emit/pdf/style.js'
import type {Chapter, Packet} from '../model.js'
import {speakerIndex} from '../speakers.js'
import {countLine} from '../summary.js'
import {contentDigest} from '../../emit/pdf/digest.js'
import {layoutContents} from './contents.js'
import {layoutCover} from './cover.js'
import {runningHead, type RunningHead} from './running.js'
import {layoutSpeakerIndex, type SpeakerPages} from './speaker-index.js'

/** Where everything landed: 1-based page numbers of the packet. */
export interface PdfPacketLayout {
  contentsPage: number
  /** The page each chapter starts on, in chapter order. */
  chapterPages: number[]
  indexPage: number
  pages: number
  speakers: SpeakerPages[]
}

function packetInfo(packet: Packet): DocumentInfo {
  const people = speakerIndex(packet.chapters)
  return {
    title: packet.title,
    author: packet.template.prepared || undefined,
    subject: [`Briefing packet of ${countLine(packet.chapters)}`, packet.dateRange].filter(Boolean).join(', '),
    keywords: people.map((person) => person.name).join(', '),
    language: packet.chapters[0]?.tree.meta.language || 'en',
    date: packet.timestamp,
    digest: contentDigest([packet.title, packet.template, ...packet.chapters.map((chapter) => chapter.tree)]),
    creator: `Verbatim ${packet.version}`
  }
}

/**
 * Lay the whole packet out into `doc`, yielding after each block so the
 * caller can pass finished pages on. `known` holds the numbers of a
 * measuring pass (absent in that pass itself).
 */
function* layoutPacket(
  doc: Doc,
  root: PDFKit.PDFStructureElement,
  style: PdfStyle,
  packet: Packet,
  running: RunningHead,
  known?: PdfPacketLayout
): Generator<void, PdfPacketLayout, void> {
  const packetHead = {title: packet.title, date: packet.dateRange}

  // The cover is the page `openDocument` started, without furniture.
  layoutCover(doc, style, packet, root)
  yield

  running.show(packetHead)
  doc.addPage()
  const contentsPage = currentPageNumber(doc)
  layoutContents(doc, style, packet.chapters, root, (chapter) => known?.chapterPages[chapter.n - 1])
  yield

  const reports: LayoutReport[] = []
  for (const chapter of packet.chapters) {
    reports.push(yield* layoutChapter(doc, root, style, chapter, running))
  }

  running.show(packetHead)
  doc.addPage()
  const indexPage = currentPageNumber(doc)
  const speakers = layoutSpeakerIndex(doc, style, speakerIndex(packet.chapters), reports, root)
  yield

  return {
    contentsPage,
    chapterPages: reports.map((report) => report.firstPage),
    indexPage,
    pages: currentPageNumber(doc),
    speakers
  }
}

/** One transcript from a new page, under a `Part` of its own and a chapter bookmark. */
function* layoutChapter(
  doc: Doc,
  root: PDFKit.PDFStructureElement,
  style: PdfStyle,
  chapter: Chapter,
  running: RunningHead
): Generator<void, LayoutReport, void> {
  const meta = chapter.tree.meta
  running.show({title: meta.title, date: meta.date})
  doc.addPage()
  const part = doc.struct('Part')
  root.add(part)
  // The packet has its own cover: chapters never put their title block on a page of its own.
  const report = yield* layoutTranscript(doc, chapter.tree, style, {
    structure: part,
    outline: doc.outline,
    destinationPrefix: chapter.prefix,
    cover: false
  })
  part.end()
  return report
}

/** Everything pdfkit has written so far. */
function* drain(doc: Doc): Generator<Uint8Array> {
  let chunk: Uint8Array | null
  while ((chunk = doc.read() as Uint8Array | null) !== null) yield chunk
}

/** The measuring pass: lay out without furniture, throw the bytes away, keep the numbers. */
export function measurePacket(packet: Packet): PdfPacketLayout {
  const style = pdfStyle(packet.template)
  const running = runningHead(style, () => 0)
  const {doc, root} = openDocument(style, packetInfo(packet), {compress: false, onPage: running.onPage})
  running.show(undefined)
  const steps = layoutPacket(doc, root, style, packet, running)
  let step = steps.next()
  while (!step.done) {
    for (const _ of drain(doc)) void _
    step = steps.next()
  }
  return step.value
}

export interface RenderedPacketPdf {
  /** Page numbers, known before the first byte is written. */
  layout: PdfPacketLayout
  chunks: AsyncGenerator<Uint8Array>
}

export function renderPacketPdf(packet: Packet): RenderedPacketPdf {
  const layout = measurePacket(packet)
  return {layout, chunks: streamPacket(packet, layout)}
}

async function* streamPacket(packet: Packet, known: PdfPacketLayout): AsyncGenerator<Uint8Array> {
  const style = pdfStyle(packet.template)
  const running = runningHead(style, () => known.pages)
  running.show(undefined)
  const opened = openDocument(style, packetInfo(packet), {onPage: running.onPage})
  const {doc, root} = opened
  const steps = layoutPacket(doc, root, style, packet, running, known)
  let step = steps.next()
  while (!step.done) {
    yield* drain(doc)
    step = steps.next()
  }
  const laid = step.value
  if (laid.pages !== known.pages || laid.chapterPages.some((page, i) => page !== known.chapterPages[i])) {
    throw new Error('the packet broke into pages differently on the second pass; its contents would be wrong')
  }
  closeDocument(opened)
  for await (const chunk of doc) yield chunk as Uint8Array
}

