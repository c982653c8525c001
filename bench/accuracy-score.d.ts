import type {Participant, Transcript} from '../src/model.js'

/** One fact of a file, checked. */
export interface Check {
  fact: string
  right: boolean
  expected: unknown
  found: unknown
}

/** A `.facts.yaml` file, as `test/fixtures/real/FACTS.md` describes it. */
export interface Facts {
  source?: string
  publisher?: string
  language?: string
  complete?: boolean
  title?: string | null
  date?: string | null
  place?: string | null
  speakers?: Array<{name: string; labels?: string[]}>
  turns?: string[]
  furniture?: string[]
  /** The start of each turn as the source prints it, in the order of `turns` (`null`: the turn has no time). */
  times?: Array<string | null>
  notes?: string
}

export function fold(text: unknown): string
export function isSpeaker(expected: string, participant: Pick<Participant, 'id' | 'name' | 'kind'> & Partial<Participant>): boolean
export function score(tree: Transcript, facts: Facts): {checks: Check[]}
