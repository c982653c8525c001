/**
 * The pdfkit 0.20 internals the PDF emitter relies on, all in this one
 * module; everything else about pdfkit goes through its public API.
 *
 * Five remain, each because the public API would change the output or
 * leave the PDF short of PDF/UA-1 (ISO 14289-1):
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
 * - `structParent`, an option of the annotation methods (`goTo`) that
 *   pdfkit's types do not declare: it makes a link annotation an object
 *   kid (`OBJR`) of a `Link` structure element, with `/StructParent` and
 *   its entry in the ParentTree. pdfkit does this itself only for URL links
 *   set with `text(…, {link})`, not for links to a named destination.
 * - `dictionary` of a structure element and `getStructTreeRoot()`: an `/ID`
 *   on a `Note` (PDF/UA asks one of every note), and the `IDTree` in the
 *   structure tree root that lists every element with an ID (ISO 32000-1,
 *   14.7.2). pdfkit's `struct` options have no ID.
 * - `metadata.getXML`: the XMP as pdfkit built it, put right before it is
 *   written. pdfkit writes the info values into the XML unescaped, and
 *   always writes a creation date, which a file made without
 *   `SOURCE_DATE_EPOCH` must not claim.
 *
 * On first use tiny documents check them: one standard font, a few
 * words wrapping onto a second page, one bookmark; a tagged one with a
 * link in a `Link` element and a note with an ID; an undated one with `&`
 * and `<` in its title. If anything is not as
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

/** What pdfkit writes as a PDF dictionary: `data`, until the object is written. */
interface ReferenceInternals {
  data: Record<string, unknown>
}

interface StructureInternals {
  dictionary: ReferenceInternals
}

interface TaggedDocInternals {
  getStructTreeRoot(): ReferenceInternals
}

/** The annotation options pdfkit takes beyond its types: the structure element the annotation belongs to. */
interface TaggedAnnotationOption {
  structParent?: PDFKit.PDFStructureElement
  /** A PDF text string: pdfkit writes a JS string as a name. */
  Contents: string
}

/** The area of a link, in pdfkit's coordinates (from the top left of the page). */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
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
  checkStructureOnTinyDocument()
}

/** A `Link` element holding its annotation, a `Note` with an ID, the ID listed in the IDTree. */
function checkStructureOnTinyDocument(): void {
  const doc = new PDFDocument({size: [120, 48], margins: {top: 6, bottom: 6, left: 6, right: 6}, compress: false, tagged: true})
  const inner = doc as unknown as TaggedDocInternals
  expect(typeof inner.getStructTreeRoot === 'function', 'a tagged document has `getStructTreeRoot()`')
  const root = doc.struct('Document')
  doc.addStructure(root)
  const link = doc.struct('Link')
  root.add(link)
  link.add(() => doc.text('check', 6, 6))
  tagLink(doc, link, {x: 6, y: 6, width: 20, height: 10}, checkDestination, 'check link')
  link.end()
  const note = doc.struct('Note', {}, () => doc.text('note', 6, 20))
  expect(typeof (note as unknown as Partial<StructureInternals>).dictionary?.data === 'object', 'a structure element keeps its dictionary in `dictionary.data`')
  identifyWith(doc, note, checkDestination)
  root.add(note)
  root.end()
  writeIdTree(doc)
  doc.end()
  const chunks: Buffer[] = []
  let chunk: Buffer | null
  while ((chunk = doc.read() as Buffer | null) !== null) chunks.push(chunk)
  const output = Buffer.concat(chunks).toString('latin1')
  expect(/\/StructParent \d+\b/.test(output), 'a link annotation made with `structParent` has `/StructParent`')
  expect(/\/Type \/OBJR/.test(output), 'its `Link` element holds it as an `OBJR` kid')
  expect(output.includes('/Contents (check link)'), 'the annotation has its `/Contents`')
  expect(output.includes(`/ID (${checkDestination})`), 'an element’s `dictionary.data.ID` is written')
  expect(/\/IDTree <<\n\/Names \[/.test(output), 'the structure tree root’s `IDTree` is written')
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

function tagLink(doc: Doc, link: PDFKit.PDFStructureElement, rect: Rect, destination: string, description: string): void {
  const options: TaggedAnnotationOption = {structParent: link, Contents: new String(description) as unknown as string}
  doc.goTo(rect.x, rect.y, rect.width, rect.height, destination, options as PDFKit.Mixins.AnnotationOption)
}

/** The elements given an ID in each document, for its IDTree. */
const identified = new WeakMap<Doc, Map<string, ReferenceInternals>>()

function identifyWith(doc: Doc, element: PDFKit.PDFStructureElement, id: string): void {
  const dictionary = (element as unknown as StructureInternals).dictionary
  dictionary.data.ID = new String(id)
  let ids = identified.get(doc)
  if (!ids) identified.set(doc, (ids = new Map()))
  ids.set(id, dictionary)
}

/** The IDTree: one leaf, its keys in byte order as a name tree needs (the IDs are ASCII). */
function writeIdTree(doc: Doc): void {
  const ids = identified.get(doc)
  if (!ids || ids.size === 0) return
  const names = [...ids.keys()].sort().flatMap((id) => [new String(id), ids.get(id)])
  ;(doc as unknown as TaggedDocInternals).getStructTreeRoot().data.IDTree = {Names: names}
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

/** The info entries pdfkit writes into the XMP as they are, unescaped. */
const xmpEntries = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The XMP pdfkit built, put right: each info value it wrote between two
 * tags as it is escaped (a title `Trade & Tariffs` makes XMP that is not
 * well-formed); with no date of making, `xmp:CreateDate` left out.
 */
function putRight(xml: string, info: Record<string, unknown>, dated: boolean): string {
  let result = dated ? xml : xml.replace(createDate, '')
  for (const key of xmpEntries) {
    const value = info[key]
    if (typeof value === 'string' && /[&<>]/.test(value)) result = result.split(`>${value}</`).join(`>${escapeXml(value)}</`)
  }
  return result
}

function rewriteMetadata(doc: Doc, dated: boolean): void {
  const info = doc.info as unknown as Record<string, unknown>
  // A non-enumerable entry is not written into the info dictionary; pdfkit still finds it for the XMP.
  if (!dated) Object.defineProperty(info, 'CreationDate', {value: info.CreationDate, enumerable: false, configurable: true, writable: true})
  const metadata = (doc as unknown as {metadata: MetadataInternals}).metadata
  const {getXML} = metadata
  metadata.getXML = () => putRight(getXML.call(metadata), info, dated)
  metadata.getLength = () => metadata.getXML().length
}

function checkMetadata(): void {
  const title = 'Trade & <Tariffs>'
  const doc = new PDFDocument({size: [120, 48], compress: false, pdfVersion: '1.7', info: {Title: title, CreationDate: placeholderCreationDate}})
  const metadata = (doc as unknown as Partial<{metadata: Partial<MetadataInternals>}>).metadata
  expect(typeof metadata?.getXML === 'function' && typeof metadata.getLength === 'function', '`doc.metadata` has `getXML` and `getLength`')
  rewriteMetadata(doc, false)
  doc.end()
  const chunks: Buffer[] = []
  let chunk: Buffer | null
  while ((chunk = doc.read() as Buffer | null) !== null) chunks.push(chunk)
  const output = Buffer.concat(chunks).toString('latin1')
  expect(!output.includes('/CreationDate'), 'a non-enumerable `info.CreationDate` stays out of the info dictionary')
  expect(output.includes('<x:xmpmeta') && !output.includes('xmp:CreateDate'), 'the XMP is written from `metadata.getXML()`')
  expect(output.includes(`>${escapeXml(title)}</`) && !output.includes(`>${title}</`), 'the title in the XMP is escaped')
  expect(/\/ID \[/.test(output), 'the file ID is still written')
}

let metadataVerdict: SelfCheck | undefined

/** The result of the check of `truthfulMetadata`, running it if it has not run yet. */
export function pdfkitMetadataCheck(): SelfCheck {
  metadataVerdict ??= runSelfCheck('pdfkit', checkMetadata)
  return metadataVerdict
}

/**
 * Make the XMP true and well-formed: its values escaped, and, for a
 * document made with `placeholderCreationDate` (`dated` false), no
 * `CreationDate` in the info dictionary and no `xmp:CreateDate` in the XMP.
 * Fallback: pdfkit's XMP as it is (a value with `&` or `<` breaks it) and
 * the placeholder date stays.
 */
export function truthfulMetadata(doc: Doc, dated: boolean): void {
  if (pdfkitMetadataCheck().ok) rewriteMetadata(doc, dated)
}

/**
 * A link annotation over `rect` that opens the named destination
 * `destination`, with `description` as its `/Contents`, made an object kid
 * of `link` (a `Link` structure element, drawn on the current page): how
 * PDF/UA wants a link, so that a screen reader announces it where its text
 * is read.
 *
 * Fallback: pdfkit's documented `goTo` with `/Contents`: the same link to
 * click, but outside the structure tree (not PDF/UA).
 */
export function addTaggedLink(doc: Doc, link: PDFKit.PDFStructureElement, rect: Rect, destination: string, description: string): void {
  if (pdfkitInternalsCheck().ok) tagLink(doc, link, rect, destination, description)
  else doc.goTo(rect.x, rect.y, rect.width, rect.height, destination, {Contents: new String(description) as unknown as string})
}

/**
 * Give `element` the ID `id` (unique in the document), before it is added
 * to its parent; `finishStructure` lists it in the IDTree.
 *
 * Fallback: no ID (a `Note` without one is not PDF/UA).
 */
export function identify(doc: Doc, element: PDFKit.PDFStructureElement, id: string): void {
  if (pdfkitInternalsCheck().ok) identifyWith(doc, element, id)
}

/** Before `doc.end()`: write the IDTree of the elements `identify` gave an ID. */
export function finishStructure(doc: Doc): void {
  if (pdfkitInternalsCheck().ok) writeIdTree(doc)
}
