/**
 * The page as the source has it: every block and line of visible text, with
 * its offsets in the HTML, read straight from htmlparser2's tokens (Readability
 * works on a DOM, which keeps no offsets). What the reader keeps and what it
 * sets aside are both cut from these lines, and `verify` counts the words of
 * a page from them too, so every visible word is accounted for once.
 */
import {Parser} from 'htmlparser2'
import {LayoutBuilder, type PageBlock} from './layout.js'

export function pageBlocks(html: string): PageBlock[] {
  const builder = new LayoutBuilder()
  const parser = new Parser(
    {
      onopentag: (name, attributes) => builder.open(name, attributes),
      onclosetag: (name) => builder.close(name),
      // During the call, `startIndex` and `endIndex` (inclusive) span the text or entity in the source.
      ontext: (data) => builder.text(data, parser.startIndex, parser.endIndex + 1)
    },
    {decodeEntities: true}
  )
  parser.end(html)
  return builder.finish()
}
