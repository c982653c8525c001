/**
 * Small typesetting moves shared by the handlers: choose a type, measure a
 * line, keep material together, leave space, draw a rule.
 */
import {parsedFont} from '../font-files.js'
import {drawnByEveryFace, fontRuns, readsRightToLeft} from '../font-fallback.js'
import type {Doc} from './document.js'
import {registerFace} from './parsed-fonts.js'
import {continueTextIn} from './pdfkit-internals.js'
import {faceFiles, faces, fallbackFace, type PdfStyle} from './style.js'

/** A face, a size and a colour: what one run of text is set in. */
export interface Type {
  face: string
  size: number
  colour: string
}

/** What text is set in now; no colour before the first `useType`. */
export interface CurrentType {
  face: string
  size: number
  colour?: string
}

/**
 * The type last chosen in each document. pdfkit keeps the font and size
 * but has no getters for them, so they are noted here as they are chosen;
 * every choice of type goes through `useType` (or `startType`).
 */
const currentTypes = new WeakMap<Doc, CurrentType>()

/** The fallback faces registered with each document so far: each when something is first set in it. */
const registeredFallbacks = new WeakMap<Doc, Set<string>>()

function registerFallback(doc: Doc, face: string): void {
  if (faces.has(face)) return
  let registered = registeredFallbacks.get(doc)
  if (!registered) registeredFallbacks.set(doc, (registered = new Set()))
  if (registered.has(face)) return
  registerFace(doc, face, faceFiles.get(face)!)
  registered.add(face)
}

export function useType(doc: Doc, type: Type): void {
  registerFallback(doc, type.face)
  doc.font(type.face).fontSize(type.size).fillColor(type.colour)
  currentTypes.set(doc, type)
}

/** The type a new document starts in: a face and a size, no colour (there is no page to draw one on yet). */
export function startType(doc: Doc, face: string, size: number): void {
  doc.font(face, size)
  currentTypes.set(doc, {face, size})
}

export function currentType(doc: Doc): CurrentType {
  const type = currentTypes.get(doc)
  if (!type) throw new Error('no type chosen yet: open the document with `openDocument`')
  return type
}

/**
 * Choose `type` again after drawing something in another (the running
 * furniture), without drawing anything: the font and size are pdfkit's to
 * set, the colour is already back in the PDF (the drawing was between
 * `save` and `restore`), and pdfkit only needs to know it for text that
 * breaks onto a new page.
 */
export function resumeType(doc: Doc, type: CurrentType): void {
  doc.font(type.face, type.size)
  continueTextIn(doc, type.colour)
  currentTypes.set(doc, type)
}

/**
 * Distance from the top of a line to its baseline in the current type:
 * the font's ascent, scaled as pdfkit scales it (to 1,000 units, then to
 * the size), so that numbers land where pdfkit puts the text's baseline.
 */
export function ascentOf(doc: Doc): number {
  const {face, size} = currentType(doc)
  return ascentIn(face, size)
}

/** `ascentOf` for `face` at `size`, whatever the current type. */
function ascentIn(face: string, size: number): number {
  const font = parsedFont(faceFiles.get(face)!)
  const ascender = font.ascent * (1000 / font.unitsPerEm)
  return (ascender / 1000) * size
}

/**
 * Every text option that changes how `drawLine` draws, set to what draws a
 * plain line: pdfkit's `continued` text hands its options on to the next
 * `text` call for every option not given, and the furniture may be drawn in
 * the middle of a paragraph (from `pageAdded`). A `width` of 0 with no line
 * breaking keeps the call away from the paragraph's line wrapper.
 * (`features` cannot be unset this way; nothing here sets it.) The links
 * are `null`, which pdfkit tests with `!= null`: its types allow only
 * `undefined`, which would not override an inherited link.
 */
const plainLine = {
  lineBreak: false,
  width: 0,
  align: 'left',
  baseline: 'top',
  characterSpacing: 0,
  wordSpacing: 0,
  horizontalScaling: 100,
  rotation: 0,
  oblique: false,
  stroke: false,
  underline: false,
  strike: false,
  link: null,
  goTo: null,
  destination: null,
  structParent: null
} as unknown as PDFKit.Mixins.TextOptions

/**
 * One line of text at (x, y) in the current type, leaving `doc.x`, `doc.y`
 * and any paragraph pdfkit is wrapping as they were. What the face cannot
 * draw (a Chinese title in the running header) is set in its fallback, on
 * the same baseline.
 */
export function drawLine(doc: Doc, text: string, x: number, y: number): void {
  const {x: flowX, y: flowY} = doc
  const pieces = linePieces(doc, text)
  if (!pieces) doc.text(text, x, y, plainLine)
  else {
    const {face, size} = currentType(doc)
    let at = x
    for (const piece of pieces) {
      doc.font(piece.face, size)
      // `plainLine` sets text from the top of its line: the baselines meet where the faces' ascents differ.
      doc.text(piece.text, at, y + ascentIn(face, size) - ascentIn(piece.face, size), plainLine)
      at += doc.widthOfString(piece.text)
    }
    doc.font(face, size)
  }
  doc.x = flowX
  doc.y = flowY
}

/** How wide `drawLine` draws `text` in the current type. */
export function lineWidth(doc: Doc, text: string): number {
  const pieces = linePieces(doc, text)
  if (!pieces) return doc.widthOfString(text)
  const {face, size} = currentType(doc)
  let width = 0
  for (const piece of pieces) width += doc.font(piece.face, size).widthOfString(piece.text)
  doc.font(face, size)
  return width
}

/** A line's pieces by the face that draws each, registered; none when the current face draws it all (the common case, known at once). */
function linePieces(doc: Doc, text: string): Array<{text: string; face: string}> | undefined {
  if (drawnByEveryFace(text)) return undefined
  const {face} = currentType(doc)
  const own = faces.get(face)
  if (!own) return undefined
  const runs = fontRuns(text, own.family, own.role, own.style)
  if (runs.every((run) => !run.fallback)) return undefined
  return runs.map((run) => {
    const pieceFace = run.fallback ? fallbackFace(run.fallback, own.style) : face
    registerFallback(doc, pieceFace)
    return {text: run.text, face: pieceFace}
  })
}

/**
 * Extra space between lines so that baselines sit `leading × size` apart;
 * pdfkit’s own line height is the font’s ascent + descent + line gap.
 */
export function lineGap(doc: Doc, style: PdfStyle): number {
  const natural = doc.currentLineHeight(true)
  return Math.max(0, currentType(doc).size * style.leading - natural)
}

/** Height of one line in the current type, leading included. */
export function lineHeight(doc: Doc, style: PdfStyle): number {
  return doc.currentLineHeight(true) + lineGap(doc, style)
}

/** Width of the text column. */
export function columnWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right
}

/** The lowest y text may reach: the footer lives below it. */
export function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom
}

function atTopOfPage(doc: Doc): boolean {
  return doc.y <= doc.page.margins.top + 0.5
}

/**
 * Start a new page unless `height` points still fit above the footer: keeps
 * a speaker label with the first lines it introduces.
 */
export function keepTogether(doc: Doc, height: number): void {
  if (!atTopOfPage(doc) && doc.y + height > bottom(doc)) doc.addPage()
}

/** Vertical space, swallowed at the top of a page (a page break is space enough). */
export function skip(doc: Doc, amount: number): void {
  if (atTopOfPage(doc)) return
  doc.y = Math.min(doc.y + amount, bottom(doc))
}

/** A hairline across the text column at the current y, tagged as layout, not content. */
export function rule(doc: Doc, colour: string, weight = 0.5): void {
  const y = doc.y
  doc.markContent('Artifact', {type: 'Layout'})
  doc
    .save()
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(weight)
    .strokeColor(colour)
    .stroke()
    .restore()
  doc.endMarkedContent()
}

/**
 * Set one block of text across the column, in `type`, as a structure element
 * `tag` under `parent` (an empty text sets nothing).
 */
export function taggedText(
  doc: Doc,
  style: PdfStyle,
  parent: PDFKit.PDFStructureElement,
  tag: string,
  text: string,
  type: Type,
  options: Record<string, unknown> = {}
): void {
  if (!text) return
  parent.add(doc.struct(tag, {}, () => flowRuns(doc, style, [{text: foldLongTokens(text), type, options}], doc.page.margins.left, columnWidth(doc))))
}

/** A stretch of text set in one type, with text options of its own (`characterSpacing`). */
export interface Run {
  text: string
  type: Type
  options?: Record<string, unknown>
}

/**
 * Set runs as one flowing block (pdfkit’s `continued` text) from (`x`, the
 * current y), `width` wide; pdfkit breaks lines and pages. Each run is cut
 * where its face cannot draw a character and a fallback can
 * (`font-fallback.ts`), and each piece set in its font: on the baseline of
 * the run’s own face, with the same leading, so a line mixing fonts keeps
 * one baseline. A block whose first letter is Arabic is set flush right.
 */
export function flowRuns(doc: Doc, style: PdfStyle, runs: Run[], x: number, width: number): void {
  const pieces = runs.flatMap((run) => piecesOf(run))
  const mixed = pieces.some((piece) => piece.type.face !== piece.own)
  const rightToLeft = mixed && readsRightToLeft(runs.map((run) => run.text).join(''))
  pieces.forEach((piece, index) => {
    const options: Record<string, unknown> = {width, continued: index < pieces.length - 1, ...piece.options}
    if (mixed) {
      // The own face’s line height and baseline, whichever font sets the piece.
      useType(doc, {...piece.type, face: piece.own})
      const height = lineHeight(doc, style)
      options.baseline = -ascentIn(piece.own, piece.type.size)
      useType(doc, piece.type)
      options.lineGap = height - doc.currentLineHeight(true)
      if (rightToLeft) options.align = 'right'
    } else {
      useType(doc, piece.type)
      options.lineGap = lineGap(doc, style)
    }
    // Arabic glyphs are often shared by several letters (a dotless form and a dot), which a
    // font's ToUnicode map cannot tell apart: the text itself goes with them, as `ActualText`.
    if (piece.rightToLeft) doc.markContent('Span', {actual: piece.text} as Record<string, unknown>)
    if (index === 0) doc.text(piece.text, x, doc.y, options)
    else doc.text(piece.text, options)
    if (piece.rightToLeft) doc.endMarkedContent()
  })
}

interface Piece extends Run {
  /** The face the run was to be set in (the piece’s own, or the one a fallback stands in for). */
  own: string
  rightToLeft: boolean
}

function piecesOf(run: Run): Piece[] {
  const face = faces.get(run.type.face)
  if (!face) return [{...run, own: run.type.face, rightToLeft: false}]
  return fontRuns(run.text, face.family, face.role, face.style).map((piece) => ({
    text: piece.text,
    type: piece.fallback ? {...run.type, face: fallbackFace(piece.fallback, face.style)} : run.type,
    options: run.options,
    own: run.type.face,
    rightToLeft: piece.rightToLeft
  }))
}

/** The longest run of characters without a break that the line breaker is handed. */
const maxUnbroken = 40

/**
 * A run of more than `maxUnbroken` characters with no space. Not Japanese
 * or Chinese, where a line may break between any two characters.
 */
const longToken = new RegExp(String.raw`[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{${maxUnbroken + 1},}`, 'gu')

/**
 * Give over-long tokens (a 200 KB URL, a line of base64) a break opportunity
 * every `maxUnbroken` characters: pdfkit breaks a word wider than the line by
 * measuring ever-longer prefixes of it, which costs the square of its length
 * (4.5 GB and a crash for 200 KB). A zero-width space is invisible, takes no
 * width, and is dropped again by text extraction.
 */
export function foldLongTokens(text: string): string {
  if (text.length <= maxUnbroken) return text
  return text.replace(longToken, (token) => {
    const characters = [...token]
    const pieces: string[] = []
    for (let start = 0; start < characters.length; start += maxUnbroken) pieces.push(characters.slice(start, start + maxUnbroken).join(''))
    return pieces.join('\u200B')
  })
}
