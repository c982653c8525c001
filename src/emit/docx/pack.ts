/**
 * Pack sections into DOCX bytes with docx's public `Packer`, then make the
 * package reproducible: the template's parts (styles, settings, font table,
 * made once per template) go in through `Packer`'s `overrides`, the
 * embedded fonts are added after packing, cut to the characters the
 * document uses, the few rewrites docx's options
 * leave to us are made (`./rewrites.ts`), and the parts are zipped again in
 * a fixed order with fixed dates. One transcript or a packet of several,
 * the caller decides what the sections hold.
 */
import {Document, Packer, type ISectionOptions, type ISectionPropertiesOptions, type PageNumberEstimator} from 'docx'
import type {Template} from '../../template/schema.js'
import {pageSize} from '../../template/page.js'
import {charactersOf} from './characters.js'
import {subsetPartContent, western} from './font-parts.js'
import {readPackage, type Package} from './package.js'
import type {DocumentProperties} from './properties.js'
import {makeReproducible, splitFieldRuns, type EmbeddedPart} from './rewrites.js'
import {documentStyles} from './styles.js'
import {templateParts} from './template-parts.js'
import {twips} from './units.js'
import {zipArchive, type ZipEntry} from './zip.js'

export interface PackOptions {
  template: Template
  /** Only properties: options that would change the settings part are the template's (`./template-parts.ts`). */
  properties: DocumentProperties
  sections: ISectionOptions[]
  /** BCP 47 tag of the text, for spelling and hyphenation. */
  language: string
  /** When the file is made (`SOURCE_DATE_EPOCH`): its core properties' dates and its zip entries' times. */
  timestamp?: Date
  /**
   * Pages already laid out (a packet's, by its PDF layout): written as the
   * results of the page references and page counts, clean, so neither Word
   * nor LibreOffice shows a blank or asks to update fields.
   */
  pageNumbers?: KnownPages
}

/** The page each bookmark starts on, and the pages in all (1-based, every page counted). */
export interface KnownPages {
  bookmarks: ReadonlyMap<string, number>
  pages: number
}

/**
 * docx's hook for page numbers it cannot lay out itself (its
 * `PageNumberEstimator`), answered with numbers already known.
 */
function knownPageNumbers(known: KnownPages): PageNumberEstimator {
  return () => ({
    bookmarks: new Map([...known.bookmarks].map(([name, page]) => [name, String(page)])),
    bookmarkPageNumbers: known.bookmarks,
    pageCount: known.pages
  })
}

/** Page size and margins from the template, for every section. */
export function pageProperties(template: Template): ISectionPropertiesOptions {
  const size = pageSize(template)
  const margins = template.page.margins
  return {
    page: {
      size: {width: twips(size.width), height: twips(size.height)},
      margin: {
        top: twips(margins.top),
        right: twips(margins.right),
        bottom: twips(margins.bottom),
        left: twips(margins.left),
        // Header and footer sit halfway into the top and bottom margins.
        header: twips(margins.top / 2),
        footer: twips(margins.bottom / 2)
      }
    }
  }
}

export async function packDocument(options: PackOptions): Promise<Uint8Array> {
  const styles = documentStyles(options.template, options.language)
  const template = await templateParts(styles, options.template.fonts.embed)
  // No styles or fonts: their parts are the template's, made once.
  const document = new Document({
    ...options.properties,
    sections: options.sections,
    ...(options.pageNumbers ? {pageNumbers: knownPageNumbers(options.pageNumbers)} : {})
  })
  const parts = readPackage(await Packer.toBuffer(document, false, template.overrides))
  makeReproducible(parts, options.timestamp)
  splitFieldRuns(parts)
  return zipArchive(zipEntries(parts, fontEntries(parts, template.fonts)), options.timestamp ?? firstDosTime)
}

/** Each embedded face cut to the characters the package's text uses. */
function fontEntries(parts: Package, fonts: readonly EmbeddedPart[]): ZipEntry[] {
  if (fonts.length === 0) return []
  const codePoints = charactersOf(parts, western)
  return fonts.map(({name, part}) => ({name, content: subsetPartContent(part, codePoints)}))
}

/**
 * Zip entries must carry a modification time: with no time of conversion,
 * the first a zip can hold (1980-01-01 00:00), as reproducible-build tools
 * write, which no reader takes for the document's date.
 */
const firstDosTime = new Date(Date.UTC(1980, 0, 1))

const contentTypes = '[Content_Types].xml'

/**
 * The package's entries in the library's order but `[Content_Types].xml`
 * first, where Word puts it and tools that sniff a package look; the fonts
 * last, where the library writes them.
 */
function zipEntries(parts: Package, fonts: readonly ZipEntry[]): ZipEntry[] {
  const names = [...parts.keys()].sort((a, b) => Number(b === contentTypes) - Number(a === contentTypes))
  return [...names.map((name) => ({name, content: parts.get(name)!})), ...fonts]
}
