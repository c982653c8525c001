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
 *    someone else does; a cue that says nothing of its speaker continues the
 *    one before (captions mark a change, not every cue);
 * 4. turns: consecutive cues of one speaker make one turn, from the first
 *    cue's start to the last cue's end (`turn.start`, `turn.end`, as printed);
 *    a new paragraph where the captions leave a gap of more than two seconds;
 * 5. the tree is refined as every reader's is (`transform/refine.ts`), the
 *    labels resolved into participants by the text parser's own code.
 *
 * As the text reader does: what comes before the first speaker is named is
 * narrative, and a file that names nobody is kept as narrative (a paragraph
 * for each change of speaker it marks), with a `no-speaker` warning, rather
 * than put in the mouth of an unknown speaker.
 */
import type {VFile} from 'vfile'
import type {Block, Incident, Inline, Position, Removed, Transcript, Turn} from '../../model.js'
import {classifyIncident, readInline} from '../../parse/incidents.js'
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
  /** The title the `WEBVTT` line gives after it (`WEBVTT - UN Secretary-General Talks …`). */
  title?: string
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
  /** A sound description alone (`(whistling)`), no one's speech. */
  sound?: boolean
}

/**
 * The text of each cue, markup taken off and rolling repeats dropped: what a
 * caption file says, in order. `verify` counts a caption file's words in it.
 */
export function cueTexts(document: CaptionDocument, file?: VFile): CueText[] {
  const read = document.cues.map((cue) => readCue(cue, file))
  if (!isRolling(read.map(({runs}) => runs))) return read
  let repeated = 0
  const result = read.map((cue, index) => {
    const fresh = index === 0 ? cue.runs : withoutRepeat(cue.runs, read[index - 1].runs)
    if (fresh !== cue.runs) repeated++
    return {...cue, runs: fresh}
  })
  if (file && repeated > 0) {
    file.info(`Rolling captions: ${repeated} cues repeat the line of the cue before; each repeat is read once`, document.position.start)
  }
  return result
}

/** A cue's text, and the day it was spoken where the cue says (a Teams transcript's JSON payload). */
export interface CueText {
  cue: Cue
  runs: Voiced[]
  /** `YYYY-MM-DD`. */
  date?: string
}

/**
 * One cue's voiced runs. A voice of one letter (`<v a>` in the middle of a
 * sentence) is a slip of the markup, not a speaker: the voice before it goes
 * on. A payload that is a JSON object with `spokenText` (Microsoft Graph's
 * transcript `metadataContent`) gives the speech, `speakerName` the voice and
 * `startDateTime` the day.
 */
function readCue(cue: Cue, file?: VFile): CueText {
  const payload = cue.lines.map((line) => line.text).join('\n').trim()
  if (payload.startsWith('{') && payload.endsWith('}')) {
    const json = graphPayload(payload)
    if (json) {
      const run: Voiced = {text: json.text, position: cue.lines[0].position}
      if (json.voice) run.voice = json.voice
      const text: CueText = {cue, runs: json.text ? [run] : []}
      if (json.date) text.date = json.date
      return text
    }
  }
  const runs = readCueMarkup(cue.lines)
  for (const run of runs) {
    if (run.voice === undefined || run.voice.replace(/[^\p{L}]/gu, '').length >= 2) continue
    if (file) file.message(`Voice “${run.voice}” is no name (a slip of the markup?): the text is kept with the voice before it`, run.position).ruleId = 'unknown-voice'
    delete run.voice
  }
  return {cue, runs}
}

function graphPayload(payload: string): {text: string; voice?: string; date?: string} | undefined {
  let value: unknown
  try {
    value = JSON.parse(payload)
  } catch {
    return undefined
  }
  if (!value || typeof value !== 'object' || typeof (value as {spokenText?: unknown}).spokenText !== 'string') return undefined
  const {spokenText, speakerName, startDateTime} = value as {spokenText: string; speakerName?: unknown; startDateTime?: unknown}
  const result: {text: string; voice?: string; date?: string} = {text: spokenText.replace(/\s+/g, ' ').trim()}
  if (typeof speakerName === 'string' && speakerName.trim()) result.voice = speakerName.trim()
  if (typeof startDateTime === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(startDateTime)) result.date = startDateTime.slice(0, 10)
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

/** `[Terrill] Hello`: a name in brackets before the speech (subtitles for the deaf name an off-screen voice so). */
const bracketName = /^\[([^[\]]{1,40})\]\s+(?=\S)/

/** `(whistling)`, `[ music ]`: a sound description that is a whole cue line, no one's speech. */
const soundOnly = /^(?:\(([^()]{1,80})\)|\[([^[\]]{1,80})\])$/

/** The cues' text, split where the speaker changes, each part with what it says about its speaker. */
function spokenParts(cues: CueText[]): Spoken[] {
  const parts: Array<Spoken & {opens: boolean}> = []
  // A `>>` or `- ` with nothing after it on its line: the change is the next text's.
  let pending = false
  for (const {cue, runs} of cues) {
    // `- faculty, staff` in a sentence is a dash, not a change: a dash opening a line marks one
    // before a capital, or where two lines of the cue open with one (`- Hi there.` / `- Are you…`).
    const dashes = runs.filter((run, index) => (index === 0 || run.position.start.line !== runs[index - 1].position.start.line) && dialogueDash.test(run.text)).length
    let line = -1
    for (const [index, run] of runs.entries()) {
      const startsLine = run.position.start.line !== line
      line = run.position.start.line
      let text = run.text
      if (startsLine && dialogueDash.test(text) && (dashes >= 2 || !/^-\s*\p{Ll}/u.test(text))) {
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

  // `[Terrill] Hello`: a name in brackets, where the file names its speakers otherwise too (a voice, a label).
  // Alone, brackets are the deaf subtitler's, for voices and sounds alike (`[woman]`, `[Austin]`, `[phones ringing]`),
  // and naming a few voices of many would put the rest in the mouth of nobody.
  if (parts.some((part) => part.label !== undefined)) {
    for (const part of parts) {
      const match = part.opens ? bracketName.exec(part.text) : null
      if (!match) continue
      const name = match[1].trim()
      if (!isLabelShape(name) || name.split(/\s+/).length > 4 || classifyIncident(name)) continue
      part.label = name
      part.text = part.text.slice(match[0].length)
    }
  }
  for (const part of parts) if (soundOnly.test(part.text)) part.sound = true
  return parts.filter((part) => part.text !== '' || part.label !== undefined)
}

/** Read a caption document into the transcript tree. */
export function captionTree(document: CaptionDocument, file: VFile, options: CaptionOptions): Transcript {
  const cues = cueTexts(document, file)
  const parts = spokenParts(cues)
  const meta: Transcript['meta'] = {language: document.language ?? 'en'}
  if (document.title) meta.title = document.title
  const date = cues.find((cue) => cue.date)?.date
  if (date) meta.date = date
  const tree: Transcript = {
    type: 'transcript',
    meta,
    participants: [],
    children: parts.some((part) => part.label !== undefined) ? turnsOf(parts) : narrativeOf(parts, file),
    removed: document.removed,
    position: document.position
  }
  return refine(tree, file, {language: document.language, speakers: {directory: options.directory}})
}

/**
 * Parts grouped into turns: a new turn where the speaker changes, a new
 * paragraph after a gap. What comes before the first speaker is named or a
 * change marked (an advertisement, `(music playing)`) is narrative, as the
 * text reader keeps an unlabelled opening.
 */
function turnsOf(parts: Spoken[]): Block[] {
  const blocks: Block[] = []
  const opening = parts.findIndex((part) => part.label !== undefined || part.change)
  if (opening > 0) blocks.push(...narrativeBlocks(parts.slice(0, opening)))
  let turn: TurnBuilder | undefined
  for (const part of parts.slice(Math.max(opening, 0))) {
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

/** No speaker named anywhere: the text is nobody's known speech, kept as narrative, with a warning. */
function narrativeOf(parts: Spoken[], file: VFile): Block[] {
  if (parts.length === 0) return []
  const marked = parts.some((part) => part.change)
  file.message(
    marked
      ? 'No speaker named: the cues mark where the speaker changes (>> or -) but name nobody, so the captions are kept as narrative, a paragraph for each change'
      : 'No speaker found: no cue names one (a <v> voice, a “Name:” label) or marks a change of speaker (>> or -), so the captions are kept as narrative',
    parts[0].position
  ).ruleId = 'no-speaker'
  return narrativeBlocks(parts)
}

/** Parts as one narrative: a paragraph after a gap, and where a marker says another voice speaks. */
function narrativeBlocks(parts: Spoken[]): Block[] {
  const holder = new TurnBuilder(parts[0])
  for (const part of parts) {
    if (part.change) holder.breakParagraph()
    holder.add(part)
  }
  holder.finish()
  return [{type: 'narrative', children: holder.turn.children, position: holder.turn.position}]
}

/**
 * A turn being filled, part by part: its times from the first cue's start to
 * the last cue's end, a paragraph's pieces gathered and joined once it is
 * complete (a turn of a thousand cues costs a thousand joins, not a million).
 */
class TurnBuilder {
  readonly turn: Turn
  #pieces: Inline[] = []
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
    if (this.#pieces.length > 0) this.#pieces.push({type: 'text', value: ' '})
    this.#pieces.push(...(part.sound ? [soundIncident(text)] : readInline(text)))
  }

  /** End the paragraph here: the next part opens another. */
  breakParagraph(): void {
    this.#close()
  }

  finish(): void {
    this.#close()
  }

  #close(): void {
    if (this.#pieces.length === 0) return
    const children: Inline[] = []
    for (const piece of this.#pieces) {
      const last = children.at(-1)
      if (piece.type === 'text' && last?.type === 'text') last.value += piece.value
      else children.push(piece.type === 'text' ? {...piece} : piece)
    }
    this.turn.children.push({type: 'paragraph', n: 0, children, position: {start: this.#start!, end: this.#end!}})
    this.#pieces = []
    this.#start = undefined
  }
}

/** `(whistling)` as a stage direction: of its kind where its words say one, else `other`. */
function soundIncident(text: string): Incident {
  const found = classifyIncident(text.slice(1, -1))
  const incident: Incident = {type: 'incident', kind: found?.kind ?? 'other', value: text}
  if (found?.language) incident.language = found.language
  return incident
}
