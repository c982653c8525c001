/**
 * What `verify` looks for in every output: each run of spoken text between
 * stage directions, split into sentences, whitespace folded. Narrative (a
 * news article’s prose) is checked too: no word read from the source may
 * vanish from an output.
 */
import {paragraphs, type Paragraph, type Position, type Transcript} from '../model.js'

export interface Sentence {
  /** Whitespace folded, as it must appear in an output’s folded text. */
  text: string
  /** The paragraph’s number (`¶n`). */
  paragraph: number
  /** The turn it belongs to (`un`), absent for narrative. */
  turn?: number
  position?: Position
}

/** Whitespace folded to single spaces (outputs wrap lines and pages as they like). */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The sentences of every turn and narrative paragraph, in reading order. */
export function spokenSentences(tree: Transcript): Sentence[] {
  const sentences: Sentence[] = []
  for (const {paragraph, block} of paragraphs(tree)) {
    for (const text of sentencesOf(paragraph)) {
      sentences.push({text, paragraph: paragraph.n, turn: block.type === 'turn' ? block.n : undefined, position: paragraph.position})
    }
  }
  return sentences
}

/**
 * A paragraph’s sentences. A stage direction ends a run of text, since a
 * format may print it differently (in italics, as a `desc`); what is spoken
 * on either side must still be there word for word.
 */
function sentencesOf(paragraph: Paragraph): string[] {
  const runs: string[] = ['']
  for (const node of paragraph.children) {
    if (node.type === 'incident') runs.push('')
    else runs[runs.length - 1] += node.value
  }
  return runs
    .flatMap((run) => fold(run).split(/(?<=[.?!…])\s+/))
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))
}
