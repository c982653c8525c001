/**
 * The sample corpus, parsed once per test file, and what every format must keep.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Transcript} from '../../src/model.js'
import {paragraphText, turns} from '../../src/model.js'
import {readTranscript} from '../../src/convert/read.js'
import {fold} from '../../src/verify/sentences.js'

export const corpusFolder = path.resolve('corpus')

export const corpusFiles = fs
  .readdirSync(corpusFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => path.join(corpusFolder, name))

/** A corpus file by a distinctive part of its name (`mfa`, `uspa`, `-un`). */
export function corpusFile(part: string): string {
  const found = corpusFiles.filter((file) => path.basename(file).includes(part))
  if (found.length !== 1) throw new Error(`corpus file “${part}”: ${found.length} matches`)
  return found[0]
}

/** Parse a corpus file the way the CLI does (with the corpus registry beside it). */
export function parseCorpus(file: string): {tree: Transcript; file: VFile} {
  return readTranscript(file)
}

/** Whitespace folded, for comparing text that a format may wrap: the same folding `verify` uses. */
export {fold}

/** A tree without source positions: what a tree read back from an output can equal. */
export function withoutPositions<T>(tree: T): T {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))) as T
}

/**
 * The spoken sentences of a transcript: the text of every turn’s paragraphs,
 * split after sentence punctuation, whitespace folded.
 */
export function spokenSentences(tree: Transcript): string[] {
  const sentences: string[] = []
  for (const turn of turns(tree)) {
    for (const paragraph of turn.children) {
      for (const sentence of fold(paragraphText(paragraph)).split(/(?<=[.?!])\s+/)) {
        if (sentence !== '') sentences.push(sentence)
      }
    }
  }
  return sentences
}
