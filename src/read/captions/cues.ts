/**
 * Cues to the transcript tree: the step WebVTT and SRT share once their
 * readers have found the cues (`vtt.ts`, `srt.ts`).
 *
 * 1. markup: each cue's lines lose their tags, keeping who a `<v>` span names;
 * 2. rolling captions: where each cue repeats the last line of the cue before
 *    (YouTube's automatic captions, broadcast roll-up), the repeat is dropped,
 *    so every word is read once;
 * 3. speakers: a voice span, a `Name:` opening a cue (Zoom) or following a
 *    `>>` or `- ` marker names who speaks; a `>>` or `- ` alone says only that
 *    someone else does;
 * 4. turns: consecutive cues of one speaker make one turn, from the first
 *    cue's start to the last cue's end (`turn.start`, `turn.end`, as printed);
 *    a new paragraph where the captions leave a gap of more than two seconds;
 * 5. the tree is refined as every reader's is (`transform/refine.ts`), the
 *    labels resolved into participants by the text parser's own code.
 *
 * Captions are speech: with any speaker marked, every cue is in a turn, an
 * opening before the first marker an unlabelled one. A file that marks no
 * speaker at all is kept as narrative, as the text reader keeps a text with
 * no label, with a `no-speaker` warning.
 */
import type {VFile} from 'vfile'
import type {Block, Paragraph, Position, Removed, Transcript, Turn} from '../../model.js'
import {readInline} from '../../parse/incidents.js'
import {isLabel, isLabelShape, labelKey} from '../../parse/label.js'
import {repairTypography} from '../../parse/typography.js'
import type {Directory} from '../../people/registry.js'
import {metadataKeys} from '../../people/vocabulary.js'
import {refine} from '../../transform/refine.js'
import {readCueMarkup, type CueLine, type Voiced} from './markup.js'
import type {Timing} from './timing.js'

export type {CueLine} from './markup.js'

/** One cue as a format's reader found it. */
export interface Cue {
  /** The cue's identifier (WebVTT) or number (SRT), as printed. */
  id?: string
  /** Absent for text kept from a block whose timing line is broken. */
  timing?: Timing
  lines: CueLine[]
  position: Position
}

/** What a format's reader found in a file. */
export interface CaptionDocument {
  cues: Cue[]
  /** Blocks set aside (`NOTE`, `STYLE`, `REGION`, header lines), with their reasons. */
  removed: Removed[]
  /** The language a header states (`Language: en`). */
  language?: string
  position: Position
}

export interface CaptionOptions {
  /** The people the labels are resolved against (the registry's, if any). */
  directory: Directory
}

/** A gap between two cues longer than this, in seconds, starts a new paragraph. */
export const paragraphGap = 2

/** A run of text with what the captions say about its speaker. */
interface Spoken {
  text: string
  position: Position
  cue: Cue
  /** The speaker's name as printed: a voice span's, or the label before a colon. */
  label?: string
  /** A marker (`>>`, `- `) says the speaker changes here. */
  change: boolean
}

/**
 * The text of each cue, markup taken off and rolling repeats dropped: what a
 * caption file says, in order. `verify` counts a caption file's words in it.
 */
export function cueTexts(document: CaptionDocument, file?: VFile): Array<{cue: Cue; runs: Voiced[]}> {
  const read = document.cues.map((cue) => ({cue, runs: readCueMarkup(cue.lines)}))
  if (!isRolling(read.map(({runs}) => runs))) return read
  let repeated = 0
  const result = read.map(({cue, runs}, index) => {
    const fresh = index === 0 ? runs : withoutRepeat(runs, read[index - 1].runs)
    if (fresh !== runs) repeated++
    return {cue, runs: fresh}
  })
  if (file && repeated > 0) {
    file.info(`Rolling captions: ${repeated} cues repeat the line of the cue before; each repeat is read once`, document.position.start)
  }
  return result
}

/**
 * Whether the captions roll: at least two cues, and a third of them, open
 * with the last line of the cue before (or with that line and more words).
 */
function isRolling(cues: Voiced[][]): boolean {
  let repeats = 0
  for (let index = 1; index < cues.length; index++) {
    const previous = cues[index - 1].at(-1)?.text
    const first = cues[index][0]?.text
    if (previous && first && (first === previous || first.startsWith(previous + ' '))) repeats++
  }
  return repeats >= 2 && repeats >= (cues.length - 1) / 3
}

/** A cue's runs without the lines it repeats from the end of the cue before. */
function withoutRepeat(runs: Voiced[], previous: Voiced[]): Voiced[] {
  for (let overlap = Math.min(runs.length, previous.length); overlap > 0; overlap--) {
    const tail = previous.slice(previous.length - overlap)
    if (tail.every((run, index) => run.text === runs[index].text)) return runs.slice(overlap)
  }
  // `hello everyone` after `hello`: a line that grows word by word.
  const last = previous.at(-1)?.text
  const first = runs[0]
  if (last && first?.text.startsWith(last + ' ')) return [{...first, text: first.text.slice(last.length + 1)}, ...runs.slice(1)]
  return runs
}

/** `Roger Bingham: `, `JUDY WOODRUFF: `: a label before a colon opening a cue or following a marker. */
const colonLabel = /^([^:：\n]{1,60}?)\s?[:：](?:\s+|$)/

/** `- `, `-Yes`: a dialogue dash opening a line of a cue; `--` and `-5` are not one. */
const dialogueDash = /^-(?:\s+|(?=\p{L}))/u

/** `>>`, `>>>`: a speaker (or story) change in broadcast and YouTube captions. */
const changeMarker = /\s*>>+\s*/

/** The cues' text, split where the speaker changes, each part with what it says about its speaker. */
function spokenParts(cues: Array<{cue: Cue; runs: Voiced[]}>): Spoken[] {
  const parts: Array<Spoken & {opens: boolean}> = []
  // A `>>` or `- ` with nothing after it on its line: the change is the next text's.
  let pending = false
  for (const {cue, runs} of cues) {
    let line = -1
    for (const [index, run] of runs.entries()) {
      const startsLine = run.position.start.line !== line
      line = run.position.start.line
      let text = run.text
      if (startsLine && dialogueDash.test(text)) {
        pending = true
        text = text.replace(dialogueDash, '')
      }
      for (const [at, chunk] of text.split(changeMarker).entries()) {
        if (at > 0) pending = true
        if (chunk === '') continue
        const part: Spoken & {opens: boolean} = {text: chunk, position: run.position, cue, change: pending, opens: pending || index === 0}
        if (run.voice !== undefined) part.label = run.voice
        parts.push(part)
        pending = false
      }
    }
  }

  // A `Name:` opening a cue, or after a marker: a label, by the text reader's rules; a one-word name where it recurs.
  const candidates = parts.map((part) => (part.opens ? colonLabel.exec(part.text) : null))
  const counts = new Map<string, number>()
  for (const match of candidates) if (match) counts.set(labelKey(match[1]), (counts.get(labelKey(match[1])) ?? 0) + 1)
  const recurring = new Set([...counts].filter(([, count]) => count >= 2).map(([key]) => key))
  for (const [index, part] of parts.entries()) {
    const match = candidates[index]
    if (!match) continue
    const label = match[1].trim()
    const rest = part.text.slice(match[0].length)
    if (!isLabelShape(label) || metadataKeys.has(labelKey(label)) || !isLabel(label, rest, {labels: recurring})) continue
    part.label = label
    part.text = rest
  }
  return parts.filter((part) => part.text !== '' || part.label !== undefined)
}

/** Read a caption document into the transcript tree. */
export function captionTree(document: CaptionDocument, file: VFile, options: CaptionOptions): Transcript {
  const parts = spokenParts(cueTexts(document, file))
  const marked = parts.some((part) => part.label !== undefined || part.change)
  const tree: Transcript = {
    type: 'transcript',
    meta: {language: document.language ?? 'en'},
    participants: [],
    children: marked ? turnsOf(parts) : narrativeOf(parts, file),
    removed: document.removed,
    position: document.position
  }
  return refine(tree, file, {language: document.language, speakers: {directory: options.directory}})
}

/** Parts grouped into turns: a new turn where the speaker changes, a new paragraph after a gap. */
function turnsOf(parts: Spoken[]): Block[] {
  const blocks: Block[] = []
  let turn: TurnBuilder | undefined
  for (const part of parts) {
    // One speaker's consecutive cues are one turn, though each cue names them (Zoom, `<v>` on every cue).
    const newSpeaker = part.label !== undefined ? part.label !== turn?.turn.label : part.change
    if (!turn || newSpeaker) {
      turn?.finish()
      turn = new TurnBuilder(part)
      blocks.push(turn.turn)
    }
    turn.add(part)
  }
  turn?.finish()
  return blocks
}

/** No speaker marked anywhere: the text is nobody's known speech, kept as narrative (paragraphs by gap). */
function narrativeOf(parts: Spoken[], file: VFile): Block[] {
  if (parts.length === 0) return []
  const holder = new TurnBuilder(parts[0])
  for (const part of parts) holder.add(part)
  holder.finish()
  file.message('No speaker found: no cue names one (a <v> voice, a “Name:” label) or marks a change of speaker (>> or -), so the captions are kept as narrative', parts[0].position).ruleId = 'no-speaker'
  return [{type: 'narrative', children: holder.turn.children, position: holder.turn.position}]
}

/**
 * A turn being filled, part by part: its times from the first cue's start to
 * the last cue's end, a paragraph's texts gathered and read into inline
 * nodes once it is complete (a turn of a thousand cues costs a thousand joins, not a million).
 */
class TurnBuilder {
  readonly turn: Turn
  #texts: string[] = []
  #start?: Position['start']
  #end?: Position['end']
  #previous?: Spoken

  constructor(first: Spoken) {
    this.turn = {type: 'turn', n: 0, speaker: '', children: [], position: {...first.position}}
    if (first.label !== undefined) this.turn.label = first.label
  }

  add(part: Spoken): void {
    const timing = part.cue.timing
    if (timing) {
      this.turn.start ??= timing.start.printed
      this.turn.end = timing.end.printed
    }
    this.turn.position = {start: this.turn.position!.start, end: part.position.end}
    const previous = this.#previous?.cue.timing
    this.#previous = part
    const text = repairTypography(part.text)
    if (text === '') return
    if (previous && timing && timing.start.seconds - previous.end.seconds > paragraphGap) this.#close()
    this.#start ??= part.position.start
    this.#end = part.position.end
    this.#texts.push(text)
  }

  finish(): void {
    this.#close()
  }

  #close(): void {
    if (this.#texts.length === 0) return
    this.turn.children.push({type: 'paragraph', n: 0, children: readInline(this.#texts.join(' ')), position: {start: this.#start!, end: this.#end!}})
    this.#texts = []
    this.#start = undefined
  }
}
