/**
 * What the WebVTT and SRT readers share before they part: a file's lines in
 * blocks (runs of lines between blank ones), the error for a file in which
 * no cue can be read, and the rule for text that no timing line opens.
 */
import type {VFile} from 'vfile'
import type {Position} from '../../model.js'
import {linesPosition, splitLines, type SourceLine} from '../../parse/lines.js'
import type {Cue} from './cues.js'
import {UnreadableInput} from '../unreadable.js'


export interface Block {
  lines: SourceLine[]
}

/**
 * The file's lines in blocks. `blank` says which lines separate them: for
 * WebVTT only an empty line (a line of spaces is cue text: YouTube's
 * captions open every cue with one), for SRT any line of white space.
 */
export function blocksOf(source: string, blank: (text: string) => boolean): {lines: SourceLine[]; blocks: Block[]} {
  const lines = splitLines(source)
  const blocks: Block[] = []
  let current: SourceLine[] = []
  for (const line of lines) {
    if (blank(line.text)) {
      if (current.length > 0) blocks.push({lines: current})
      current = []
    } else current.push(line)
  }
  if (current.length > 0) blocks.push({lines: current})
  return {lines, blocks}
}

/** The position of a run of lines. */
export function spanOf(lines: SourceLine[]): Position {
  return linesPosition(lines[0], lines[lines.length - 1])
}

/** A cue of lines, timed or not. */
export function cueOf(lines: SourceLine[], text: SourceLine[], fields: Pick<Cue, 'id' | 'timing'> = {}): Cue {
  const cue: Cue = {lines: text.map((line) => ({text: line.text, position: linesPosition(line)})), position: spanOf(lines)}
  if (fields.id !== undefined) cue.id = fields.id
  if (fields.timing) cue.timing = fields.timing
  return cue
}

/** The whole file's position. */
export function documentPosition(source: string, lines: SourceLine[]): Position {
  const last = lines.at(-1)
  return {start: {line: 1, column: 1, offset: 0}, end: {line: last?.line ?? 1, column: (last?.text.length ?? 0) + 1, offset: source.length}}
}

/**
 * The end of a read: an error when no cue has a timing (nothing can be read
 * as captions), naming the first line that went wrong; else the cues.
 */
export function requireTimedCue(cues: Cue[], firstProblem: {line: number; reason: string} | undefined, kind: string): void {
  if (cues.some((cue) => cue.timing)) return
  if (firstProblem) throw new UnreadableInput(`no ${kind} cue can be read: ${firstProblem.reason}`, {line: firstProblem.line, column: 1})
  throw new UnreadableInput(`no ${kind} cue in the file: a cue opens with a timing line such as ${kind === 'SRT' ? '00:00:01,000 --> 00:00:04,000' : '00:00:01.000 --> 00:00:04.000'}`, {line: cues[0]?.position.start.line ?? 1, column: 1})
}

/** Warn that a cue's timing line cannot be read; its text is kept, untimed, with the speech around it. */
export function warnTiming(file: VFile, line: SourceLine, reason: string): void {
  file.message(`Cue timing “${line.text.trim()}” cannot be read: ${reason}; the cue's text is kept with the cue before, untimed`, linesPosition(line)).ruleId = 'cue-timing'
}
