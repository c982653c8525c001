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
 * Two costs are shared by the documents of a process all the same, in ways
 * that keep each document’s output its own:
 * - Shaping (GSUB/GPOS) of a piece of text, which pdfkit caches per
 *   document only: a layout is made once per process by a view of its own
 *   whose glyphs are kept by glyph and characters, not by glyph alone, so a
 *   layout (and the characters its glyphs remember) depends on its text
 *   alone. Each document gets fresh positions, which pdfkit scales in place.
 * - Decoding a glyph’s outline, which the subsetter does for every glyph of
 *   every document (to find the parts of composite glyphs): decoded once per
 *   process. The outline is read, never changed (the fonts are not variable
 *   fonts, whose outlines fontkit adjusts).
 * Both were a third of a PDF’s time (`bench/RESULTS.md`).
 *
 * Relies on fontkit 2 internals: glyphs are cached in `_glyphs` and decode
 * their outline with `_decode`, and `_layoutEngine` is a lazily cached
 * getter that stores its value on the object it was read from. Tables are
 * getters bound to the parsed font, so a view reads them through the
 * prototype chain.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'

interface GlyphPosition {
  xAdvance: number
  yAdvance: number
  xOffset: number
  yOffset: number
}

/** What pdfkit reads of a fontkit layout. */
interface GlyphRun {
  glyphs: unknown[]
  positions: GlyphPosition[]
  readonly advanceWidth: number
}

interface Glyph {
  _decode(): unknown
}

/** The part of a fontkit font this module touches. */
interface FontkitFont {
  layout(text: unknown, ...options: unknown[]): GlyphRun
  getGlyph(id: number, codePoints?: number[]): Glyph
  _glyphs: Record<number, unknown>
}

/** One font file as the documents of this process share it. */
interface SharedFont {
  font: FontkitFont
  /** Shapes the shared layouts (see `shaperOf`). */
  shaper: FontkitFont
  layouts: Map<string, GlyphRun>
  /** Decoded outlines by glyph id (`null` for a glyph without one). */
  outlines: Map<number, unknown>
}

/**
 * Layouts kept per font, the least recently used dropped first: the common
 * words of an archive stay, and a worker’s memory is bounded however large
 * the archive (a word’s layout is a few hundred bytes).
 */
const maxLayouts = 10_000

const require = createRequire(import.meta.url)
const fontkit = require('fontkit') as {create(buffer: Buffer): FontkitFont}

const shared = new Map<string, SharedFont>()

function sharedFont(file: string): SharedFont {
  let entry = shared.get(file)
  if (!entry) {
    const font = fontkit.create(fs.readFileSync(file))
    entry = {font, shaper: shaperOf(font), layouts: new Map(), outlines: new Map()}
    shared.set(file, entry)
  }
  return entry
}

/** A view of a parsed font with a glyph cache (and, when asked, a layout engine) of its own. */
function view(font: FontkitFont): FontkitFont {
  const result = Object.create(font) as FontkitFont
  result._glyphs = {}
  return result
}

/**
 * A view whose glyph objects are kept by glyph id and the characters they
 * stand for: fontkit keeps them by id alone, so a glyph drawn for two
 * characters (µ and μ) would remember whichever was shaped first. Layouts
 * share these glyphs, so a cached word costs only its positions.
 */
function shaperOf(font: FontkitFont): FontkitFont {
  const shaper = view(font)
  const glyphs = new Map<string, Glyph>()
  shaper.getGlyph = (id, codePoints = []) => {
    const key = `${id}:${codePoints.join(',')}`
    let glyph = glyphs.get(key)
    if (!glyph) {
      // An empty cache makes fontkit create the glyph for exactly these characters.
      shaper._glyphs = {}
      glyph = font.getGlyph.call(shaper, id, codePoints)
      glyphs.set(key, glyph)
    }
    return glyph
  }
  return shaper
}

function sharedLayout(entry: SharedFont, text: string): GlyphRun {
  const layouts = entry.layouts
  let run = layouts.get(text)
  if (run) {
    // A Map iterates in insertion order: moving a used layout to the end keeps the least recently used first.
    layouts.delete(text)
  } else {
    if (layouts.size >= maxLayouts) layouts.delete(layouts.keys().next().value!)
    run = entry.font.layout.call(entry.shaper, text)
  }
  layouts.set(text, run)
  return run
}

/** A layout with positions of its own: pdfkit scales them in place. */
function copyRun(run: GlyphRun): GlyphRun {
  return {
    glyphs: run.glyphs,
    positions: run.positions.map(({xAdvance, yAdvance, xOffset, yOffset}) => ({xAdvance, yAdvance, xOffset, yOffset})),
    get advanceWidth() {
      let width = 0
      for (const position of this.positions) width += position.xAdvance
      return width
    }
  }
}

/**
 * A font for one document: pass it to `registerFont` in place of the path.
 * Its glyph cache starts empty, exactly as if the file had just been parsed.
 */
export function fontForDocument(file: string): FontkitFont {
  const entry = sharedFont(file)
  const font = view(entry.font)
  font.layout = (text, ...options) => {
    // pdfkit asks for plain layouts of words; anything else is shaped here, as fontkit would.
    if (typeof text === 'string' && options.every((option) => option === undefined)) return copyRun(sharedLayout(entry, text))
    return entry.font.layout.call(font, text, ...options)
  }
  font.getGlyph = (id, codePoints) => {
    const glyph = entry.font.getGlyph.call(font, id, codePoints)
    const decode = Object.getPrototypeOf(glyph)._decode as Glyph['_decode'] | undefined
    if (decode && !Object.hasOwn(glyph, '_decode')) {
      glyph._decode = () => {
        if (!entry.outlines.has(id)) entry.outlines.set(id, decode.call(glyph))
        return entry.outlines.get(id)
      }
    }
    return glyph
  }
  return font
}
