/**
 * Read one input into a transcript tree: Verbatim’s own Markdown and TEI are
 * read back; anything else is parsed as a plain-text transcript.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Transcript} from '../model.js'
import {parse} from '../parse/index.js'
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
  const value = input === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(input, 'utf8')
  const file = new VFile({path: input === '-' ? 'stdin' : input, value})
  const text = value.replace(/^\uFEFF/, '')
  if (/^\s*(?:<\?xml[^>]*>\s*)?<TEI[\s>]/.test(text)) return {file, tree: fromTei(text, file)}
  if (isVerbatimMarkdown(text)) return {file, tree: fromMarkdown(file)}

  const registryFile = registryFor(input, options)
  let registry: Person[] | undefined
  if (registryFile) {
    registry = registries.get(registryFile)
    if (!registry) registries.set(registryFile, (registry = loadRegistry(registryFile)))
  }
  return {file, tree: parse(file, {registry})}
}
