/**
 * Which lines of a page the transcript reader is given: those Readability
 * kept in the article, matched with the page's own lines; the header above
 * the article from its title heading down (Readability leaves out the title
 * and the date lines a transcript's header is read from); and left-out
 * lines that open with a label the article uses (a label always opens
 * speech, so speech Readability misjudged comes back). Everything else is
 * what the extractor left out.
 */
import type {PageBlock} from './layout.js'

/** Where a line stands: its block, and its place in the block. */
export interface LineRef {
  block: number
  line: number
}

/** The most lines between the title heading and the article that are taken as its header. */
const maxHeaderLines = 30

/** `MR. PRICE:`, `QUESTION :`, `问：` at the start of a line. */
const colonLabel = /^([^:：]{1,60}?)\s?[:：](?=\s|$)/u

/**
 * For each block, for each line, whether the reader is given it. `article`
 * is the text of each line Readability kept, in order; `title` the title it
 * found.
 */
export function selectLines(blocks: PageBlock[], article: string[], title?: string): boolean[][] {
  const refs: LineRef[] = []
  for (const [block, {lines, title: isTitle}] of blocks.entries()) if (!isTitle) for (const line of lines.keys()) refs.push({block, line})
  const textOf = (ref: LineRef) => blocks[ref.block].lines[ref.line].text
  const kept = new Array<boolean>(refs.length).fill(false)
  for (const index of matchLines(refs.map(textOf), article)) kept[index] = true

  const first = kept.indexOf(true)
  if (first >= 0) {
    const heading = titleHeading(blocks, refs, kept, first, title)
    // Above the article, the lines from the title down are its header; inside it, the heading alone was left out.
    if (heading !== undefined && heading < first && first - heading <= maxHeaderLines) for (let index = heading; index < first; index++) kept[index] = true
    else if (heading !== undefined) for (let index = heading; index < refs.length && refs[index].block === refs[heading].block; index++) kept[index] = true
  }
  rescueSpeech(kept, refs, blocks)

  const selection = blocks.map((block) => new Array<boolean>(block.lines.length).fill(false))
  for (const [index, ref] of refs.entries()) selection[ref.block][ref.line] = kept[index]
  return selection
}

/**
 * The page lines (indexes into `page`) that the article's lines are, in
 * order: first the lines whose text is unique on both sides, as anchors that
 * do not cross (a longest increasing run), then, between anchors, each
 * article line at the first page line after the last match with its text.
 * A line Readability changed (a button taken out of it) matches the page
 * line that holds its text.
 */
function matchLines(page: string[], article: string[]): number[] {
  const pageCount = countOf(page)
  const articleCount = countOf(article)
  const pageIndex = new Map<string, number>()
  for (const [index, text] of page.entries()) if (pageCount.get(text) === 1) pageIndex.set(text, index)
  const anchors: Array<[number, number]> = []
  for (const [index, text] of article.entries()) {
    if (articleCount.get(text) === 1 && pageIndex.has(text)) anchors.push([index, pageIndex.get(text)!])
  }
  const chain = increasing(anchors)

  const matched: number[] = []
  let articleFrom = 0
  let pageFrom = 0
  for (const [articleAt, pageAt] of [...chain, [article.length, page.length] as [number, number]]) {
    matched.push(...fill(page, article, articleFrom, articleAt, pageFrom, pageAt))
    if (pageAt < page.length) matched.push(pageAt)
    articleFrom = articleAt + 1
    pageFrom = pageAt + 1
  }
  return matched
}

/** How far past the last match a line Readability changed is looked for. */
const changedWindow = 50

/** Matches for article lines `[articleFrom, articleTo)` among page lines `[pageFrom, pageTo)`. */
function fill(page: string[], article: string[], articleFrom: number, articleTo: number, pageFrom: number, pageTo: number): number[] {
  if (articleFrom >= articleTo) return []
  const places = new Map<string, number[]>()
  for (let index = pageFrom; index < pageTo; index++) {
    const list = places.get(page[index])
    if (list) list.push(index)
    else places.set(page[index], [index])
  }
  const matched: number[] = []
  let at = pageFrom
  for (let index = articleFrom; index < articleTo; index++) {
    const text = article[index]
    // Places only grow: those before the last match are dropped for good.
    const list = places.get(text)
    while (list && list.length > 0 && list[0] < at) list.shift()
    let found = list?.[0] ?? -1
    // Changed by Readability: the page line near the last match that holds it, or that it holds.
    if (found === -1 && text.length >= 20) {
      for (let candidate = at; candidate < Math.min(pageTo, at + changedWindow); candidate++) {
        if (page[candidate].includes(text) || (page[candidate].length >= 20 && text.includes(page[candidate]))) {
          found = candidate
          break
        }
      }
    }
    if (found === -1) continue
    matched.push(found)
    at = found + 1
  }
  return matched
}

function countOf(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1)
  return counts
}

/** The longest run of pairs whose second members increase (the first already do). */
function increasing(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = []
  const previous = new Array<number>(pairs.length).fill(-1)
  for (const [index, [, value]] of pairs.entries()) {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (pairs[tails[middle]][1] < value) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[index] = tails[low - 1]
    tails[low] = index
  }
  const chain: Array<[number, number]> = []
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]) chain.push(pairs[index])
  return chain.reverse()
}

/**
 * The first line of the title heading Readability left out (it takes the
 * title apart, and drops the heading that repeats it): a heading of level 1
 * or 2 whose text is the title it found, else the last `h1` above the
 * article, else the first in the article's opening lines.
 */
function titleHeading(blocks: PageBlock[], refs: LineRef[], kept: boolean[], first: number, title: string | undefined): number | undefined {
  const wanted = title ? fold(title) : ''
  const end = Math.min(refs.length, first + maxHeaderLines)
  let above: number | undefined
  let within: number | undefined
  for (let index = 0; index < end; index++) {
    const block = blocks[refs[index].block]
    if (kept[index] || refs[index].line !== 0 || !block.heading || block.heading > 2) continue
    const text = fold(block.lines.map((line) => line.text).join(' '))
    if (wanted !== '' && text !== '' && (wanted.includes(text) || text.includes(wanted))) return index
    if (block.heading === 1 && index < first) above = index
    if (block.heading === 1 && index > first) within ??= index
  }
  return above ?? within
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim()
}

/**
 * Put back left-out blocks that open with a label the kept lines use twice
 * or more: speech, which a label always opens. With each go the blocks after
 * it that stand in the same part of the page (its landmark) until a kept
 * line: a speech's later paragraphs, not the footer below them.
 */
function rescueSpeech(kept: boolean[], refs: LineRef[], blocks: PageBlock[]): void {
  const textOf = (index: number) => blocks[refs[index].block].lines[refs[index].line].text
  const counts = new Map<string, number>()
  for (let index = 0; index < refs.length; index++) {
    const label = kept[index] ? colonLabel.exec(textOf(index))?.[1] : undefined
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  const labels = new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label))
  if (labels.size === 0) return
  for (let index = 0; index < refs.length; index++) {
    if (kept[index] || refs[index].line !== 0) continue
    const label = colonLabel.exec(textOf(index))?.[1]
    if (label === undefined || !labels.has(label)) continue
    const hint = blocks[refs[index].block].hint
    let at = index
    while (at < refs.length && !kept[at] && (refs[at].block === refs[index].block || blocks[refs[at].block].hint === hint)) kept[at++] = true
    index = at - 1
  }
}
