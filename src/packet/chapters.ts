/**
 * Read the packet’s inputs into chapters. A file that cannot be read, or in
 * which nothing was found to print, is reported by name and left out; the
 * packet is made of the others.
 */
import {ReadError, type ReadOptions} from '../convert/inputs.js'
import {readTranscript} from '../convert/read.js'
import type {Transcript} from '../model.js'
import type {Chapter} from './model.js'

export interface ChapterFailure {
  input: string
  error: string
  /** Where in the input, when a place applies. */
  errorAt?: {line: number; column: number}
}

export interface ReadChapters {
  chapters: Chapter[]
  failures: ChapterFailure[]
}

/** Why a tree read without error still cannot be a chapter, if it cannot. */
function unusable(text: string, tree: Transcript): string | undefined {
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > text.length / 100) {
    return 'not a text transcript (binary, or not UTF-8)'
  }
  if (tree.children.length === 0) return 'no turns or text found to include'
  return undefined
}

export function readChapters(files: string[], options: ReadOptions & {keepOrder?: boolean} = {}): ReadChapters {
  const trees: Array<{input: string; tree: Transcript}> = []
  const failures: ChapterFailure[] = []
  for (const input of files) {
    try {
      const {file, tree} = readTranscript(input, options)
      const problem = unusable(String(file.value), tree)
      if (problem) failures.push({input, error: problem})
      else trees.push({input, tree})
    } catch (error) {
      failures.push({input, error: error instanceof Error ? error.message : String(error), errorAt: error instanceof ReadError ? error.at : undefined})
    }
  }
  const ordered = options.keepOrder ? trees : byDate(trees)
  return {
    chapters: ordered.map(({input, tree}, index) => ({n: index + 1, input, tree, prefix: `t${index + 1}-`})),
    failures
  }
}

/** Oldest first; undated transcripts after the dated, in the order given (the sort is stable). */
function byDate<T extends {tree: Transcript}>(items: T[]): T[] {
  const key = (item: T) => item.tree.meta.date ?? '\uFFFF'
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}
