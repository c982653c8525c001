/**
 * The lines and blocks a browser shows for HTML, as a person copying the page
 * would get them: a block element (`p`, `div`, `li`, a heading, a table row…)
 * starts a new paragraph, `<br>` a new line, two `<br>` in a row a new
 * paragraph; white space collapses as CSS collapses it; a table row's cells
 * share a line, a tab apart; `<pre>` keeps its lines. Script, style,
 * template and noscript hold no visible text.
 *
 * One builder serves both walks the HTML reader makes: over the source's
 * tokens, with offsets (`page.ts`), and over the article Readability kept,
 * without (`article.ts`), so the two cut the text at the same places and
 * their lines can be matched one for one.
 */
import type {RemovedReason} from '../../model.js'

/** One line of visible text and where it stands in the source. */
export interface PageLine {
  /** White space collapsed, trimmed; cells a tab apart. */
  text: string
  /** Offset of its first visible character in the source, and one past its last (absent in a walk without offsets). */
  start?: number
  end?: number
  /** The bold text the line opens with (`<strong>MR. PRICE:</strong>`), collapsed and trimmed. */
  bold?: string
}

/** A paragraph of lines: what one block element holds between other blocks. */
export interface PageBlock {
  lines: PageLine[]
  /** `h1` gives 1, … `h6` 6. */
  heading?: number
  /** The `<title>` element's text, not the page's body. */
  title?: boolean
  /** What the nearest landmark around the block says it is (`nav` is navigation), for text Readability leaves out. */
  hint?: RemovedReason
  /** Every line's text inside links: a list of links. */
  links?: boolean
}

/** Elements that hold no visible text. */
export const hiddenElements = new Set(['script', 'style', 'template', 'noscript'])

/** Elements that start and end a block (CSS `display: block`, list items, table rows and the like). */
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'iframe', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'pre', 'section', 'select', 'summary', 'table',
  'tbody', 'textarea', 'tfoot', 'thead', 'title', 'tr', 'ul', 'head'
])

const cellElements = new Set(['td', 'th'])

const boldElements = new Set(['b', 'strong'])

/** `font-weight: bold` or 600 and more, as word processors' HTML and some sites set it. */
const boldStyle = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i

/** Landmarks by element. */
const landmarkElements: Record<string, RemovedReason> = {
  nav: 'navigation',
  menu: 'navigation',
  header: 'navigation',
  form: 'navigation',
  button: 'navigation',
  select: 'navigation',
  label: 'navigation',
  textarea: 'navigation',
  footer: 'page-furniture',
  figcaption: 'caption',
  aside: 'link'
}

/** Landmarks by ARIA role. */
const landmarkRoles: Record<string, RemovedReason> = {
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  search: 'navigation',
  banner: 'navigation',
  toolbar: 'navigation',
  contentinfo: 'page-furniture',
  complementary: 'link'
}

/**
 * Landmarks by class or id, as sites name them, in the order they are tried:
 * a `share-bar` is navigation before it is a `bar`.
 */
const landmarkNames: Array<[RegExp, RemovedReason]> = [
  [/breadcrumb|(?:^|[-_\s])(?:nav|navbar|navigation|menu|skip|pager|pagination|toolbar|tabs)(?:$|[-_\s])|share|social|print|lang(?:uage)?[-_]?(?:switch|select|menu)/i, 'navigation'],
  [/cookie|consent|gdpr|newsletter|subscri|signup|disclaimer|banner|alert/i, 'boilerplate'],
  [/caption|credit|photo-?info/i, 'caption'],
  [/copyright|legal|privacy|terms/i, 'legal-footer'],
  [/footer/i, 'page-furniture'],
  [/related|more-stories|read-?more|recommend|see-?also|(?:^|[-_\s])tags(?:$|[-_\s])|popular|trending|teaser|promo/i, 'link'],
  [/byline|author/i, 'byline']
]

const landmarkCache = new Map<string, RemovedReason | undefined>()

/** What an element's name, role, class and id say of the text in it. */
export function landmarkOf(name: string, attributes: Record<string, string>): RemovedReason | undefined {
  const {role, class: className, id} = attributes
  if (role === undefined && className === undefined && id === undefined) return Object.hasOwn(landmarkElements, name) ? landmarkElements[name] : undefined
  // Pages repeat the same few classes on hundreds of elements: each combination is worked out once.
  const key = `${name}\u0000${role ?? ''}\u0000${className ?? ''}\u0000${id ?? ''}`
  if (landmarkCache.has(key)) return landmarkCache.get(key)
  const found = findLandmark(name, role?.toLowerCase(), `${className ?? ''} ${id ?? ''}`)
  if (landmarkCache.size < 10_000) landmarkCache.set(key, found)
  return found
}

function findLandmark(name: string, role: string | undefined, names: string): RemovedReason | undefined {
  if (role && Object.hasOwn(landmarkRoles, role)) return landmarkRoles[role]
  if (Object.hasOwn(landmarkElements, name)) return landmarkElements[name]
  if (names.trim() === '') return undefined
  for (const [pattern, reason] of landmarkNames) if (pattern.test(names)) return reason
  return undefined
}

interface Open {
  name: string
  hidden: boolean
  bold: boolean
  pre: boolean
  link: boolean
  /** The nearest landmark's reason, this element's own or an ancestor's. */
  hint?: RemovedReason
}

/**
 * Builds lines and blocks from a walk's events: `open`, `close`, `text` (with
 * the text's offsets in the source where the walk knows them).
 */
export class LayoutBuilder {
  readonly blocks: PageBlock[] = []
  readonly #stack: Open[] = []
  #hidden = 0
  #bold = 0
  #pre = 0
  #links = 0
  #block: PageBlock = {lines: []}
  #line: PageLine = {text: ''}
  /** The line has had visible text outside a link. */
  #unlinked = false
  /** Whether the line's bold opening is still open: only bold text so far. */
  #leadOpen = true
  /** `<br>` seen since the last text: a second one ends the paragraph. */
  #breaks = 0

  open(name: string, attributes: Record<string, string>): void {
    const style = attributes.style
    const entry: Open = {
      name,
      hidden: hiddenElements.has(name),
      bold: boldElements.has(name) || (style !== undefined && boldStyle.test(style)),
      pre: name === 'pre' || name === 'textarea' || name === 'listing' || name === 'plaintext',
      link: name === 'a' && attributes.href !== undefined,
      hint: landmarkOf(name, attributes) ?? this.#stack.at(-1)?.hint
    }
    this.#stack.push(entry)
    if (entry.hidden) this.#hidden++
    if (entry.bold) this.#bold++
    if (entry.pre) this.#pre++
    if (entry.link) this.#links++
    if (this.#hidden > 0) return
    if (name === 'br') {
      this.#endLine()
      if (++this.#breaks >= 2) this.#endBlock()
    } else if (blockElements.has(name)) {
      this.#endBlock()
    } else if (cellElements.has(name) && this.#line.text !== '' && !this.#line.text.endsWith('\t')) {
      this.#line.text = this.#line.text.trimEnd() + '\t'
    }
    if (/^h[1-6]$/.test(name)) this.#block.heading = Number(name[1])
    if (name === 'title') this.#block.title = true
  }

  close(name: string): void {
    // Walks give balanced events; a stray close tag with nothing open is ignored.
    const index = this.#stack.findLastIndex((entry) => entry.name === name)
    if (index === -1) return
    for (const entry of this.#stack.splice(index)) {
      if (entry.hidden) this.#hidden--
      if (entry.bold) this.#bold--
      if (entry.pre) this.#pre--
      if (entry.link) this.#links--
      if (this.#hidden === 0 && (blockElements.has(entry.name) || entry.name === 'title')) this.#endBlock()
    }
  }

  text(data: string, start?: number, end?: number): void {
    if (this.#hidden > 0 || data === '') return
    if (this.#pre > 0 && /[\r\n]/.test(data)) {
      // Preformatted text keeps its lines.
      let from = 0
      for (const match of data.matchAll(/\r\n|\r|\n/g)) {
        this.#append(data.slice(from, match.index), start === undefined ? undefined : start + from, start === undefined ? undefined : start + match.index)
        this.#endLine()
        from = match.index + match[0].length
      }
      this.#append(data.slice(from), start === undefined ? undefined : start + from, end)
      return
    }
    this.#append(data, start, end)
  }

  /** The blocks, once the walk is over. */
  finish(): PageBlock[] {
    this.#endBlock()
    return this.blocks
  }

  #append(data: string, start: number | undefined, end: number | undefined): void {
    const collapsed = this.#pre > 0 ? data.replace(/\t/g, ' ') : data.replace(/[ \t\n\r\f]+/g, ' ')
    const visible = collapsed.trim() !== ''
    const line = this.#line
    if (line.text === '' || line.text.endsWith(' ') || line.text.endsWith('\t')) line.text += collapsed.replace(/^ +/, '')
    else line.text += collapsed
    if (!visible) return
    this.#breaks = 0
    // Offsets of the first and last visible characters: exact in raw text, the whole span for an entity (`&amp;`).
    if (start !== undefined && end !== undefined) {
      const raw = end - start === data.length
      const first = raw ? data.search(/[^ \t\n\r\f]/) : 0
      const last = raw ? data.replace(/[ \t\n\r\f]+$/, '').length : end - start
      line.start ??= start + first
      line.end = start + last
    }
    if (this.#links === 0) this.#unlinked = true
    if (this.#leadOpen) {
      if (this.#bold > 0) line.bold = (line.bold ?? '') + collapsed
      else this.#leadOpen = false
    }
    this.#block.hint ??= this.#stack.at(-1)?.hint
  }

  #endLine(): void {
    const line = this.#line
    line.text = line.text.trim()
    if (line.text !== '') {
      if (line.bold !== undefined) {
        line.bold = line.bold.replace(/\s+/g, ' ').trim()
        if (line.bold === '') delete line.bold
      }
      this.#block.lines.push(line)
      if (!this.#unlinked) this.#block.links = this.#block.links ?? true
      else this.#block.links = false
    }
    this.#line = {text: ''}
    this.#unlinked = false
    this.#leadOpen = true
  }

  #endBlock(): void {
    this.#endLine()
    this.#breaks = 0
    if (this.#block.lines.length > 0) this.blocks.push(this.#block)
    this.#block = {lines: []}
  }
}
