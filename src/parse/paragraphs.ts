/**
 * Source paragraphs: runs of non-blank lines, joined, typography repaired,
 * each with the position of its lines.
 */
import type {Position} from 'unist'
import {isBlank, linesPosition, type SourceLine} from './lines.js'
import {repairTypography} from './typography.js'

export interface SourceParagraph {
  /** Repaired text of the paragraph’s lines, joined by spaces. */
  text: string
  position: Position
  /** The source lines as printed, for what is set aside. */
  raw: string
}

export function readParagraphs(lines: SourceLine[]): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = []
  let run: SourceLine[] = []

  const flush = () => {
    if (run.length === 0) return
    let text = ''
    for (const line of run) {
      const part = repairTypography(line.text)
      if (part === '') continue
      // `Sergey Lavrov` / `: On the subject…`: a label broken before its colon.
      text = text === '' ? part : part.startsWith(':') ? text + part : text + ' ' + part
    }
    paragraphs.push({
      text,
      position: linesPosition(run[0], run[run.length - 1]),
      raw: run.map((line) => line.text).join('\n')
    })
    run = []
  }

  for (const line of lines) {
    if (isBlank(line.text)) flush()
    else run.push(line)
  }
  flush()
  return paragraphs.filter((paragraph) => paragraph.text !== '')
}

/** Join two paragraphs into one spanning both. */
export function joinParagraphs(first: SourceParagraph, second: SourceParagraph, separator = ' '): SourceParagraph {
  return {
    text: first.text + separator + second.text,
    position: {start: first.position.start, end: second.position.end},
    raw: first.raw + '\n\n' + second.raw
  }
}
