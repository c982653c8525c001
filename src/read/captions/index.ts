/**
 * Read caption files, WebVTT and SRT, into the transcript tree the text
 * reader builds: each format's reader finds the cues (`vtt.ts`, `srt.ts`),
 * one step shared by both makes turns of them (`cues.ts`), and the tree is
 * refined as every reader's is, labels resolved into participants against
 * the registry as for text.
 */
import {VFile} from 'vfile'
import type {Transcript} from '../../model.js'
import {Directory, type Person} from '../../people/registry.js'
import {captionTree, cueTexts, type CaptionDocument} from './cues.js'
import {readSrt} from './srt.js'
import {readVtt} from './vtt.js'

export {isSrt, opensWithCues} from './srt.js'
export {isWebVtt} from './vtt.js'

export type CaptionKind = 'vtt' | 'srt'

export interface CaptionReadOptions {
  /** People known beforehand, whom labels are resolved against. */
  registry?: Person[]
  /** A WebVTT file without its `WEBVTT` line, read as WebVTT all the same (with a warning). */
  headerless?: boolean
}

/** The cues of a caption file, as its format's reader finds them. */
export function readCaptions(source: string, kind: CaptionKind, file: VFile, options: CaptionReadOptions = {}): CaptionDocument {
  return kind === 'vtt' ? readVtt(source, file, {headerless: options.headerless}) : readSrt(source, file)
}

/** A caption file's text as a transcript tree; an `UnreadableInput` when no cue in it can be read. Messages go on `file`. */
export function fromCaptions(source: string, kind: CaptionKind, file: VFile = new VFile({value: source}), options: CaptionReadOptions = {}): Transcript {
  const directory = new Directory((options.registry ?? []).map((person) => ({...person, aliases: [...person.aliases]})))
  return captionTree(readCaptions(source, kind, file, options), file, {directory})
}

/**
 * What a caption file says, cue by cue, in order, with where each line
 * stands: its text without timings, identifiers, `NOTE`, `STYLE` and
 * `REGION` blocks or tags, a rolling caption's repeats once. What `verify`
 * checks a caption file's tree against.
 */
export function captionText(source: string, kind: CaptionKind, file: VFile): Array<{text: string; line: number; column: number}> {
  const document = readCaptions(source, kind, file, {headerless: kind === 'vtt' && !/^\uFEFF?WEBVTT/.test(source)})
  return cueTexts(document).flatMap(({runs}) => runs.map((run) => ({text: run.text, line: run.position.start.line, column: run.position.start.column})))
}
