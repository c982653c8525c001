/**
 * The article of a page, as Firefox's reader view finds it: Readability over a
 * linkedom DOM. Only the lines of text it keeps matter here, cut as the page's
 * are (`layout.ts`), so that they can be matched with the page's own lines;
 * the text the reader goes on with is the page's, with its offsets.
 */
import {LayoutBuilder} from './layout.js'
import {library} from './load.js'

export interface Article {
  /** The text of each line Readability kept, in order. */
  lines: string[]
  /** The title Readability gives the page (its `<title>`, `og:title` or heading, cleaned of the site's name). */
  title?: string
}

/** Attributes the layout reads. */
const layoutAttributes = ['class', 'id', 'role', 'style', 'href']

/** The article in `html`, or undefined where Readability finds none. */
export function findArticle(html: string): Article | undefined {
  const {DOMParser} = library('linkedom')
  const {Readability} = library('readability')
  const document = new DOMParser().parseFromString(html, 'text/html') as unknown as Document
  // Classes are left (nothing here reads the article's markup), JSON-LD unread (its title is the page's too).
  const article = new Readability<Node>(document, {serializer: (node) => node, keepClasses: true, disableJSONLD: true}).parse()
  if (!article?.content) return undefined
  const builder = new LayoutBuilder()
  // A walk with a stack of its own: pages nest deep.
  const pending: Array<Node | {close: string}> = [article.content]
  while (pending.length > 0) {
    const node = pending.pop()!
    if ('close' in node) {
      builder.close(node.close)
      continue
    }
    if (node.nodeType === 3) {
      builder.text((node as Text).data)
      continue
    }
    if (node.nodeType !== 1) continue
    const element = node as Element
    const name = element.localName.toLowerCase()
    const attributes: Record<string, string> = {}
    for (const attribute of layoutAttributes) {
      const value = element.getAttribute(attribute)
      if (value !== null) attributes[attribute] = value
    }
    builder.open(name, attributes)
    pending.push({close: name})
    const children = element.childNodes
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index])
  }
  const lines = builder.finish().flatMap((block) => block.lines.map((line) => line.text))
  return {lines, title: article.title ?? undefined}
}
