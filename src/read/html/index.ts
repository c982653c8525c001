/**
 * Read a saved web page (a State Department, Kremlin, UN or ministry page
 * saved with Ctrl-S) into the transcript tree.
 *
 * 1. the page's visible text, in blocks and lines with their offsets (`page.ts`);
 * 2. the article, as Firefox's reader view finds it (`article.ts`: Readability
 *    over linkedom), matched with the page's lines (`select.ts`), with the
 *    header above it and any speech it misjudged;
 * 3. those lines become the plain-text reader's input, so every label, header
 *    and furniture rule applies unchanged (`../text-input.ts`); bold at a
 *    line's start is label evidence (`../bold-labels.ts`);
 * 4. what the extractor left out is set aside in `tree.removed`, one entry a
 *    block, with the reason the page's markup gives it (`nav` is navigation).
 */
import type {VFile} from 'vfile'
import type {Point} from 'unist'
import type {Removed, RemovedReason, Transcript} from '../../model.js'
import type {ParseOptions} from '../../parse/index.js'
import {boldLabelForms} from '../bold-labels.js'
import {parseInput, textInput, type InputLine} from '../text-input.js'
import {UnreadableInput} from '../unreadable.js'
import {pointsOf} from '../../util/points.js'
import {findArticle} from './article.js'
import type {PageBlock, PageLine} from './layout.js'
import {readPage} from './page.js'
import {selectLines} from './select.js'

export {isHtml, pageEncoding} from './detect.js'

export function fromHtml(file: VFile, options: ParseOptions = {}): Transcript {
  const html = String(file.value)
  const {blocks, readable} = readPage(html)
  const place = pointsOf(html)
  const body = blocks.filter((block) => !block.title)
  if (!body.some((block) => block.lines.some((line) => /[\p{L}\p{N}]/u.test(line.text)))) {
    throw new UnreadableInput('the page has no text in its body: there is nothing to convert')
  }

  const article = findArticle(readable)
  let selection: boolean[][]
  if (article && article.lines.length > 0) {
    selection = selectLines(blocks, article.lines, article.title)
  } else {
    file.message('Found no article on the page: its whole text is read as the transcript', {line: 1, column: 1}).ruleId = 'no-article'
    selection = blocks.map((block) => block.lines.map(() => !block.title))
  }

  const paragraphs: InputLine[][] = []
  const leftOut: Removed[] = []
  const kept: PageLine[] = []
  for (const [index, block] of blocks.entries()) {
    if (block.title) continue
    const lines = block.lines.filter((_, line) => selection[index][line])
    const others = block.lines.filter((_, line) => !selection[index][line])
    if (lines.length > 0) {
      paragraphs.push(lines.map((line) => inputLine(line, place)))
      kept.push(...lines)
    }
    if (others.length > 0) leftOut.push(removedBlock(block, others, place))
  }
  // The `<title>` is the page's name in the browser, not its text: metadata, unless no heading of
  // the body was kept, when it is the title line the header is read from.
  const title = blocks.find((block) => block.title)
  if (title) {
    const headed = blocks.some((block, index) => block.heading && selection[index].some(Boolean))
    if (!headed && paragraphs.length > 0) paragraphs.unshift(title.lines.map((line) => inputLine(line, place)))
    else leftOut.push(removedBlock(title, title.lines, place))
  }
  if (paragraphs.length === 0) throw new UnreadableInput('the page has no article text: nothing on it reads as a transcript')

  const tree = parseInput(textInput(paragraphs), file, {...options, labelForms: boldLabelForms(kept)})
  tree.removed = [...tree.removed, ...leftOut].sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
  return tree
}

function inputLine(line: PageLine, place: (offset: number) => Point): InputLine {
  return {text: line.text, start: place(line.start ?? 0), end: place(line.end ?? 0)}
}

/** A block's lines the extractor left out, set aside as one entry with the reason its markup gives. */
function removedBlock(block: PageBlock, lines: PageLine[], place: (offset: number) => Point): Removed {
  const reason: RemovedReason = block.title ? 'metadata' : block.hint ?? (block.links ? 'link' : 'page-furniture')
  return {
    reason,
    value: lines.map((line) => line.text).join('\n'),
    position: {start: place(lines[0].start ?? 0), end: place(lines.at(-1)!.end ?? 0)}
  }
}
