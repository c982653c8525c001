/**
 * SubRip (`.srt`): numbered cues separated by blank lines, each a number, a
 * timing line with commas (`00:00:01,000 --> 00:00:04,000`, display
 * coordinates such as `X1:40 X2:600 Y1:20 Y2:50` after it) and the cue's
 * text. Tags (`<i>`, `<b>`, `<font color="…">`) and `{\an8}` codes are taken
 * off by the markup step the WebVTT reader shares (`markup.ts`).
 *
 * Where the numbering breaks (a number skipped or repeated, a cue without
 * one) the reader says so on the line, since a cue may be missing; a cue
 * whose timing line is broken keeps its text, with a warning; a blank line
 * inside a cue's text does not end it.
 */
import type {VFile} from 'vfile'
import {linesPosition, type SourceLine} from '../../parse/lines.js'
import {blocksOf, cueOf, documentPosition, requireTimedCue, spanOf, warnTiming} from './blocks.js'
import type {CaptionDocument, Cue} from './cues.js'
import {hasCommaTiming, looksLikeTiming, parseTiming, timingProblem} from './timing.js'

const cueNumber = /^\s*(\d{1,9})\s*$/

/** Whether text is SRT: its first cue is a number line, then a timing line whose milliseconds follow a comma. */
export function isSrt(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 40)
  const first = lines.findIndex((line) => line.trim() !== '')
  return first !== -1 && cueNumber.test(lines[first]) && hasCommaTiming(lines[first + 1] ?? '')
}

/** Whether text opens as captions do: a timing line among its first lines (a cue without its number, a WebVTT file without its header). */
export function opensWithCues(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 40).filter((line) => line.trim() !== '')
  return lines.slice(0, 6).some((line) => parseTiming(line) !== undefined)
}

export function readSrt(source: string, file: VFile): CaptionDocument {
  const text = source.replace(/^\uFEFF/, '')
  const {lines, blocks} = blocksOf(text, (line) => line.trim() === '')
  const cues: Cue[] = []
  let firstProblem: {line: number; reason: string} | undefined
  const problem = (line: SourceLine, reason: string) => {
    firstProblem ??= {line: line.line, reason}
  }
  let previousNumber: number | undefined
  let unnumbered = 0

  for (const {lines: block} of blocks) {
    // A missing blank line: a number line followed by a timing line, inside the block, starts the next cue.
    // (By index, not by slices of what is left: a file of many cues and no blank line stays linear.)
    let from = 0
    while (from < block.length) {
      let next = from + 2
      while (next < block.length && !(cueNumber.test(block[next].text) && parseTiming(block[next + 1]?.text ?? '') !== undefined)) next++
      const cueLines = block.slice(from, next)
      from = next

      const numbered = cueNumber.exec(cueLines[0].text)
      const at = numbered ? 1 : 0
      const timingLine = cueLines[at]
      const timing = timingLine ? parseTiming(timingLine.text) : undefined
      if (!timing && !(timingLine && looksLikeTiming(timingLine.text)) && !(numbered && !timingLine)) {
        // Text and no timing: the cue before went on after a blank line.
        file.message('Text outside any cue (no number and timing line open its block; a blank line inside a cue?): kept with the cue before', spanOf(cueLines)).ruleId = 'cue-text-outside'
        problem(cueLines[0], `no number and timing line open the block “${cueLines[0].text.trim()}”`)
        cues.push(cueOf(cueLines, cueLines))
        continue
      }
      if (numbered) {
        const number = Number(numbered[1])
        if (previousNumber !== undefined && number !== previousNumber + 1) {
          const what = number <= previousNumber ? 'repeats or goes back from' : 'skips after'
          file.message(`Cue number ${number} ${what} cue ${previousNumber}: a cue may be missing or out of order`, linesPosition(cueLines[0])).ruleId = 'cue-number'
        }
        previousNumber = number
      } else if (unnumbered++ === 0) {
        file.message('Cue without its number (an SRT cue opens with one): read all the same', linesPosition(cueLines[0])).ruleId = 'cue-number'
      }
      if (!timing) {
        const reason = timingLine ? timingProblem(timingLine.text) : 'the cue has no timing line (is the file cut short?)'
        if (timingLine) warnTiming(file, timingLine, reason)
        else file.message(`Cue ${numbered![1]} has no timing line and no text (is the file cut short?)`, linesPosition(cueLines[0])).ruleId = 'cue-timing'
        problem(timingLine ?? cueLines[0], timingLine ? `the cue timing “${timingLine.text.trim()}” cannot be read: ${reason}` : `cue ${numbered![1]}: ${reason}`)
        cues.push(cueOf(cueLines, cueLines.slice(at + 1)))
        continue
      }
      if (timing.end.seconds < timing.start.seconds) {
        file.message(`Cue ends (${timing.end.printed}) before it starts (${timing.start.printed})`, linesPosition(timingLine)).ruleId = 'cue-timing'
      }
      cues.push(cueOf(cueLines, cueLines.slice(at + 1), {id: numbered?.[1], timing}))
    }
  }

  requireTimedCue(cues, firstProblem, 'SRT')
  return {cues, removed: [], position: documentPosition(text, lines)}
}
