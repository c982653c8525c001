/**
 * The page as the source has it: every block and line of visible text, with
 * its offsets in the HTML, read straight from htmlparser2's tokens (Readability
 * works on a DOM, which keeps no offsets). What the reader keeps and what it
 * sets aside are both cut from these lines, and `verify` counts the words of
 * a page from them too, so every visible word is accounted for once.
 *
 * The same pass gives the page without what no reader sees (scripts, styles,
 * icons, comments) and without the site's menus and footer: what the DOM is
 * built from for Readability. A saved page is mostly that weight, and a DOM
 * of it costs more than all the rest.
 */
import {LayoutBuilder, type PageBlock} from './layout.js'
import {library} from './load.js'

/** Elements whose content Readability never reads as text: left out of the DOM it is given. */
const unread = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object'])

/** Roles of a site's own chrome: a transcript is never in them. */
const chromeRoles = new Set(['navigation', 'menu', 'menubar', 'search', 'banner', 'contentinfo'])

/**
 * A site's menus, banner and footer, which Readability would walk and score
 * only to drop (a saved page's mega menu is most of its DOM): `nav`, the
 * landmarks of those roles, and a `header` or `footer` outside the article
 * (inside one they hold its title, date and byline).
 */
function isChrome(name: string, attributes: Record<string, string>, inArticle: boolean): boolean {
  const role = attributes.role?.toLowerCase()
  if (role !== undefined && chromeRoles.has(role)) return !(inArticle && (role === 'banner' || role === 'contentinfo'))
  return name === 'nav' || (!inArticle && (name === 'header' || name === 'footer'))
}

export interface Page {
  blocks: PageBlock[]
  /** The HTML without the elements no reader sees, for the DOM. */
  readable: string
}

export function readPage(html: string): Page {
  const {Parser} = library('htmlparser2')
  const builder = new LayoutBuilder()
  const kept: string[] = []
  let from = 0
  let cutStart = -1
  let cutName = ''
  let depth = 0
  /** Open `article` and `main` elements. */
  let articles = 0
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        builder.open(name, attributes)
        if (name === 'article' || name === 'main') articles++
        if (cutStart === -1 && (unread.has(name) || isChrome(name, attributes, articles > 0))) {
          cutStart = parser.startIndex
          cutName = name
          depth = 0
        }
        if (cutStart !== -1 && name === cutName) depth++
      },
      onclosetag(name) {
        builder.close(name)
        if (name === 'article' || name === 'main') articles = Math.max(0, articles - 1)
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
