/**
 * Create a PDF document ready for layout: page geometry from the template,
 * the embedded faces registered, reproducible metadata that claims PDF/UA-1,
 * and a tagged structure root; and finish it.
 *
 * Pages are not buffered unless asked: each page is written out as soon as
 * the next one starts, so memory does not grow with the length of the
 * transcript (see `pagination.ts` for when pages are held instead).
 */
import PDFDocument from 'pdfkit'
import {registerFace} from './parsed-fonts.js'
import {finishStructure, placeholderCreationDate, truthfulMetadata} from './pdfkit-internals.js'
import {faces, type PdfStyle} from './style.js'
import {startType} from './typeset.js'

export type Doc = InstanceType<typeof PDFDocument>

export interface DocumentInfo {
  title: string
  author?: string
  subject?: string
  keywords?: string
  /** BCP 47 language of the text. */
  language: string
  /** When the file is made (`SOURCE_DATE_EPOCH`); absent, the PDF carries no creation or modification date. */
  date?: Date
  /** A digest of what the document shows, which its file ID is derived from: two documents, two IDs; one document, one ID every run. */
  digest: string
  /** `Verbatim 0.1.0`. */
  creator: string
}

export interface OpenDocument {
  doc: Doc
  /** The `Document` structure element every tagged element hangs from. */
  root: PDFKit.PDFStructureElement
}

export interface OpenOptions {
  /** Deflate page content (off for a measuring pass nobody reads). */
  compress?: boolean
  /** Called on every new page, before anything is drawn on it: running furniture. */
  onPage?: (doc: Doc) => void
  /** Hold every page until the document ends, so that they can be drawn on later (`buffered.ts`). */
  bufferPages?: boolean
}

export function openDocument(style: PdfStyle, info: DocumentInfo, options: OpenOptions = {}): OpenDocument {
  const doc = new PDFDocument({
    size: style.page.size,
    margins: style.page.margins,
    autoFirstPage: false,
    compress: options.compress ?? true,
    bufferPages: options.bufferPages ?? false,
    pdfVersion: '1.7',
    tagged: true,
    lang: info.language,
    displayTitle: true,
    // No default font: pdfkit would load Helvetica’s metrics, or, given one
    // of ours, open it a second time when it is first used by its registered
    // name. The body face is chosen below, once registered.
    font: null as unknown as string,
    info: {
      Title: info.title,
      ...(info.author ? {Author: info.author} : {}),
      ...(info.subject ? {Subject: info.subject} : {}),
      ...(info.keywords ? {Keywords: info.keywords} : {}),
      Creator: info.creator,
      Producer: `${info.creator} (PDFKit)`,
      // pdfkit derives the file ID from the info as the document is made: the digest makes it the content's, and is taken out below.
      ContentDigest: info.digest,
      ...(info.date ? {CreationDate: info.date, ModDate: info.date} : {CreationDate: placeholderCreationDate})
    } as PDFKit.DocumentInfo & {ContentDigest: string}
  })
  delete (doc.info as Record<string, unknown>).ContentDigest
  truthfulMetadata(doc, Boolean(info.date))
  // PDF/UA-1's identification in the XMP. pdfkit's `subset: 'PDF/UA'` writes the same, but also a
  // `CIDSet` for every font, which PDF/A-1 wants and PDF/UA does not.
  doc.appendXML(pdfuaIdentification)
  registerFaces(doc)
  startType(doc, style.body.regular, style.sizes.body)
  if (options.onPage) {
    const onPage = options.onPage
    doc.on('pageAdded', () => onPage(doc))
  }
  const root = doc.struct('Document')
  doc.addStructure(root)
  doc.addPage()
  return {doc, root}
}

/** The XMP description `pdfuaid:part` 1 (ISO 14289-1, 5). */
const pdfuaIdentification = `
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>`

/** End the structure root, then the document: what every path does once layout is over. */
export function closeDocument({doc, root}: OpenDocument): void {
  root.end()
  finishStructure(doc)
  doc.end()
}

/**
 * Register both families under role-free names (`serif-bold`); a face is
 * embedded (as a subset) only if something is set in it. The fonts are
 * parsed once per process (`parsed-fonts.ts`), not per document. The
 * fallbacks are registered when first used (`useType`), so that a document
 * that needs none never reads their files.
 */
function registerFaces(doc: Doc): void {
  for (const [name, face] of faces) registerFace(doc, name, face.file)
}

/** The 1-based number of the page being written, counting flushed pages. */
export function currentPageNumber(doc: Doc): number {
  const range = doc.bufferedPageRange()
  return range.start + range.count
}
