/**
 * Inputs: files, folders (searched for transcripts), or `-` for standard
 * input; where their outputs go, which people registry each is read with,
 * and the error for one that cannot be read.
 */
import fs from 'node:fs'
import path from 'node:path'
import {append} from '../util/append.js'
import type {Place} from '../read/unreadable.js'

/** Extensions a folder is searched for: text and Markdown, caption files (WebVTT, SRT), saved web pages, Word files. */
export const transcriptExtensions = ['.txt', '.md', '.vtt', '.srt', '.html', '.htm', '.docx']

/** The extensions a folder search takes, in words: `.txt, .md, … or .docx`. */
export const searchedExtensions = `${transcriptExtensions.slice(0, -1).join(', ')} or ${transcriptExtensions.at(-1)}`

export class InputError extends Error {
  override name = 'InputError'

  constructor(readonly input: string, readonly reason: string) {
    super(`${input}: ${reason}`)
  }
}

/**
 * The transcript files `inputs` name, in a stable order (sorted within each
 * folder). A missing path is an error that names it.
 */
export function collectInputs(inputs: string[]): {files: string[]; errors: InputError[]} {
  const files: string[] = []
  const errors: InputError[] = []
  for (const input of inputs) {
    if (input === '-') {
      files.push('-')
      continue
    }
    let stat: fs.Stats
    try {
      stat = fs.statSync(input)
    } catch {
      errors.push(new InputError(input, 'no such file or folder'))
      continue
    }
    if (stat.isDirectory()) append(files, searchFolder(input))
    else files.push(input)
  }
  return {files: [...new Set(files)], errors}
}

/**
 * Files that document a folder by convention (`README.md`, `LICENSE.txt`…),
 * not transcripts: a folder search passes them over. Named on the command
 * line, they are converted like any file.
 */
const folderDocuments = /^(?:readme|changelog|changes|license|licence|copying|contributing|authors|notice|security|code_of_conduct)(?:\.[a-z]+)?$/i

function searchFolder(folder: string): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) append(found, searchFolder(full))
    else if (transcriptExtensions.includes(path.extname(entry.name).toLowerCase()) && !folderDocuments.test(entry.name)) found.push(full)
  }
  return found
}

/** `<out>/<name without extension>.<ext>`; `-` (stdin) is named `stdin`. */
export function outputPath(input: string, outDir: string, extension: string): string {
  const base = input === '-' ? 'stdin' : path.basename(input).replace(/\.(?:txt|md|tei\.xml|xml|json|vtt|srt|html?|xhtml|docx)$/i, '')
  // Names never leave the output folder, and carry nothing a file system refuses:
  // no separators, controls or Windows-reserved characters, at most 200 bytes.
  const safe = clipBytes(base.replace(/[\\/\u0000-\u001F\u007F<>:"|?*]/g, '_').replace(/^\.+/, '_'), 200) || 'transcript'
  return path.join(outDir, `${safe}.${extension}`)
}

/** `text` cut, between characters, to at most `limit` bytes of UTF-8. */
function clipBytes(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text
  let result = ''
  for (const char of text) {
    if (Buffer.byteLength(result + char) > limit) break
    result += char
  }
  return result
}

/** How inputs are read. */
export interface ReadOptions {
  /** A registry file; when absent, a `people.yaml` beside the input is used if there is one. */
  registry?: string
  /** The largest input read, in bytes (default `defaultMaxInputBytes`); a larger one fails with a message that says how to raise it. */
  maxInputBytes?: number
}

/** 256 MB: five times the largest transcript the robustness tests convert, far below what a machine holds. */
export const defaultMaxInputBytes = 256 * 2 ** 20

/** An input that cannot be read as a transcript. The message does not repeat the path. */
export class ReadError extends Error {
  override name = 'ReadError'
  constructor(
    /** The input as the user named it (`stdin` for `-`). */
    readonly input: string,
    message: string,
    /** Where in the input, when a place applies. */
    readonly at?: Place
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
