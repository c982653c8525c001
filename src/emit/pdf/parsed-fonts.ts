/**
 * The embedded TrueType files as each PDF document gets them: parsed once
 * per process (`../font-files.ts`) rather than once per document.
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
 *   process.
 * Both were a third of a PDF’s time (`bench/RESULTS.md`).
 *
 * Views need fontkit internals (`../fontkit-internals.ts`). Should its
 * self-check fail, each document gets the font parsed anew from the bytes
 * already read: what pdfkit would do with the path, slower, and with
 * glyphs kept by id alone (what that loses is said there).
 */
import {freshlyParsedFont, parsedFont, type FontkitFont, type GlyphRun} from '../font-files.js'
import {fontkitInternals, type FontkitInternals} from '../fontkit-internals.js'
import type {Doc} from './document.js'
import {numbersLeftToRight} from './right-to-left.js'

/** One font file as the documents of this process share it. */
interface SharedFont {
  font: FontkitFont
  /** Shapes the shared layouts (see `shaperOf`). */
  shaper: FontkitFont
  layouts: Map<string, GlyphRun>
  /** Decoded outlines by glyph id (`null` for a glyph without one). */
  outlines: Map<number, unknown>
  internals: FontkitInternals
}

/**
 * Layouts kept per font, the least recently used dropped first: the common
 * words of an archive stay, and a worker’s memory is bounded however large
 * the archive (a word’s layout is a few hundred bytes).
 */
const maxLayouts = 10_000

const shared = new Map<string, SharedFont>()

/** The file’s shared font, or `undefined` when fontkit’s internals cannot be relied on. */
function sharedFont(file: string): SharedFont | undefined {
  let entry = shared.get(file)
  if (!entry) {
    const font = parsedFont(file)
    const internals = fontkitInternals(font)
    if (!internals) return undefined
    entry = {font, shaper: shaperOf(font, internals), layouts: new Map(), outlines: new Map(), internals}
    shared.set(file, entry)
  }
  return entry
}

/**
 * A view whose glyph objects are kept by glyph id and the characters they
 * stand for: fontkit keeps them by id alone, so a glyph drawn for two
 * characters (µ and μ) would remember whichever was shaped first. Layouts
 * share these glyphs, so a cached word costs only its positions.
 */
function shaperOf(font: FontkitFont, internals: FontkitInternals): FontkitFont {
  const shaper = internals.view(font)
  const glyphs = new Map<string, unknown>()
  shaper.getGlyph = (id, codePoints = []) => {
    const key = `${id}:${codePoints.join(',')}`
    let glyph = glyphs.get(key)
    if (!glyph) {
      // An empty cache makes fontkit create the glyph for exactly these characters.
      internals.clearGlyphs(shaper)
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
    run = numbersLeftToRight(entry.font.layout.call(entry.shaper, text))
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
  if (!entry) return withNumbersLeftToRight(freshlyParsedFont(file))
  const font = entry.internals.view(entry.font)
  font.layout = (text, ...options) => {
    // pdfkit asks for plain layouts of words; anything else is shaped here, as fontkit would.
    if (typeof text === 'string' && options.every((option) => option === undefined)) return copyRun(sharedLayout(entry, text))
    return numbersLeftToRight(entry.font.layout.call(font, text, ...options))
  }
  font.getGlyph = (id, codePoints) => {
    const glyph = entry.font.getGlyph.call(font, id, codePoints)
    entry.internals.shareOutline(glyph, id, entry.outlines)
    return glyph
  }
  return font
}

/** A font parsed anew, its layouts given numbers left to right as the shared ones are. */
function withNumbersLeftToRight(font: FontkitFont): FontkitFont {
  const layout = font.layout.bind(font)
  font.layout = (text, ...options) => numbersLeftToRight(layout(text, ...options))
  return font
}

/** Register face `name`, set in font file `file`, with `doc` (see `fontForDocument`). */
export function registerFace(doc: Doc, name: string, file: string): void {
  // pdfkit takes a parsed fontkit font wherever it takes a path (anything with a `layout`); its types do not say so.
  doc.registerFont(name, fontForDocument(file) as unknown as string)
}
