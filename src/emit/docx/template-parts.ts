/**
 * The parts of a DOCX that depend on the template's styles and fonts and on
 * nothing a transcript brings: styles, settings, the font table and its
 * fonts, the theme, the (empty) footnotes and endnotes.
 *
 * The `docx` library builds each of them as a tree of objects and writes
 * it out again for every document: most of the time a DOCX took once the
 * fonts were deflated once per process. Here they are compiled once per
 * set of styles, from a document with no content, made reproducible and
 * deflated; a document's own compile gets a cheap stand-in for each (see
 * `standInTemplateParts`), whose output is then swapped for these bytes.
 */
import {Document, type IStylesOptions} from 'docx'
import {embeddedFonts} from './fonts.js'
import {packageParts} from './package-parts.js'
import {makeReproducible, type Parts} from './reproducible.js'
import {deflated, type Deflated} from './zip.js'

/** The template's parts, deflated, in the library's order. */
export type TemplateParts = ReadonlyMap<string, Deflated>

/** Parts written from the document's `Settings`, `FontTable`, `Theme`, … alone. */
const templatePartNames = new Set([
  'word/styles.xml',
  'word/settings.xml',
  'word/fontTable.xml',
  'word/_rels/fontTable.xml.rels',
  'word/theme/theme1.xml',
  'word/footnotes.xml',
  'word/endnotes.xml'
])

function isTemplatePart(name: string): boolean {
  return templatePartNames.has(name) || /^word\/fonts\/[^/]+\.odttf$/.test(name)
}

/**
 * By the styles' JSON (plain data: strings, numbers, booleans) and whether
 * fonts are embedded, which is all these parts are made from. A handful of
 * entries in a process: one per template and language.
 */
const compiled = new Map<string, Promise<TemplateParts>>()

async function compileTemplateParts(styles: IStylesOptions, embedFonts: boolean): Promise<TemplateParts> {
  const document = new Document({
    styles,
    fonts: embedFonts ? embeddedFonts(styles) : [],
    sections: [{children: []}]
  })
  const parts: Parts = await packageParts(document)
  // Any timestamp: it touches `docProps/core.xml` only, which is not kept.
  makeReproducible(parts, new Date(0))
  const kept = new Map<string, Deflated>()
  for (const [name, content] of parts) {
    if (!isTemplatePart(name)) continue
    kept.set(name, typeof content === 'string' || content instanceof Uint8Array ? deflated(content) : content)
  }
  return kept
}

/** The template parts for `styles`, compiled on first use. */
export function templateParts(styles: IStylesOptions, embedFonts: boolean): Promise<TemplateParts> {
  const key = JSON.stringify([styles, embedFonts])
  let parts = compiled.get(key)
  if (!parts) {
    parts = compileTemplateParts(styles, embedFonts)
    compiled.set(key, parts)
    // A failure is not cached: the next document tries again.
    parts.catch(() => compiled.delete(key))
  }
  return parts
}

/** What a stand-in writes: an element no real part has, so a stand-in that was not swapped is easy to see. */
const standInXml = {'verbatim:template-part': {}}
const standIn = {prepForXml: () => standInXml}

/**
 * Give `document` stand-ins for the parts the template decides, so its
 * compile skips building them. The library reads them through getters on
 * the document, which an own property shadows. Should a later `docx` name
 * them otherwise, the real parts are built and then replaced just the same:
 * slower, the same bytes.
 */
export function standInTemplateParts(document: Document): void {
  const file = document as unknown as Record<string, {Relationships?: unknown} | undefined>
  const shadow = (getter: string, value: unknown) => Object.defineProperty(document, getter, {value, configurable: true})
  shadow('Styles', standIn)
  shadow('Settings', standIn)
  shadow('Theme', standIn)
  shadow('FontTable', {View: standIn, Relationships: standIn, files: []})
  // Footnotes and endnotes keep their relationships, which the document's compile writes as before.
  shadow('FootNotes', {View: standIn, Relationships: file['FootNotes']?.Relationships})
  shadow('Endnotes', {View: standIn, Relationships: file['Endnotes']?.Relationships})
}

/**
 * Put the template's parts into a document's: in place of the stand-ins'
 * output, so the order stays the library's, and the fonts (which the
 * document's compile no longer writes) after the rest, where the library
 * writes them.
 */
export function withTemplateParts(parts: Parts, template: TemplateParts): void {
  for (const [name, content] of template) parts.set(name, content)
}
