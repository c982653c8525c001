/**
 * The one place a font file is read and parsed: each file once per process,
 * whoever asks first (the PDF emitter, the glyph-coverage check, the DOCX
 * font embedding). A face is 200–290 kB; reading and parsing it again for
 * each document, or once per cache, was wasted work.
 *
 * Only fontkit's public API is used here (`create`, and on a parsed font
 * `layout`, `getGlyph`, `hasGlyphForCodePoint` and the metrics). What the
 * PDF emitter does with fontkit's internals is `fontkit-internals.ts`'s.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'

/** A glyph position of a fontkit layout, in font units. */
export interface GlyphPosition {
  xAdvance: number
  yAdvance: number
  xOffset: number
  yOffset: number
}

/** What pdfkit reads of a fontkit layout. */
export interface GlyphRun {
  glyphs: unknown[]
  positions: GlyphPosition[]
  readonly advanceWidth: number
}

/** The public part of a parsed fontkit font that Verbatim uses. */
export interface FontkitFont {
  layout(text: unknown, ...options: unknown[]): GlyphRun
  getGlyph(id: number, codePoints?: number[]): unknown
  hasGlyphForCodePoint(codePoint: number): boolean
  /** The ascent and the em, in font units (`hhea`, `head`). */
  readonly ascent: number
  readonly unitsPerEm: number
}

interface FontFile {
  bytes: Buffer
  /** Parsed on first use: the DOCX only wants the bytes. */
  parsed?: FontkitFont
}

const require = createRequire(import.meta.url)
const fontkit = require('fontkit') as {create(buffer: Uint8Array): FontkitFont}

/** By path. A handful of entries: the faces of PT Serif and PT Sans. */
const files = new Map<string, FontFile>()

function fontFile(file: string): FontFile {
  let entry = files.get(file)
  if (!entry) {
    entry = {bytes: fs.readFileSync(file)}
    files.set(file, entry)
  }
  return entry
}

/** The bytes of a font file, read once. Shared: never write to them. */
export function fontBytes(file: string): Buffer {
  return fontFile(file).bytes
}

/** The font file parsed, once per process. Shared: see `parsed-fonts.ts` for how documents use it. */
export function parsedFont(file: string): FontkitFont {
  const entry = fontFile(file)
  entry.parsed ??= fontkit.create(entry.bytes)
  return entry.parsed
}

/** The font file parsed anew (from the bytes already read), for a caller that must not share the parsed font. */
export function freshlyParsedFont(file: string): FontkitFont {
  return fontkit.create(fontBytes(file))
}
