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
    const match = introduction.exec(turn.children.map(paragraphText).join(' '))
    if (match) pending = match[2] ? {name: match[1], outlet: match[2].replace(/[.,;:]+$/, "")} : {name: match[1]}
  }
}
