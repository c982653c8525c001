/**
 * Read a Word file (a press office's transcript, a transcription service's
 * export such as Rev's) into the transcript tree.
 *
 * The archive is opened (`zip.ts`), `word/document.xml` read into paragraphs
 * with the styles of `word/styles.xml` (`paragraphs.ts`), and the paragraphs
 * become the plain-text reader's input, so every label, header and furniture
 * rule applies unchanged (`../text-input.ts`); bold at a paragraph's start,
 * outside headings, is label evidence (`../bold-labels.ts`). The running
 * headers and footers (`word/header1.xml`…) and the footnotes and endnotes
 * are set aside in `tree.removed` as page furniture: they stand on every
 * page, or at its foot, not in the transcript.
 *
 * A position in a Word file's tree or messages is a paragraph: line `n` is
 * the document's `n`th paragraph (a table row counts as one), column 1 its
 * start.
 */
import type {VFile} from 'vfile'
import type {Removed, Transcript} from '../../model.js'
import type {ParseOptions} from '../../parse/index.js'
import {boldLabelForms} from '../bold-labels.js'
import {parseInput, textInput, type InputLine} from '../text-input.js'
import {UnreadableInput} from '../unreadable.js'
import {readParagraphs, readStyles, type DocxParagraph} from './paragraphs.js'
import {carriedText} from '../../transform/characters.js'
import {ZipArchive, ZipError} from '../../util/zip-archive.js'

export const documentPart = 'word/document.xml'

/** Running headers and footers: `word/header1.xml`, `word/footer2.xml`. */
const runningPart = /^word\/(?:header|footer)\d*\.xml$/

/** Notes at the foot of a page or the end of the document. */
const notesParts = ['word/footnotes.xml', 'word/endnotes.xml']

/** The archive of a Word file, or an `UnreadableInput` that says what is wrong with it. */
export function openDocx(bytes: Uint8Array): ZipArchive {
  let archive: ZipArchive
  try {
    archive = new ZipArchive(bytes)
  } catch (error) {
    if (error instanceof ZipError) throw new UnreadableInput(`this Word file cannot be opened: ${error.message}`)
    throw error
  }
  if (!archive.has(documentPart)) throw new UnreadableInput(`this zip archive is not a Word document: it has no ${documentPart} (an OpenDocument or other Office file?); save it as .docx or plain text`)
  return archive
}

/** The paragraphs of a Word file, in the parts `verify` counts too: the document, then its running headers and footers. */
export function docxParts(archive: ZipArchive): {body: DocxParagraph[]; running: Array<{part: string; paragraphs: DocxParagraph[]}>; notes: Array<{part: string; paragraphs: DocxParagraph[]}>} {
  const styles = readStyles(unzipped(archive, 'word/styles.xml'))
  const body = readParagraphs(unzipped(archive, documentPart)!, documentPart, styles)
  const partsOf = (names: string[]) =>
    names.filter((name) => archive.has(name)).map((part) => ({part, paragraphs: readParagraphs(unzipped(archive, part)!, part, styles)}))
  return {body, running: partsOf([...archive.entries.keys()].filter((name) => runningPart.test(name)).sort()), notes: partsOf(notesParts)}
}

export function fromDocx(bytes: Uint8Array, file: VFile, options: ParseOptions = {}): Transcript {
  const {body, running, notes} = docxParts(openDocx(bytes))
  if (!body.some((paragraph) => paragraph.lines.some((line) => /[\p{L}\p{N}]/u.test(line.text)))) {
    throw new UnreadableInput('the Word document has no text: there is nothing to convert')
  }
  const paragraphs: InputLine[][] = body.map((paragraph, index) =>
    paragraph.lines.map((line) => ({text: line.text, start: {line: index + 1, column: 1}, end: {line: index + 1, column: line.text.length + 1}}))
  )
  // Headings are bold by their style, not as a label is.
  const labelForms = boldLabelForms(body.filter((paragraph) => !paragraph.heading).flatMap((paragraph) => paragraph.lines))
  const tree = parseInput(textInput(paragraphs), file, {...options, labelForms})

  const setAside: Removed[] = []
  for (const {paragraphs: partParagraphs} of [...running, ...notes]) {
    // Not through the text reader, so through the character rule here (XML 1.0 lets C1 controls into a Word file).
    for (const paragraph of partParagraphs) setAside.push({reason: 'page-furniture', value: carriedText(paragraph.lines.map((line) => line.text).join('\n')).text})
  }
  tree.removed = [...tree.removed, ...setAside]
  return tree
}

/** A part's text; a damaged entry is the file's fault, said as such. */
function unzipped(archive: ZipArchive, name: string): string | undefined {
  try {
    return archive.text(name)
  } catch (error) {
    if (error instanceof ZipError) throw new UnreadableInput(`this Word file cannot be read: ${error.message}`)
    throw error
  }
}
