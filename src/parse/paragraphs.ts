/**
 * Source paragraphs: runs of lines, joined, typography repaired, each with
 * the position of its lines.
 *
 * A blank line ends a paragraph, and so does a line that opens with a
 * speaker label: pasted transcripts often put every turn on the next line
 * with no blank between (`Q Start with…` / `MR. GIBBS:  Burma?`). Inside a
 * run with no blank lines, a line that ends a sentence and is not wrapped
 * text ends its paragraph too: a run of long lines is one paragraph a line,
 * a run hard-wrapped at a fixed width is joined back into paragraphs.
 */
import type {Position} from 'unist'
import {matchLabel, type MatchOptions} from './label.js'
import {cleanText, isBlank, linesPosition, type SourceLine} from './lines.js'

export interface SourceParagraph {
  /** Repaired text of the paragraph’s lines, joined by spaces. */
  text: string
  position: Position
  /** The source lines as printed, for what is set aside. */
  raw: string
}

/** A line’s text ends a sentence: `.`, `?`, `!`, a closing quote or bracket after one. */
const sentenceEnd = /[.?!…:][”"’»)\]]*$|[)\]]$/u

/** Lines longer than this are not hard-wrapped text. */
const wrappedWidth = 100

export function readParagraphs(lines: SourceLine[], options: MatchOptions = {}): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = []
  let run: Array<{line: SourceLine; text: string}> = []
  /** Longest line of the current blank-delimited block: the wrap width, if the block is wrapped. */
  let width = 0

  const flush = () => {
    if (run.length === 0) return
    let text = ''
    for (const {text: part} of run) {
      if (part === '') continue
      // `Sergey Lavrov` / `: On the subject…`: a label broken before its colon.
      text = text === '' ? part : part.startsWith(':') ? text + part : text + ' ' + part
    }
    paragraphs.push({
      text,
      position: linesPosition(run[0].line, run[run.length - 1].line),
      raw: run.map(({line}) => line.text).join('\n')
    })
    run = []
  }

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (isBlank(line.text)) {
      flush()
      width = blockWidth(lines, index + 1)
      continue
    }
    if (index === 0) width = blockWidth(lines, 0)
    const text = cleanText(line)
    const label = text === '' || text.startsWith(':') ? undefined : matchLabel(text, options)
    if (label) {
      flush()
      run.push({line, text})
      // A label alone on its line (`Jen Psaki: (00:22)`, `Wagner (AA)`): the speech is the next paragraph,
      // unless the next line starts with the label’s colon (`Sergey Lavrov` / `: On the subject…`).
      const next = lines[index + 1]
      if (label.rest === '' && !(next && cleanText(next).startsWith(':'))) flush()
      continue
    }
    const broken = brokenLabel(run, text, options)
    if (broken) {
      const head = run.splice(run.length - broken)
      flush()
      run.push(...head, {line, text})
      continue
    }
    const previous = run.at(-1)
    if (previous && endsParagraph(previous.text, width) && !text.startsWith(':')) flush()
    run.push({line, text})
  }
  flush()
  return paragraphs.filter((paragraph) => paragraph.text !== '')
}

/** Inside a run, whether the line before ends its paragraph: a sentence’s end on a line that is not wrapped. */
function endsParagraph(text: string, width: number): boolean {
  if (!sentenceEnd.test(text)) return false
  return width > wrappedWidth || text.length < width * 0.8
}

/** The longest line of the block of non-blank lines starting at `from`. */
function blockWidth(lines: SourceLine[], from: number): number {
  let width = 0
  for (let index = from; index < lines.length && !isBlank(lines[index].text); index++) {
    width = Math.max(width, lines[index].text.length)
  }
  return width
}

/**
 * A label a hard-wrapped copy broke over lines (`President` / `of Russia
 * Vladimir Putin: Mr President,`): how many of the run’s last short lines,
 * joined to this one, open with a label.
 */
function brokenLabel(run: Array<{text: string}>, text: string, options: MatchOptions): number | undefined {
  let joined = text
  for (let count = 1; count <= 2 && count <= run.length; count++) {
    const part = run[run.length - count].text
    if (part.split(/\s+/).length > 4 || /[.?!,;:]$/.test(part)) return undefined
    joined = part + ' ' + joined
    const label = matchLabel(joined, options)
    if (label && label.label.length > part.length) return count
  }
  return undefined
}

/** Join two paragraphs into one spanning both. */
export function joinParagraphs(first: SourceParagraph, second: SourceParagraph, separator = ' '): SourceParagraph {
  return {
    text: first.text + separator + second.text,
    position: {start: first.position.start, end: second.position.end},
    raw: first.raw + '\n\n' + second.raw
  }
}
