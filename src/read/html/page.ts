/**
 * The page as the source has it: every block and line of visible text, with
 * its offsets in the HTML, read straight from htmlparser2's tokens (Readability
 * works on a DOM, which keeps no offsets). What the reader keeps and what it
 * sets aside are both cut from these lines, and `verify` counts the words of
 * a page from them too, so every visible word is accounted for once.
 *
 * The same pass gives the page without what no reader sees (scripts, styles,
 * icons, comments): what the DOM is built from for Readability. A saved page
 * is mostly that weight, and a DOM of it costs more than all the rest.
 */
import {Parser} from 'htmlparser2'
import {LayoutBuilder, type PageBlock} from './layout.js'

/** Elements whose content Readability never reads as text: left out of the DOM it is given. */
const unread = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object'])

export interface Page {
  blocks: PageBlock[]
  /** The HTML without the elements no reader sees, for the DOM. */
  readable: string
}

export function readPage(html: string): Page {
  const builder = new LayoutBuilder()
  const kept: string[] = []
  let from = 0
  let cutStart = -1
  let cutName = ''
  let depth = 0
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        builder.open(name, attributes)
        if (cutStart === -1 && unread.has(name)) {
          cutStart = parser.startIndex
          cutName = name
          depth = 0
        }
        if (cutStart !== -1 && name === cutName) depth++
      },
      onclosetag(name) {
        builder.close(name)
        if (cutStart !== -1 && name === cutName && --depth === 0) {
          kept.push(html.slice(from, cutStart))
          from = parser.endIndex + 1
          cutStart = -1
        }
      },
      oncomment() {
        if (cutStart !== -1) return
        kept.push(html.slice(from, parser.startIndex))
        from = parser.endIndex + 1
      },
      // During the call, `startIndex` and `endIndex` (inclusive) span the text or entity in the source.
      ontext: (data) => builder.text(data, parser.startIndex, parser.endIndex + 1)
    },
    {decodeEntities: true}
  )
  parser.end(html)
  kept.push(html.slice(cutStart === -1 ? from : Math.min(from, cutStart)))
  return {blocks: builder.finish(), readable: kept.join('')}
}

/** The page's blocks and lines of visible text. */
export function pageBlocks(html: string): PageBlock[] {
  return readPage(html).blocks
}
