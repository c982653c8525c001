/**
 * Read one input into a transcript tree: Verbatim’s own Markdown and TEI are
 * read back; anything else is parsed as a plain-text transcript.
 *
 * Whatever arrives, the result is a tree or a `ReadError` whose message says,
 * in words a user can act on, what is wrong with the input: a missing path,
 * a folder, an unreadable or empty file, an image or a PDF.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Transcript} from '../model.js'
import {NotTextError, prepareSource} from '../parse/decode.js'
import {describeFileError} from './file-errors.js'
import {parse} from '../parse/index.js'
import {isBlank} from '../parse/lines.js'
import {loadRegistry, type Person} from '../people/registry.js'
import {fromMarkdown, isVerbatimMarkdown} from '../read/markdown/index.js'
import {fromTei} from '../read/tei/index.js'

export interface ReadOptions {
  /** A registry file; when absent, a `people.yaml` beside the input is used if there is one. */
  registry?: string
}

export interface ReadResult {
  file: VFile
  tree: Transcript
  /** The input’s bytes as read, before decoding: what the batch manifest hashes. */
  bytes: Uint8Array
}

/** An input that cannot be read as a transcript. The message does not repeat the path. */
export class ReadError extends Error {
  override name = 'ReadError'
  constructor(
    /** The input as the user named it (`stdin` for `-`). */
    readonly input: string,
    message: string
  ) {
    super(message)
  }
}

/** The registry file for an input: the one given, else `people.yaml` in the input’s folder. */
export function registryFor(input: string, options: ReadOptions): string | undefined {
  if (options.registry) return options.registry
  if (input === '-') return undefined
  const beside = path.join(path.dirname(input), 'people.yaml')
  return fs.existsSync(beside) ? beside : undefined
}

const registries = new Map<string, Person[]>()

export function readTranscript(input: string, options: ReadOptions = {}): ReadResult {
  const name = input === '-' ? 'stdin' : input
  const bytes = readBytes(input)
  const file = new VFile({path: name, value: bytes})
  let text: string
  try {
    text = prepareSource(file)
  } catch (error) {
    if (error instanceof NotTextError) throw new ReadError(name, error.message)
    throw error
  }
  if (text === '') throw new ReadError(name, 'the file is empty: there is nothing to convert')
  if (isBlank(text.replace(/[\r\n]/g, ''))) throw new ReadError(name, 'the file holds only white space: there is nothing to convert')

  if (/^\s*(?:<\?xml[^>]*>\s*)?<TEI[\s>]/.test(text)) return {file, tree: fromTei(text, file), bytes}
  if (isVerbatimMarkdown(text)) return {file, tree: fromMarkdown(file), bytes}

  const registryFile = registryFor(input, options)
  let registry: Person[] | undefined
  if (registryFile) {
    registry = registries.get(registryFile)
    if (!registry) registries.set(registryFile, (registry = loadRegistry(registryFile)))
  }
  return {file, tree: parse(file, {registry}), bytes}
}

/** The bytes of an input, or a `ReadError` that says why there are none. */
function readBytes(input: string): Uint8Array {
  if (input === '-') return fs.readFileSync(0)
  try {
    if (fs.statSync(input).isDirectory()) {
      throw new ReadError(input, 'this is a folder, not a file; name the transcripts in it, or convert the folder with `verbatim convert`')
    }
    return fs.readFileSync(input)
  } catch (error) {
    if (error instanceof ReadError) throw error
    throw new ReadError(input, describeFileError(error))
  }
}
