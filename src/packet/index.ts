/**
 * Briefing packets: many transcripts, one print-ready document (PDF or
 * DOCX). The library behind `verbatim packet`.
 *
 * An input that cannot be read is reported by name and left out; the packet
 * is still written from the others, so a desk with one bad file still gets
 * its packet — and a failure it cannot miss. Only when no input is usable
 * is nothing written.
 */
import path from 'node:path'
import {collectInputs} from '../convert/inputs.js'
import type {ReadOptions} from '../convert/inputs.js'
import {writeAtomic} from '../convert/write.js'
import {loadTemplate} from '../template/load.js'
import type {Template} from '../template/schema.js'
import {version as verbatimVersion} from '../version.js'
import {readChapters, type ChapterFailure} from './chapters.js'
import {renderPacketDocx} from './docx/render.js'
import type {Packet} from './model.js'
import {renderPacketPdf} from './pdf/render.js'
import {speakerIndex} from './speakers.js'
import {dateRange, packetTimestamp} from './summary.js'
import {titleOf} from '../emit/conventions.js'

export type {Chapter, Packet} from './model.js'
export type {ChapterFailure} from './chapters.js'
export {speakerIndex, numberList, type SpeakerEntry} from './speakers.js'
export {renderPacketPdf, measurePacket, type PdfPacketLayout} from './pdf/render.js'
export {renderPacketDocx} from './docx/render.js'

export const packetFormats = ['pdf', 'docx'] as const
export type PacketFormat = (typeof packetFormats)[number]

/** The packet cannot be made as asked (output name, no inputs): the caller’s mistake. */
export class PacketUsageError extends Error {
  override name = 'PacketUsageError'
}

/** No input could be read: there is nothing to make a packet of. */
export class EmptyPacketError extends Error {
  override name = 'EmptyPacketError'
  constructor(readonly failures: ChapterFailure[]) {
    super('no input could be read, so no packet was written')
  }
}

export interface PacketOptions extends ReadOptions {
  /** The file to write: `.pdf` or `.docx`. */
  output: string
  /** Default `Briefing packet`. */
  title?: string
  /** A template name or file (default `briefing`), or a loaded template. */
  template?: string | Template
  /** Chapters in the order given, rather than by date. */
  keepOrder?: boolean
  /** Environment for `SOURCE_DATE_EPOCH` (default `process.env`). */
  env?: NodeJS.ProcessEnv
}

export interface PacketReport {
  output: string
  format: PacketFormat
  title: string
  chapters: Array<{n: number; input: string; title: string; date?: string; /** PDF only. */ page?: number}>
  /** Inputs that could not be read, left out of the packet. */
  failures: ChapterFailure[]
  /** PDF only: pages in all, and the index of speakers as printed. */
  pages?: number
  speakers?: Array<{id: string; name: string; office: string; pages?: number[]; chapters: number[]}>
}

/** `pdf` or `docx` from the output’s extension. */
export function packetFormat(output: string): PacketFormat {
  const extension = path.extname(output).slice(1).toLowerCase()
  if (!(packetFormats as readonly string[]).includes(extension)) {
    throw new PacketUsageError(
      `the packet is written as .pdf or .docx, so -o must name such a file${extension ? `, not .${extension}` : ''}: “${output}”`
    )
  }
  return extension as PacketFormat
}

export async function makePacket(inputs: string[], options: PacketOptions): Promise<PacketReport> {
  const format = packetFormat(options.output)
  const template = typeof options.template === 'object' ? options.template : loadTemplate(options.template)
  const {files, errors} = collectInputs(inputs)
  if (files.length === 0 && errors.length === 0) throw new PacketUsageError('no transcripts found in the inputs given')
  const {chapters, failures} = readChapters(files, options)
  failures.unshift(...errors.map(missingInput))
  if (chapters.length === 0) throw new EmptyPacketError(failures)

  const packet: Packet = {
    title: options.title?.trim() || 'Briefing packet',
    chapters,
    dateRange: dateRange(chapters),
    template,
    timestamp: packetTimestamp(options.env),
    version: verbatimVersion
  }
  const report: PacketReport = {
    output: options.output,
    format,
    title: packet.title,
    chapters: chapters.map((chapter) => ({
      n: chapter.n,
      input: chapter.input,
      title: titleOf(chapter.tree.meta),
      ...(chapter.tree.meta.date ? {date: chapter.tree.meta.date} : {})
    })),
    failures
  }

  if (format === 'pdf') {
    const {layout, chunks} = renderPacketPdf(packet)
    await writeAtomic(options.output, chunks)
    report.chapters.forEach((entry, i) => (entry.page = layout.chapterPages[i]))
    report.pages = layout.pages
    const pages = new Map(layout.speakers.map((speaker) => [speaker.id, speaker.pages]))
    report.speakers = speakersOf(packet).map((speaker) => ({...speaker, pages: pages.get(speaker.id) ?? []}))
  } else {
    await writeAtomic(options.output, await renderPacketDocx(packet))
    report.speakers = speakersOf(packet)
  }
  return report
}

function speakersOf(packet: Packet): NonNullable<PacketReport['speakers']> {
  return speakerIndex(packet.chapters).map((entry) => ({
    id: entry.id,
    name: entry.name,
    office: entry.office,
    chapters: entry.turns.map((item) => item.chapter.n)
  }))
}

/** `collectInputs` says `x.txt: no such file or folder`: the path and the reason apart. */
function missingInput(error: Error): ChapterFailure {
  const at = error.message.lastIndexOf(': ')
  return at < 0 ? {input: '', error: error.message} : {input: error.message.slice(0, at), error: error.message.slice(at + 2)}
}
