/**
 * WebVTT (`.vtt`): the `WEBVTT` line and its header, then blocks separated
 * by empty lines. A cue block is an optional identifier, a timing line
 * (`00:01:02.500 --> 00:01:04.000`, hours optional, cue settings such as
 * `align:start position:10%` after it) and the cue's text. `NOTE` blocks are
 * comments, `STYLE` and `REGION` blocks presentation: set aside into
 * `tree.removed`, never read as speech. Header lines (`Kind: captions`,
 * `Language: en`) are metadata; `Language` gives the transcript's language.
 *
 * What the specification would drop silently is kept and warned about
 * instead: the text of a cue whose timing line is broken, text outside any
 * cue (a blank line inside a cue's text), a file without its `WEBVTT` line.
 */
import type {VFile} from 'vfile'
import type {Removed} from '../../model.js'
import {linesPosition, type SourceLine} from '../../parse/lines.js'
import {blocksOf, cueOf, documentPosition, requireTimedCue, spanOf, warnTiming} from './blocks.js'
import type {CaptionDocument, Cue} from './cues.js'
import {looksLikeTiming, parseTiming, timingProblem} from './timing.js'

/** Whether text is WebVTT: its first line is `WEBVTT`, alone or before a space or tab (a byte order mark may precede it). */
export function isWebVtt(text: string): boolean {
  return /^\uFEFF?WEBVTT(?:[ \t]|\r|\n|$)/.test(text)
}

export interface VttOptions {
  /** The file has no `WEBVTT` line but is read as WebVTT all the same (its name says `.vtt`, its cues are timed). */
  headerless?: boolean
}

export function readVtt(source: string, file: VFile, options: VttOptions = {}): CaptionDocument {
  const text = source.replace(/^\uFEFF/, '')
  const {lines, blocks} = blocksOf(text, (line) => line === '')
  const removed: Removed[] = []
  const cues: Cue[] = []
  let language: string | undefined
  let title: string | undefined
  let firstProblem: {line: number; reason: string} | undefined
  const problem = (line: SourceLine, reason: string) => {
    firstProblem ??= {line: line.line, reason}
  }

  let index = 0
  if (options.headerless) {
    file.message('No WEBVTT line opens the file: read as WebVTT, since its name ends in .vtt and its cues are timed', {line: 1, column: 1}).ruleId = 'no-header'
  } else if (blocks[0]) {
    // The header: `WEBVTT` and what follows it to the first empty line, unless a cue starts in it.
    const header = blocks[0].lines
    let end = header.findIndex((line, at) => at > 0 && line.text.includes('-->'))
    if (end === -1) end = header.length
    const [signature, ...rest] = header.slice(0, end)
    // `WEBVTT - UN Secretary-General … Talks`: the text after the signature is the file's title.
    title = signature.text.replace(/^WEBVTT/, '').replace(/^[\s\-–—:]+/, '').trim()
    for (const line of rest) {
      const stated = /^(?:Language|lang):\s*([A-Za-z]{2,3}(?:-[A-Za-z\d]{1,8})*)\s*$/i.exec(line.text)
      if (stated) language = stated[1]
      removed.push({reason: 'metadata', value: line.text, position: linesPosition(line)})
    }
    if (end < header.length) blocks[0] = {lines: header.slice(end)}
    else index = 1
  }

  for (; index < blocks.length; index++) {
    const block = blocks[index].lines
    const first = block[0].text
    if (/^NOTE(?:[ \t]|$)/.test(first)) {
      removed.push({reason: 'metadata', value: block.map((line) => line.text).join('\n'), position: spanOf(block)})
      continue
    }
    if (/^(?:STYLE|REGION)[ \t]*$/.test(first)) {
      removed.push({reason: 'page-furniture', value: block.map((line) => line.text).join('\n'), position: spanOf(block)})
      continue
    }
    readCueBlock(block, file, cues, problem)
  }

  requireTimedCue(cues, firstProblem, 'WebVTT')
  const document: CaptionDocument = {cues, removed, position: documentPosition(text, lines)}
  if (language) document.language = language
  if (title) document.title = title
  return document
}

/**
 * One block of cues: usually one cue, but a line with `-->` in a cue's text
 * starts the next (a missing empty line, as the specification reads it).
 */
function readCueBlock(block: SourceLine[], file: VFile, cues: Cue[], problem: (line: SourceLine, reason: string) => void): void {
  // By index, not by slices of what is left: a file of many cues and no empty line stays linear.
  let from = 0
  while (from < block.length) from = readCue(block, from, file, cues, problem)
}

/** Read the cue that opens `block` at `from`; the index after it, where a `-->` line starts another. */
function readCue(block: SourceLine[], from: number, file: VFile, cues: Cue[], problem: (line: SourceLine, reason: string) => void): number {
  const first = block[from]
  const second = block[from + 1] as SourceLine | undefined
  // The timing is the first line, or the second after an identifier.
  const at = first.text.includes('-->') ? 0 : second?.text.includes('-->') ? 1 : looksLikeTiming(first.text) ? 0 : second && looksLikeTiming(second.text) ? 1 : -1
  if (at === -1) {
    const rest = block.slice(from)
    file.message('Text outside any cue (no timing line opens its block; an empty line inside a cue?): kept with the cue before', spanOf(rest)).ruleId = 'cue-text-outside'
    problem(first, `no timing line opens the block “${first.text.trim()}”`)
    cues.push(cueOf(rest, rest))
    return block.length
  }
  const timingLine = block[from + at]
  const timing = parseTiming(timingLine.text)
  let end = from + at + 1
  while (end < block.length && !block[end].text.includes('-->')) end++
  const lines = block.slice(from, end)
  const text = block.slice(from + at + 1, end)
  if (!timing) {
    const reason = timingProblem(timingLine.text)
    warnTiming(file, timingLine, reason)
    problem(timingLine, `the cue timing “${timingLine.text.trim()}” cannot be read: ${reason}`)
    cues.push(cueOf(lines, text))
  } else {
    if (timing.end.seconds < timing.start.seconds) {
      file.message(`Cue ends (${timing.end.printed}) before it starts (${timing.start.printed})`, linesPosition(timingLine)).ruleId = 'cue-timing'
    }
    cues.push(cueOf(lines, text, {id: at === 1 ? first.text : undefined, timing}))
  }
  return end
}
