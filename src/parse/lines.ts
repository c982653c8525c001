/**
 * Split source text into lines that remember where they stood, so every node
 * built from them can point back at the source (line, column, offset).
 */
import type {Position} from 'unist'
import {repairTypography} from './typography.js'

export interface SourceLine {
  /** The line’s text without its line ending. */
  text: string
  /** 1-based line number. */
  line: number
  /** Offset of the line’s first character in the source. */
  offset: number
  /** 1-based column of the first character, where a line was split from a longer one (default 1). */
  column?: number
  /** The text with typography repaired, once asked for (`cleanText`). */
  clean?: string
}

/** A line’s text with typography repaired, worked out once per line however many steps read it. */
export function cleanText(line: SourceLine): string {
  line.clean ??= repairTypography(line.text)
  return line.clean
}

/** Lines of `source`, whatever its line endings (LF, CRLF, CR). */
export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = []
  const ending = /\r\n|\r|\n/g
  let start = 0
  let line = 1
  let match: RegExpExecArray | null
  while ((match = ending.exec(source))) {
    lines.push({text: source.slice(start, match.index), line, offset: start})
    start = match.index + match[0].length
    line++
  }
  if (start < source.length) lines.push({text: source.slice(start), line, offset: start})
  return lines
}

/** The position spanning `first` to `last` (whole lines). */
export function linesPosition(first: SourceLine, last: SourceLine = first): Position {
  return {
    start: {line: first.line, column: first.column ?? 1, offset: first.offset},
    end: {line: last.line, column: (last.column ?? 1) + last.text.length, offset: last.offset + last.text.length}
  }
}

/** Whether a line holds nothing but white space (any kind, zero-width included). */
export function isBlank(text: string): boolean {
  return /^[\s\u200B-\u200D\u2060\uFEFF]*$/.test(text)
}
