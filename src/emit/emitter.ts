/**
 * The emitter interface: how a format plugs into Verbatim.
 *
 * An emitter renders one transcript tree to the bytes of one file. It may
 * return the whole file (a string or bytes) or a stream of chunks, so a large
 * document need not be held in memory. `convert` looks emitters up by name in
 * the registry (`./registry.ts`); users add their own with `--plugin`.
 */
import type {VFile} from 'vfile'
import type {Transcript} from '../model.js'
import type {Template} from '../template/schema.js'

export type Rendered = string | Uint8Array | AsyncIterable<Uint8Array | string>

export interface EmitContext {
  /** Presentation template (page, fonts, header and footer) for paged formats. */
  template: Template
  /** The file the tree came from; emitters may add messages to it. */
  file?: VFile
  /**
   * When the file is made, for the formats that record it: `SOURCE_DATE_EPOCH`
   * (`conversionTime`). Absent, no output says when it was made.
   */
  timestamp?: Date
  /** Version of Verbatim, recorded where formats keep a generator. */
  version: string
}

export interface Emitter {
  /** Short name used on the command line: `md`, `tei`, `docx`. */
  name: string
  /** File extension without the leading dot: `md`, `tei.xml`. */
  extension: string
  /** One line for `--help`. */
  description: string
  render(tree: Transcript, context: EmitContext): Rendered | Promise<Rendered>
}
