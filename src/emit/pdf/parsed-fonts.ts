/**
 * The embedded TrueType files, parsed once per process rather than once per
 * document.
 *
 * Given a file path, pdfkit reads and parses the font again for every
 * document (about a fifth of a short PDF’s time). It also accepts an
 * already parsed fontkit font, so each document is handed one instead.
 *
 * Not the shared font itself, though: fontkit caches glyph objects, and a
 * glyph remembers the characters it was first asked for. pdfkit writes
 * those into the ToUnicode map, and PT Serif draws some characters with one
 * glyph (µ U+00B5 and μ U+03BC, Ω U+2126 and Ω U+03A9). A glyph cache shared
 * by documents would make one document’s text map depend on what the
 * process rendered before it, and output would no longer be reproducible.
 * So each document gets a view of the parsed font: the tables, directory
 * and file bytes are the shared font’s (read-only once parsed); the glyph
 * cache and the layout engine (which creates glyphs through the font it was
 * made for) are the document’s own.
 *
 * Relies on two fontkit 2 internals: glyphs are cached in `_glyphs`, and
 * `_layoutEngine` is a lazily cached getter that stores its value on the
 * object it was read from. Tables are getters bound to the parsed font, so
 * a view reads them through the prototype chain.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'

/** The part of a fontkit font this module touches. */
interface FontkitFont {
  layout(text: string): unknown
  _glyphs: Record<number, unknown>
}

const require = createRequire(import.meta.url)
const fontkit = require('fontkit') as {create(buffer: Buffer): FontkitFont}

const parsed = new Map<string, FontkitFont>()

function parsedFont(file: string): FontkitFont {
  let font = parsed.get(file)
  if (!font) {
    font = fontkit.create(fs.readFileSync(file))
    parsed.set(file, font)
  }
  return font
}

/**
 * A font for one document: pass it to `registerFont` in place of the path.
 * Its glyph cache starts empty, exactly as if the file had just been parsed.
 */
export function fontForDocument(file: string): FontkitFont {
  const view = Object.create(parsedFont(file)) as FontkitFont
  view._glyphs = {}
  return view
}
