/**
 * A briefing packet: several transcripts gathered into one document, each
 * as a chapter. The PDF and DOCX renderers both start from this shape.
 */
import type {Transcript} from '../model.js'
import type {Template} from '../template/schema.js'

export interface Chapter {
  /** 1-based position in the packet. */
  n: number
  /** The input it was read from, as given. */
  input: string
  tree: Transcript
  /**
   * Prefix of the chapter’s ids (PDF destinations, DOCX bookmarks): `t3-`,
   * so `u1` of every chapter stays distinct within the one document.
   */
  prefix: string
}

export interface Packet {
  title: string
  chapters: Chapter[]
  /** `May 7, 2013 – July 15, 2016`; empty when no transcript is dated. */
  dateRange: string
  template: Template
  /** When the packet is made: `SOURCE_DATE_EPOCH`; absent, the files carry no date of making. */
  timestamp?: Date
  version: string
}
