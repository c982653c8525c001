/**
 * The few pdfkit internals this emitter relies on, typed in one place.
 *
 * pdfkit (0.20) has no API for running furniture, for reading the current
 * typeface back, or for pointing a bookmark at a named destination. Each use
 * below says why the public API does not suffice; if pdfkit changes, this is
 * the one file to revisit.
 */
import type PDFDocument from 'pdfkit'

export type Doc = InstanceType<typeof PDFDocument>

interface DocInternals {
  _font: unknown
  _fontSize: number
  _fillColor?: [unknown, number]
  /** Draws one line of text at a position without touching `doc.x`/`doc.y` or an open line wrapper. */
  _fragment(text: string, x: number, y: number, options: Record<string, unknown>): void
}

interface OutlineInternals {
  outlineData: Record<string, unknown>
}

function internals(doc: Doc): DocInternals {
  return doc as unknown as DocInternals
}

/**
 * The text state a running header must leave as it found it: it is drawn
 * from `pageAdded`, possibly in the middle of a paragraph that pdfkit is
 * still wrapping, so font, size, colour and position must be restored.
 */
export interface TextState {
  font: unknown
  fontSize: number
  fillColor?: [unknown, number]
  x: number
  y: number
}

export function saveTextState(doc: Doc): TextState {
  const inner = internals(doc)
  return {font: inner._font, fontSize: inner._fontSize, fillColor: inner._fillColor, x: doc.x, y: doc.y}
}

export function restoreTextState(doc: Doc, state: TextState): void {
  const inner = internals(doc)
  inner._font = state.font
  inner._fontSize = state.fontSize
  inner._fillColor = state.fillColor
  doc.x = state.x
  doc.y = state.y
}

/** One line of text at (x, y), leaving the flow state alone (see `_fragment`). */
export function drawLine(doc: Doc, text: string, x: number, y: number, options: Record<string, unknown> = {}): void {
  internals(doc)._fragment(text, x, y, options)
}

/**
 * Point a bookmark at a named destination (`u3`, `p7`) rather than at the
 * top of a page: pdfkit’s `addItem` only takes a page.
 */
export function pointOutlineAt(item: PDFKit.PDFOutline, destination: string): void {
  ;(item as unknown as OutlineInternals).outlineData.Dest = new String(destination)
}

/** The 1-based number of the page being written, counting flushed pages. */
export function currentPageNumber(doc: Doc): number {
  const range = doc.bufferedPageRange()
  return range.start + range.count
}

/** The current font size: pdfkit keeps it but has no getter. */
export function fontSizeOf(doc: Doc): number {
  return internals(doc)._fontSize
}

/** Distance from the top of a line to its baseline in the current font and size. */
export function ascentOf(doc: Doc): number {
  const inner = internals(doc) as DocInternals & {_font: {ascender: number}}
  return (inner._font.ascender / 1000) * inner._fontSize
}

/** `doc.addNamedDestination` at a y position, with the left and zoom left as the reader has them. */
export function addDestination(doc: Doc, name: string, y: number): void {
  ;(doc as unknown as {addNamedDestination(name: string, ...args: unknown[]): void}).addNamedDestination(
    name,
    'XYZ',
    null,
    y,
    null
  )
}
