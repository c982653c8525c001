/**
 * Verify that no output lost a word: render a transcript to every format,
 * read each file back to text, and look for every spoken sentence in it.
 * The library behind `verbatim verify`.
 */
import {conversionTime} from '../emit/conventions.js'
import type {Emitter, Rendered} from '../emit/emitter.js'
import type {Transcript} from '../model.js'
import type {Template} from '../template/schema.js'
import {version} from '../version.js'
import type {VFile} from 'vfile'
import {MissingToolError, readers} from './read-back.js'
import {fold, spokenSentences, type Sentence} from './sentences.js'

export {fold, spokenSentences, type Sentence} from './sentences.js'
export {readers, MissingToolError} from './read-back.js'

export interface LostSentence extends Sentence {
  /** What the output has where the sentence’s opening words are found, when they are: the sentence was changed. */
  found?: string
}

export interface FormatResult {
  format: string
  /** Sentences looked for. */
  checked: number
  lost: LostSentence[]
  /** Why the format was not checked (no reader for it, a tool missing). */
  skipped?: string
  /** The output could not be rendered or read back. */
  error?: string
  /** The rendered bytes, for a caller who keeps them. */
  bytes?: Uint8Array
}

/** Collect whatever an emitter rendered into bytes. */
export async function renderedBytes(rendered: Rendered): Promise<Uint8Array> {
  if (typeof rendered === 'string') return new TextEncoder().encode(rendered)
  if (rendered instanceof Uint8Array) return rendered
  const chunks: Uint8Array[] = []
  for await (const chunk of rendered) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)
  return Buffer.concat(chunks)
}

/** The spoken sentences `text` (an output read back) lacks. */
export function lostSentences(sentences: Sentence[], text: string): LostSentence[] {
  const haystack = fold(text.normalize('NFC'))
  const lost: LostSentence[] = []
  for (const sentence of sentences) {
    const wanted = sentence.text.normalize('NFC')
    if (haystack.includes(wanted)) continue
    lost.push({...sentence, found: changedTo(wanted, haystack)})
  }
  return lost
}

/**
 * Where an output has the sentence’s first words but not the sentence, what
 * it has instead (as long as the sentence), so a report shows the change.
 */
function changedTo(sentence: string, haystack: string): string | undefined {
  const words = sentence.split(' ')
  let low = 0
  let high = words.length - 1
  // The longest opening of the sentence the output contains (binary search on whole words).
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (haystack.includes(words.slice(0, middle).join(' '))) low = middle
    else high = middle - 1
  }
  if (low < 3) return undefined
  const index = haystack.indexOf(words.slice(0, low).join(' '))
  return haystack.slice(index, index + sentence.length + 20)
}

export interface VerifyOptions {
  emitters: Emitter[]
  template: Template
  file?: VFile
}

/** Render `tree` with each emitter and check every output. */
export async function verifyTree(tree: Transcript, options: VerifyOptions): Promise<FormatResult[]> {
  const sentences = spokenSentences(tree)
  const context = {template: options.template, file: options.file, timestamp: conversionTime(), version}
  const results: FormatResult[] = []
  for (const emitter of options.emitters) {
    const result: FormatResult = {format: emitter.name, checked: sentences.length, lost: []}
    results.push(result)
    const reader = readers[emitter.name]
    try {
      result.bytes = await renderedBytes(await emitter.render(tree, context))
      if (!reader) {
        result.skipped = `Verbatim cannot read the ${emitter.name} format back`
        continue
      }
      result.lost = lostSentences(sentences, await reader(result.bytes, options.template))
    } catch (error) {
      if (error instanceof MissingToolError) result.skipped = error.message
      else result.error = (error as Error).message
    }
  }
  return results
}
