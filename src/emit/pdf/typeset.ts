/**
 * Small typesetting moves shared by the handlers: choose a type, measure a
 * line, keep material together, leave space, draw a rule.
 */
import {fontSizeOf, type Doc} from './internals.js'
import type {PdfStyle} from './style.js'

/** A face, a size and a colour: what one run of text is set in. */
export interface Type {
  face: string
  size: number
  colour: string
}

export function useType(doc: Doc, type: Type): void {
  doc.font(type.face).fontSize(type.size).fillColor(type.colour)
}

/**
 * Extra space between lines so that baselines sit `leading × size` apart;
 * pdfkit’s own line height is the font’s ascent + descent + line gap.
 */
export function lineGap(doc: Doc, style: PdfStyle): number {
  const natural = doc.currentLineHeight(true)
  return Math.max(0, fontSizeOf(doc) * style.leading - natural)
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
  parent.add(
    doc.struct(tag, {}, () => {
      useType(doc, type)
      doc.text(foldLongTokens(text), doc.page.margins.left, doc.y, {width: columnWidth(doc), lineGap: lineGap(doc, style), ...options})
    })
  )
}

/** The longest run of characters without a break that the line breaker is handed. */
const maxUnbroken = 40

/** A run of more than `maxUnbroken` characters with no space. */
const longToken = new RegExp(String.raw`\S{${maxUnbroken + 1},}`, 'gu')

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
