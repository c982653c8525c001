/**
 * Questioners: a moderator’s introduction (“The first question will be from
 * Arshad Mohammed from Reuters.”) names who asks the next question.
 */
import type {VFile} from 'vfile'
import type {Transcript} from '../model.js'
import {paragraphText, turns} from '../model.js'
import {introduction} from './speakers.js'

export function recordQuestioners(tree: Transcript, _file: VFile): void {
  const kinds = new Map(tree.participants.map((p) => [p.id, p.kind]))
  let pending: {name: string; outlet?: string} | undefined
  for (const turn of turns(tree)) {
    if (kinds.get(turn.speaker) === 'journalist') {
      if (pending) turn.questioner = pending
      pending = undefined
      continue
    }
    const text = turn.children.map(paragraphText).join(' ')
    // A chair hands over at the end of a turn: its last few hundred characters are enough to read.
    const match = introduction.exec(text) ?? lastMatch(handOver, text.length > 400 ? text.slice(-400) : text)
    if (match) {
      const asker = match[1].replace(/[.,;:]+$/, '')
      pending = match[2] ? {name: asker, outlet: match[2].replace(/[.,;:]+$/, '')} : {name: asker}
    }
  }
}

const name = String.raw`(\p{Lu}[\p{L}’'.\-]+(?:\s+\p{Lu}[\p{L}’'.\-]+){0,3})`
const outlet = String.raw`(?:\s*,?\s+(?:from|of|with|at)\s+((?:the\s+)?\p{Lu}[\p{L}&’'.\-]*(?:\s+\p{Lu}[\p{L}&’'.\-]*){0,4}))?`

/**
 * Other ways a chair hands the floor to a questioner: “Our first question
 * goes to Humeyra Pamuk of Reuters”, “Next we’ll go to Said Arikat”, “Last
 * question, Shaun Tandon of AFP”, “Go ahead, Matt”. The last one in a turn
 * names who asks next.
 */
const handOver = new RegExp(
  String.raw`\b(?:(?:[Ff]irst|[Nn]ext|[Ll]ast|[Ff]inal|[Oo]ne more)\s+question\s+(?:goes|will go|is going)\s+to|(?:[Nn]ext|[Nn]ow|[Tt]hen)\s*,?\s+(?:we(?:’|')ll|we will|let(?:’|')s|I(?:’|')ll|I will)\s+go\s+to|(?:[Ll]ast|[Ff]inal|[Nn]ext)\s+question\s*,|[Gg]o ahead\s*,|[Yy]es\s*,\s*(?=\p{Lu}\p{Ll}+\s*[.?!]))\s*` + name + outlet,
  'gu'
)

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match
  return last
}
