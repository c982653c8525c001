/**
 * The pdfkit 0.20 internals the PDF emitter relies on, all in this one
 * module; everything else about pdfkit goes through its public API.
 *
 * Two remain, each because the public API would change the output:
 *
 * - `_fillColor`: the fill colour pdfkit sets again when text it is
 *   wrapping continues on a new page. The running furniture is drawn from
 *   `pageAdded`, possibly in the middle of such a paragraph, in colours of
 *   its own, inside `save`/`restore`, which puts the PDF's colour back but
 *   not pdfkit's note of it. Only the note is put back here: the public
 *   `fillColor` would draw the colour again as well.
 * - `outlineData`: the dictionary of a bookmark. `addItem` points a bookmark
 *   at a page; here it is pointed at a named destination (`u3`, `p7`)
 *   instead, the place a reader's links name too.
 *
 * On first use a tiny document (one standard font, a few words wrapping
 * onto a second page, one bookmark) checks both. If either is not as
 * expected, the public path is taken, and says what it loses.
 */
import PDFDocument from 'pdfkit'
import {expect, runSelfCheck, type SelfCheck} from '../self-check.js'
import type {Doc} from './document.js'

interface DocInternals {
  _fillColor?: [unknown, number | undefined]
}

interface OutlineInternals {
  outlineData: Record<string, unknown>
}

/** Colour and destination of the check: what its output must then hold. */
const checkColour = '#00ff00'
const checkDestination = 'verbatim-check'

function checkOnTinyDocument(): void {
  const doc = new PDFDocument({size: [120, 48], margins: {top: 6, bottom: 6, left: 6, right: 6}, compress: false})
  doc.fillColor('#ff0000')
  const inner = doc as unknown as DocInternals
  expect(Array.isArray(inner._fillColor) && inner._fillColor[0] === '#ff0000', '`fillColor` keeps its colour in `_fillColor`')
  continueWith(doc, checkColour)
  doc.text('one two three four five six seven eight nine ten eleven twelve', {width: 100})
  const pages = doc.bufferedPageRange()
  expect(pages.start + pages.count > 1, 'the check’s text wraps onto a second page')

  const item = doc.outline.addItem('check') as unknown as Partial<OutlineInternals>
  expect(item.outlineData !== null && typeof item.outlineData === 'object', 'a bookmark keeps its dictionary in `outlineData`')
  pointAt(item as OutlineInternals, checkDestination)

  doc.end()
  const chunks: Buffer[] = []
  let chunk: Buffer | null
  while ((chunk = doc.read() as Buffer | null) !== null) chunks.push(chunk)
  const output = Buffer.concat(chunks).toString('latin1')
  expect(output.includes('0 1 0 scn'), 'text wrapped onto a new page continues in the colour `_fillColor` names')
  expect(output.includes(`/Dest (${checkDestination})`), 'a bookmark’s `outlineData.Dest` is written to its dictionary')
}

let verdict: SelfCheck | undefined

/** The result of the self-check, running it if it has not run yet. */
export function pdfkitInternalsCheck(): SelfCheck {
  verdict ??= runSelfCheck('pdfkit', checkOnTinyDocument)
  return verdict
}

function continueWith(doc: Doc, colour: string | undefined): void {
  ;(doc as unknown as DocInternals)._fillColor = colour === undefined ? undefined : [colour, undefined]
}

function pointAt(item: OutlineInternals, destination: string): void {
  item.outlineData.Dest = new String(destination)
}

/**
 * Have text that pdfkit is wrapping continue in `colour` should it break
 * onto a new page, without drawing anything (`undefined`: no colour set yet).
 *
 * Fallback: `fillColor`, which draws the colour as well: one colour
 * operator more on each page that furniture is drawn on, the same look.
 */
export function continueTextIn(doc: Doc, colour: string | undefined): void {
  if (pdfkitInternalsCheck().ok) continueWith(doc, colour)
  else if (colour !== undefined) doc.fillColor(colour)
}

/**
 * A bookmark under `parent` that opens the named destination `destination`.
 *
 * Fallback: pdfkit's documented page bookmark, which opens the page current
 * when it is made, whole: the destination's page, except for a question's
 * bookmark made just before a page break (it opens the page before), and
 * not the place on the page.
 */
export function addBookmark(parent: PDFKit.PDFOutline, title: string, destination: string): PDFKit.PDFOutline {
  if (!pdfkitInternalsCheck().ok) return parent.addItem(title)
  const item = parent.addItem(title)
  pointAt(item as unknown as OutlineInternals, destination)
  return item
}

/*
 * A PDF with no date of making. pdfkit always writes `CreationDate` into the
 * info dictionary and `xmp:CreateDate` into the XMP, and needs one when the
 * document is made (it hashes the info into the file ID). With no time of
 * conversion (`SOURCE_DATE_EPOCH`) Verbatim gives it a placeholder, then:
 *
 * - makes `doc.info.CreationDate` non-enumerable: `end()` writes the info
 *   dictionary from the enumerable keys of `doc.info`, while the XMP still
 *   finds the date it reads;
 * - takes `xmp:CreateDate` out of the XMP, through `doc.metadata`'s
 *   `getXML` and `getLength`, which `endMetadata` writes the stream from.
 *
 * Its own tiny document checks both on first use. Fallback: the placeholder
 * stays, so the PDF says it was made at the epoch (1970-01-01), the same
 * every run, and never the event's date.
 */

interface MetadataInternals {
  getXML(): string
  getLength(): number
}

/** The date pdfkit is given when there is none: the epoch, as `SOURCE_DATE_EPOCH=0` would. */
export const placeholderCreationDate = new Date(0)

const createDate = /\s*<xmp:CreateDate>[^<]*<\/xmp:CreateDate>/

function leaveOutCreationDate(doc: Doc): void {
  const info = doc.info as unknown as Record<string, unknown>
  Object.defineProperty(info, 'CreationDate', {value: info.CreationDate, enumerable: false, configurable: true, writable: true})
  const metadata = (doc as unknown as {metadata: MetadataInternals}).metadata
  const {getXML} = metadata
  metadata.getXML = () => getXML.call(metadata).replace(createDate, '')
  metadata.getLength = () => metadata.getXML().length
}

function checkUndated(): void {
  const doc = new PDFDocument({size: [120, 48], compress: false, pdfVersion: '1.7', info: {Title: 'check', CreationDate: placeholderCreationDate}})
  const metadata = (doc as unknown as Partial<{metadata: Partial<MetadataInternals>}>).metadata
  expect(typeof metadata?.getXML === 'function' && typeof metadata.getLength === 'function', '`doc.metadata` has `getXML` and `getLength`')
  leaveOutCreationDate(doc)
  doc.end()
  const chunks: Buffer[] = []
  let chunk: Buffer | null
  while ((chunk = doc.read() as Buffer | null) !== null) chunks.push(chunk)
  const output = Buffer.concat(chunks).toString('latin1')
  expect(!output.includes('/CreationDate'), 'a non-enumerable `info.CreationDate` stays out of the info dictionary')
  expect(output.includes('<x:xmpmeta') && !output.includes('xmp:CreateDate'), 'the XMP is written from `metadata.getXML()`')
  expect(/\/ID \[/.test(output), 'the file ID is still written')
}

let undatedVerdict: SelfCheck | undefined

/** The result of the check of `undated`, running it if it has not run yet. */
export function pdfkitUndatedCheck(): SelfCheck {
  undatedVerdict ??= runSelfCheck('pdfkit', checkUndated)
  return undatedVerdict
}

/**
 * Leave the creation date out of a document made with
 * `placeholderCreationDate`: no `CreationDate` in its info dictionary and no
 * `xmp:CreateDate` in its XMP. Fallback: the placeholder date stays.
 */
export function undated(doc: Doc): void {
  if (pdfkitUndatedCheck().ok) leaveOutCreationDate(doc)
}
