/**
 * The paragraphs of a WordprocessingML part (`word/document.xml`, a header,
 * a footer, the footnotes), as Word shows them: the text of each `w:p`, its
 * runs' `w:t` joined, a tab for `w:tab`, a new line for `w:br` and `w:cr`;
 * the bold text it opens with (label evidence); whether its style is a
 * heading or the title. A table row is one paragraph, its cells a tab apart,
 * as Word's own plain-text export gives it. Deleted text (`w:del`) is not
 * shown, nor is a drawing's fallback (`mc:Fallback`), which repeats the text
 * box its `mc:Choice` holds.
 *
 * `verify` counts a Word file's words from these paragraphs too, so a word
 * that spans two runs (`Sec` + `retary`) is one word on both sides.
 */
import {SaxesParser, type SaxesTagPlain} from 'saxes'
import {UnreadableInput} from '../unreadable.js'

export interface DocxParagraph {
  /** The paragraph's lines (split at `w:br`, `w:cr`), each trimmed. */
  lines: DocxLine[]
  /** The style makes it a heading (`heading 1`…) or the title. */
  heading?: boolean
}

export interface DocxLine {
  text: string
  /** The bold text the line opens with. */
  bold?: string
}

/** What the paragraph and character styles of `word/styles.xml` say. */
export interface Styles {
  /** Style ids that are bold, their own or through the style they are based on. */
  bold: Set<string>
  /** Paragraph style ids that are headings or the title. */
  headings: Set<string>
}

const mainNamespaces = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'])
const compatibilityNamespace = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

/** `w:b`, `w:bCs` on, unless `w:val` turns it off. */
function isOn(tag: SaxesTagPlain, prefix: string): boolean {
  const value = tag.attributes[`${prefix}val`]
  return value === undefined || !/^(?:0|false|off|none)$/i.test(value)
}

/**
 * Walk a part's XML with saxes, calling `handlers` with local names in the
 * main namespace (its prefix is read from the root element's declarations:
 * Word writes `w:`, but nothing obliges it to).
 */
function walk(
  xml: string,
  part: string,
  handlers: {open(name: string, tag: SaxesTagPlain, prefix: string): void; close(name: string): void; text(text: string): void}
): void {
  try {
    walkOnce(xml, handlers, false)
  } catch (error) {
    if (!(error instanceof SaxesError)) throw error
    // Where the XML breaks is looked for only once it breaks: counting lines costs a quarter of the walk.
    // The place is in the part, not in the input (a zip): it goes in the reason.
    let place = ''
    try {
      walkOnce(xml, {open() {}, close() {}, text() {}}, true)
    } catch (again) {
      if (again instanceof SaxesError && again.place) place = ` at line ${again.place.line}, column ${again.place.column}`
    }
    throw new UnreadableInput(`${part} is not well-formed XML${place}: ${error.message}`)
  }
}

/** saxes' complaint, without the place it prefixes (given apart). */
class SaxesError extends Error {
  constructor(
    message: string,
    readonly place?: {line: number; column: number}
  ) {
    super(message)
  }
}

function walkOnce(
  xml: string,
  handlers: {open(name: string, tag: SaxesTagPlain, prefix: string): void; close(name: string): void; text(text: string): void},
  position: boolean
): void {
  const parser = new SaxesParser({xmlns: false, position})
  let prefix: string | undefined
  let compatibility = 'mc:'
  /** Inside content that is not shown: a fallback, a deletion. */
  let skipped = 0
  parser.on('opentag', (tag) => {
    if (prefix === undefined) {
      prefix = 'w:'
      for (const [name, value] of Object.entries(tag.attributes)) {
        if (!name.startsWith('xmlns')) continue
        const declared = name === 'xmlns' ? '' : name.slice(6) + ':'
        if (mainNamespaces.has(value)) prefix = declared
        else if (value === compatibilityNamespace) compatibility = declared
      }
    }
    if (skipped > 0 || tag.name === `${compatibility}Fallback` || tag.name === `${prefix}del`) {
      if (!tag.isSelfClosing) skipped++
      return
    }
    if (tag.name.startsWith(prefix) && (prefix !== '' || !tag.name.includes(':'))) handlers.open(tag.name.slice(prefix.length), tag, prefix)
  })
  parser.on('closetag', (tag) => {
    if (skipped > 0) {
      if (!tag.isSelfClosing) skipped--
      return
    }
    if (prefix !== undefined && tag.name.startsWith(prefix)) handlers.close(tag.name.slice(prefix.length))
  })
  parser.on('text', (text) => {
    if (skipped === 0) handlers.text(text)
  })
  parser.on('error', (error) => {
    throw new SaxesError(error.message.replace(/^.*?:(?:\d+:\d+:)? ?/, ''), position ? {line: parser.line, column: parser.column} : undefined)
  })
  parser.write(xml).close()
}

/** The bold styles and the heading styles of `word/styles.xml`. */
export function readStyles(xml: string | undefined): Styles {
  const styles: Styles = {bold: new Set(), headings: new Set()}
  if (!xml) return styles
  const basedOn = new Map<string, string>()
  let id: string | undefined
  let inRunProperties = false
  walk(xml, 'word/styles.xml', {
    open(name, tag, prefix) {
      const value = tag.attributes[`${prefix}val`]
      if (name === 'style') id = tag.attributes[`${prefix}styleId`]
      else if (!id) return
      else if (name === 'name' && value && /^(?:heading [1-9]|title|subtitle)$/i.test(value)) styles.headings.add(id)
      else if (name === 'basedOn' && value) basedOn.set(id, value)
      else if (name === 'rPr') inRunProperties = true
      else if (inRunProperties && (name === 'b' || name === 'bCs') && isOn(tag, prefix)) styles.bold.add(id)
    },
    close(name) {
      if (name === 'style') id = undefined
      else if (name === 'rPr') inRunProperties = false
    },
    text() {}
  })
  // A style based on a bold one is bold (a chain of a few links; a loop is cut).
  for (const start of basedOn.keys()) {
    const seen = new Set<string>()
    for (let at: string | undefined = start; at && !seen.has(at); at = basedOn.get(at)) {
      seen.add(at)
      if (styles.bold.has(at)) {
        styles.bold.add(start)
        break
      }
    }
  }
  return styles
}

interface OpenParagraph {
  lines: DocxLine[]
  text: string
  bold?: string
  /** Only bold text so far on this line. */
  leadOpen: boolean
  style?: string
}

/** The paragraphs of a part, in reading order; a table row is one. */
export function readParagraphs(xml: string, part: string, styles: Styles): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = []
  /** Open paragraphs: a text box's paragraphs open inside another's run. */
  const open: OpenParagraph[] = []
  /** The table row being read, and how deep in tables. */
  let row: OpenParagraph | undefined
  let rowDepth = 0
  let cellStarted = false
  let inText = false
  let inRunProperties = false
  let runBold = false
  let runStyleBold = false
  const current = () => open.at(-1)

  const newParagraph = (): OpenParagraph => ({lines: [], text: '', leadOpen: true})
  const endLine = (paragraph: OpenParagraph) => {
    const text = paragraph.text.replace(/\s+$/, '')
    if (text.trim() !== '') {
      const bold = paragraph.bold?.replace(/\s+/g, ' ').trim()
      paragraph.lines.push(bold ? {text: text.trim(), bold} : {text: text.trim()})
    }
    paragraph.text = ''
    paragraph.bold = undefined
    paragraph.leadOpen = true
  }
  const append = (text: string) => {
    const paragraph = current()
    if (!paragraph || text === '') return
    paragraph.text += text
    if (!paragraph.leadOpen || text.trim() === '') return
    const bold = runBold || runStyleBold || (paragraph.style !== undefined && styles.bold.has(paragraph.style))
    if (bold) paragraph.bold = (paragraph.bold ?? '') + text
    else paragraph.leadOpen = false
  }
  const emit = (paragraph: OpenParagraph) => {
    endLine(paragraph)
    if (paragraph.lines.length === 0) return
    const result: DocxParagraph = {lines: paragraph.lines}
    if (paragraph.style !== undefined && styles.headings.has(paragraph.style)) result.heading = true
    paragraphs.push(result)
  }

  walk(xml, part, {
    open(name, tag, prefix) {
      switch (name) {
        case 'p':
          open.push(newParagraph())
          break
        case 'tr':
          if (rowDepth++ === 0 && open.length === 0) row = newParagraph()
          break
        case 'tc':
          cellStarted = false
          break
        case 'pStyle':
          if (current()) current()!.style = tag.attributes[`${prefix}val`]
          break
        case 'r':
          runBold = false
          runStyleBold = false
          break
        case 'rPr':
          inRunProperties = true
          break
        case 'b':
        case 'bCs':
          if (inRunProperties) runBold = runBold || isOn(tag, prefix)
          break
        case 'rStyle':
          if (inRunProperties) runStyleBold = styles.bold.has(tag.attributes[`${prefix}val`] ?? '')
          break
        case 't':
          inText = !tag.isSelfClosing
          break
        case 'tab':
          if (!inRunProperties && current() && !tag.attributes[`${prefix}val`]) append('\t')
          break
        case 'noBreakHyphen':
          append('-')
          break
        case 'br':
        case 'cr':
          if (current()) endLine(current()!)
          break
      }
    },
    close(name) {
      switch (name) {
        case 'p': {
          const paragraph = open.pop()
          if (!paragraph) break
          if (row && open.length === 0) {
            // A cell's first paragraph goes on the row's line, a tab after the cell before; its next ones on lines of their own.
            endLine(paragraph)
            for (const [index, cellLine] of paragraph.lines.entries()) {
              if (index === 0 && cellStarted === false && row.text !== '') {
                row.text += '\t' + cellLine.text
              } else if (index === 0 && !cellStarted) {
                row.text = cellLine.text
                row.bold = cellLine.bold
              } else {
                endLine(row)
                row.text = cellLine.text
                row.bold = cellLine.bold
              }
              row.leadOpen = false
            }
            if (paragraph.lines.length > 0) cellStarted = true
          } else emit(paragraph)
          break
        }
        case 'tr':
          if (--rowDepth === 0 && row) {
            emit(row)
            row = undefined
          }
          break
        case 'rPr':
          inRunProperties = false
          break
        case 't':
          inText = false
          break
      }
    },
    text(text) {
      if (inText) append(text)
    }
  })
  return paragraphs
}
