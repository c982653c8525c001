/**
 * The text of an XML document as a reader sees it: character data in order,
 * a line break where a block element ends, nothing for markup. Used to read
 * DOCX (`word/document.xml`) and TEI back without either format’s own reader.
 */
import {SaxesParser} from 'saxes'

export interface XmlTextOptions {
  /** Local names of elements that end a line (`p`, `u`). */
  blocks: ReadonlySet<string>
  /** Local names of empty elements that stand for a space or a break (`tab`, `br`). */
  spaces?: ReadonlySet<string>
  /** Only text inside this element counts (TEI: `text`, leaving the header aside). */
  within?: string
}

/** Throws when the document is not well-formed. */
export function xmlText(xml: string, options: XmlTextOptions): string {
  const parser = new SaxesParser({xmlns: true})
  const parts: string[] = []
  let depth = options.within ? 0 : 1
  parser.on('opentag', (tag) => {
    if (tag.local === options.within) depth++
    if (depth > 0 && options.spaces?.has(tag.local)) parts.push('\n')
  })
  parser.on('closetag', (tag) => {
    if (depth > 0 && options.blocks.has(tag.local)) parts.push('\n')
    if (tag.local === options.within) depth--
  })
  parser.on('text', (text) => {
    if (depth > 0) parts.push(text)
  })
  parser.on('cdata', (text) => {
    if (depth > 0) parts.push(text)
  })
  parser.on('error', (error) => {
    throw error
  })
  parser.write(xml).close()
  return parts.join('')
}
