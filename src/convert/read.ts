/**
 * Read one input into a transcript tree: Verbatim’s own Markdown and TEI are
 * read back; caption files (WebVTT, SRT) are read cue by cue; a saved web
 * page and a Word file are read with the text rules (`src/read/html`,
 * `src/read/docx`); anything else is parsed as a plain-text transcript. The
 * content decides which reader: a Word file by its zip signature and its
 * `word/document.xml` (on the bytes, before any decoding), a page by its
 * doctype or `<html>`, captions by their `WEBVTT` line or first cue; the name
 * only settles what the content leaves open (a `.vtt` file without its
 * `WEBVTT` line).
 *
 * Whatever arrives, the result is a tree or a `ReadError` whose message says,
 * in words a user can act on, what is wrong with the input: a missing path,
 * a folder, an unreadable or empty file, an image or a PDF, a damaged Word
 * file, a page with no text.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Transcript} from '../model.js'
import {NotTextError, prepareSource} from '../parse/decode.js'
import {describeFileError} from './file-errors.js'
import {defaultMaxInputBytes, ReadError, registryFor, type ReadOptions} from './inputs.js'
import {parse} from '../parse/index.js'
import {isBlank} from '../parse/lines.js'
import {loadRegistry, type Person} from '../people/registry.js'
import {fromCaptions, isSrt, isWebVtt, opensWithCues, type CaptionKind} from '../read/captions/index.js'
import {fromMarkdown, isVerbatimMarkdown} from '../read/markdown/index.js'
import {fromTei} from '../read/tei/index.js'
import {fromDocx} from '../read/docx/index.js'
import {isZip} from '../util/zip-archive.js'
import {fromHtml, isHtml, pageEncoding} from '../read/html/index.js'
import {UnreadableInput} from '../read/unreadable.js'

export interface ReadResult {
  file: VFile
  tree: Transcript
  /** The input’s bytes as read, before decoding: what the batch manifest hashes. */
  bytes: Uint8Array
  /** Which reader read it: plain text goes through the parser, Verbatim’s Markdown and TEI are read back, captions cue by cue, a page and a Word file with the text rules. */
  kind: 'text' | 'markdown' | 'tei' | CaptionKind | 'html' | 'docx'
}

const registries = new Map<string, Person[]>()

export function readTranscript(input: string, options: ReadOptions = {}): ReadResult {
  const name = input === '-' ? 'stdin' : input
  const bytes = readBytes(input, options.maxInputBytes ?? defaultMaxInputBytes)
  const file = new VFile({path: name, value: bytes})
  const registry = () => registryOf(input, options)
  // A Word file is a zip: told apart from other zips, which decoding refuses, before its bytes are read as text.
  if (isZip(bytes) && isWordArchive(bytes, name)) return {file, tree: readWith(name, () => fromDocx(bytes, file, {registry: registry()})), bytes, kind: 'docx'}

  let text: string
  try {
    text = prepareSource(file, {encoding: pageEncoding(bytes)})
  } catch (error) {
    if (error instanceof NotTextError) throw new ReadError(name, error.message)
    throw error
  }
  if (text === '') throw new ReadError(name, 'the file is empty: there is nothing to convert')
  if (isBlank(text.replace(/[\r\n]/g, ''))) throw new ReadError(name, 'the file holds only white space: there is nothing to convert')

  if (isTei(text)) return {file, tree: readWith(name, () => fromTei(text, file)), bytes, kind: 'tei'}
  if (isHtml(text)) return {file, tree: readWith(name, () => fromHtml(file, {registry: registry()})), bytes, kind: 'html'}
  if (isVerbatimMarkdown(text)) return {file, tree: fromMarkdown(file), bytes, kind: 'markdown'}
  const captions = captionKind(text, name)
  if (captions) {
    const tree = readWith(name, () => fromCaptions(text, captions.kind, file, {registry: registry(), headerless: captions.headerless}))
    return {file, tree, bytes, kind: captions.kind}
  }
  return {file, tree: parse(file, {registry: registry()}), bytes, kind: 'text'}
}

/** The people registry an input is read with, loaded once per file. */
function registryOf(input: string, options: ReadOptions): Person[] | undefined {
  const registryFile = registryFor(input, options)
  if (!registryFile) return undefined
  let registry = registries.get(registryFile)
  if (!registry) registries.set(registryFile, (registry = loadRegistry(registryFile)))
  return registry
}

/** A reader's verdict that the input is unreadable, as the `ReadError` that names the file (and the place, where one applies). */
function readWith(name: string, read: () => Transcript): Transcript {
  try {
    return read()
  } catch (error) {
    if (!(error instanceof UnreadableInput)) throw error
    throw new ReadError(name, error.reason, error.at)
  }
}

/**
 * Whether a zip archive is, or means to be, a Word file: it is named `.docx`
 * (or `.docm`, `.dotx`), or its entries' names, which a zip keeps in plain
 * text, include `word/`. A Word file damaged or cut short is then told as
 * such; any other zip is refused as an archive.
 */
function isWordArchive(bytes: Uint8Array, name: string): boolean {
  return /\.do[ct][xm]$/i.test(name) || Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/')
}

/**
 * Which caption format text is in, if any: WebVTT by its `WEBVTT` line, SRT
 * by its first cue (a number, then a timing with commas). A file whose name
 * says `.vtt` or `.srt` and whose first lines hold a cue timing is read as
 * that format though it lacks the `WEBVTT` line or the cue number; one so
 * named with no cue at all is refused rather than read as prose.
 */
function captionKind(text: string, name: string): {kind: CaptionKind; headerless?: boolean} | undefined {
  if (isWebVtt(text)) return {kind: 'vtt'}
  if (isSrt(text)) return {kind: 'srt'}
  const extension = path.extname(name).toLowerCase()
  if (extension !== '.vtt' && extension !== '.srt') return undefined
  if (!opensWithCues(text)) {
    const expected = extension === '.vtt' ? 'neither a WEBVTT line nor a cue timed such as 00:00:01.000 --> 00:00:04.000' : 'no numbered cue timed such as 00:00:01,000 --> 00:00:04,000'
    throw new ReadError(name, `the file is named ${extension} but is not captions: it has ${expected} (is it cut short, or plain text misnamed?)`, {line: 1, column: 1})
  }
  return extension === '.vtt' ? {kind: 'vtt', headerless: true} : {kind: 'srt'}
}

/**
 * The bytes of an input, or a `ReadError` that says why there are none. Only
 * a regular file is read (a pipe or `/dev/zero` named `.txt` would hang or
 * never end), opened without waiting for a writer, and no more than
 * `maxBytes` of it.
 */
function readBytes(input: string, maxBytes: number): Uint8Array {
  if (input === '-') return fs.readFileSync(0)
  let descriptor: number | undefined
  try {
    descriptor = fs.openSync(input, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0))
    const stat = fs.fstatSync(descriptor)
    if (stat.isDirectory()) {
      throw new ReadError(input, 'this is a folder, not a file; name the transcripts in it, or convert the folder with `verbatim convert`')
    }
    if (!stat.isFile()) throw new ReadError(input, 'not a regular file (a pipe, a device or a socket): Verbatim reads transcripts from files only')
    if (stat.size > maxBytes) {
      throw new ReadError(input, `the file is ${megabytes(stat.size)} MB, more than the ${megabytes(maxBytes)} MB an input may have; raise the limit with --max-input <MB>`)
    }
    return fs.readFileSync(descriptor)
  } catch (error) {
    if (error instanceof ReadError) throw error
    throw new ReadError(input, describeFileError(error))
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor)
  }
}

function megabytes(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 1 : 0)
}

/**
 * Whether text is a TEI document: its root is `TEI` (prefixed or not), after
 * what may stand before a root (the XML declaration, processing instructions
 * such as `<?xml-model?>`, comments, a DOCTYPE).
 */
function isTei(text: string): boolean {
  const prolog = /^\s*(?:(?:<\?[^?]*(?:\?(?!>)[^?]*)*\?>|<!--[^-]*(?:-(?!->)[^-]*)*-->|<!DOCTYPE[^>[]*(?:\[[^\]]*\])?\s*>)\s*)*/y
  prolog.lastIndex = 0
  prolog.exec(text)
  return /^<(?:[\w.-]+:)?TEI[\s>]/.test(text.slice(prolog.lastIndex, prolog.lastIndex + 200))
}
