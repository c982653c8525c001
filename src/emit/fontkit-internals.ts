/**
 * The fontkit 2 internals Verbatim relies on, all in this one module, so
 * that sharing one parsed font between PDF documents (`pdf/parsed-fonts.ts`)
 * can be made without them:
 *
 * - `_glyphs`: a font's glyph cache, a plain object by glyph id, which
 *   `getGlyph` fills. A view made with `Object.create(font)` gets a cache of
 *   its own by being given a `_glyphs` of its own.
 * - `_layoutEngine`: a lazily cached getter that stores its value on the
 *   object it was read from, so a view's layout engine is its own and makes
 *   glyphs through the view (into the view's cache).
 * - `_decode`: a glyph's outline decoder, a method of the glyph's prototype,
 *   which the subsetter calls for every glyph it embeds.
 * - Tables are getters bound to the parsed font, so a view reads the
 *   shared font's tables through the prototype chain.
 *
 * On first use `fontkitInternals` checks these on a real font (one layout
 * and a glyph or two: well under a millisecond). If any is not as expected,
 * it returns `undefined` and the caller parses each document's fonts anew,
 * as pdfkit does given a path. That loses speed (each document parses and
 * shapes again: over twice the CPU time a PDF, `bench/RESULTS.md`) and the
 * glyphs kept by characters
 * (`pdf/parsed-fonts.ts`): a glyph that stands for several characters is
 * the one fontkit made first in the document, and fontkit reads a glyph's
 * characters when it shapes. So where several characters share a glyph
 * (µ and μ, or characters the fonts lack, which all get the missing glyph)
 * the text map can name the first of them, and a zero-width space (long
 * URLs get them: `pdf/typeset.ts`, `foldLongTokens`) takes the missing
 * glyph's width once that glyph was made for another character: 3 of 62
 * PDFs (the corpus and fixtures, and a packet) break a line elsewhere. Each
 * document is still reproducible.
 */
import type {FontkitFont, GlyphRun} from './font-files.js'
import {expect, runSelfCheck, type SelfCheck} from './self-check.js'

/** A parsed font as this module sees it: the public part and the internals above. */
interface InternalFont extends FontkitFont {
  _glyphs: Record<number, unknown>
  readonly _layoutEngine?: unknown
}

interface InternalGlyph {
  id: number
  codePoints: number[]
  _decode?: () => unknown
}

/** What can be done with the internals once checked. */
export interface FontkitInternals {
  /**
   * A view of `font`: the tables, directory and file bytes are the font's
   * (read-only once parsed); the glyph cache, empty, and the layout engine,
   * made when first needed, are the view's own.
   */
  view(font: FontkitFont): FontkitFont
  /** Empty a view's glyph cache, so that the next `getGlyph` makes the glyph for exactly the characters it is given. */
  clearGlyphs(view: FontkitFont): void
  /**
   * Have `glyph` (glyph `id`) decode its outline once per `outlines`: the
   * decoded outline is read, never changed (the fonts are not variable
   * fonts, whose outlines fontkit adjusts).
   */
  shareOutline(glyph: unknown, id: number, outlines: Map<number, unknown>): void
}

function view(font: FontkitFont): FontkitFont {
  const result = Object.create(font) as InternalFont
  result._glyphs = {}
  return result
}

function clearGlyphs(font: FontkitFont): void {
  ;(font as InternalFont)._glyphs = {}
}

function shareOutline(glyph: unknown, id: number, outlines: Map<number, unknown>): void {
  const own = glyph as InternalGlyph
  const decode = (Object.getPrototypeOf(own) as InternalGlyph)._decode
  if (!decode || Object.hasOwn(own, '_decode')) return
  own._decode = () => {
    if (!outlines.has(id)) outlines.set(id, decode.call(own))
    return outlines.get(id)
  }
}

const internals: FontkitInternals = {view, clearGlyphs, shareOutline}

/** Each expectation above, on `font` (a parsed font, which the check leaves as it was). */
function checkOn(font: FontkitFont): void {
  const shared = font as InternalFont
  expect(shared._glyphs !== null && typeof shared._glyphs === 'object', 'a parsed font keeps its glyphs in `_glyphs`')
  const before = {...shared._glyphs}

  const one = view(font) as InternalFont
  const run: GlyphRun = one.layout('A')
  const glyph = run.glyphs[0] as InternalGlyph | undefined
  expect(glyph && typeof glyph.id === 'number', 'a layout gives glyphs with an id')
  expect(Object.hasOwn(one, '_layoutEngine'), '`_layoutEngine` is cached on the view it was read from')
  expect(one._glyphs[glyph.id] === glyph, 'a view’s layout makes its glyphs through the view’s own `_glyphs`')
  expect(shared._glyphs[glyph.id] === before[glyph.id], 'a view’s layout leaves the shared font’s glyphs alone')
  expect((one as unknown as {hhea?: unknown}).hhea === (font as unknown as {hhea?: unknown}).hhea, 'a view reads the font’s tables')

  clearGlyphs(one)
  const again = one.getGlyph(glyph.id, [0x41]) as InternalGlyph
  expect(again !== glyph && again.codePoints[0] === 0x41, 'an emptied `_glyphs` makes the glyph afresh, for the characters given')

  const decode = (Object.getPrototypeOf(again) as InternalGlyph)._decode
  expect(typeof decode === 'function', 'a glyph decodes its outline with `_decode`')
  const outlines = new Map<number, unknown>()
  shareOutline(again, again.id, outlines)
  const outline = again._decode!()
  expect(outlines.get(again.id) === outline && again._decode!() === outline, 'a shared outline is decoded once')
}

let verdict: SelfCheck | undefined

/** The result of the self-check, running it on `font` if it has not run yet. */
export function fontkitInternalsCheck(font: FontkitFont): SelfCheck {
  verdict ??= runSelfCheck('fontkit', () => checkOn(font))
  return verdict
}

/** The internals, or `undefined` when the self-check failed and the public path is to be taken. */
export function fontkitInternals(font: FontkitFont): FontkitInternals | undefined {
  return fontkitInternalsCheck(font).ok ? internals : undefined
}
