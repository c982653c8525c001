import type {Check, Facts} from './accuracy-score.js'

export interface FileResult {
  name: string
  facts: Facts
  checks: Check[]
  error?: string
}

/** Every transcript of `corpus` with its facts, read and scored; `only` keeps the names that contain one of its parts. */
export function runAccuracy(corpus: string, only?: string[]): FileResult[]
