/**
 * Diarised voices: the `Speaker 1`, `Speaker 2`, `Unknown Speaker` a
 * transcription service prints where it identified nobody. They are
 * numbers, not people; what the document says decides who they are, and
 * where it cannot, they stay as printed.
 *
 * - When the header names the event's principal and no label of their own
 *   does, the voice that holds most of the words, and opens the event or
 *   holds most of all words, is the principal: a guess the reader says it
 *   made (a `diarised-voice` warning), for the numbers are the service's.
 * - At a press event (a briefing, a press conference…) whose principal
 *   speaks, the other numbered voices are the press: journalists, each
 *   voice still its own participant, named as printed.
 *
 * One pass over the turns; the speakers transform asks it once per file.
 */
import type {Transcript, Turn} from '../model.js'
import {paragraphText, turns} from '../model.js'
import {diarisedVoice} from '../people/vocabulary.js'
import {wordPattern} from '../parse/words.js'

/** Who a numbered voice is: the principal, or a journalist. */
export type VoiceReading = 'principal' | 'journalist'

export interface VoiceOptions {
  /** The header names a principal speaker. */
  principal: boolean
  /** Whether a label that is no numbered voice names the principal (`Department of State spokesperson`, `A.`). */
  namesPrincipal: (label: string) => boolean
}

export interface Voices {
  /** What each numbered voice was read as, by its label; a voice not in it stays as printed. */
  readings: Map<string, VoiceReading>
  /** The label read as the principal, and why, for the message that says so. */
  principal?: {label: string; opens: boolean}
}

/** Press events: the room that asks is the press. */
const pressEvents = new Set(['briefing', 'press conference', 'press availability', 'press encounter', 'questions and answers'])

/** `Speaker 1`, `Unknown Speaker`, `Spreker 2`: a voice a service numbered, not a name. */
export function isDiarisedVoice(label: string): boolean {
  return diarisedVoice.test(label.trim())
}

export function readVoices(tree: Transcript, options: VoiceOptions): Voices {
  const readings = new Map<string, VoiceReading>()
  const all = turns(tree)
  const labelled = all.filter((turn): turn is Turn & {label: string} => turn.label !== undefined)
  const numbered = labelled.filter((turn) => isDiarisedVoice(turn.label))
  if (numbered.length === 0) return {readings}

  // An unlabelled opening is the principal's (the speakers transform gives it them), as is a label that names them.
  const named = new Set(labelled.map((turn) => turn.label).filter((label) => !isDiarisedVoice(label)))
  let principalSpeaks = options.principal && (labelled.length < all.length || [...named].some(options.namesPrincipal))
  let principal: Voices['principal']
  if (options.principal && !principalSpeaks) {
    const words = new Map<string, number>()
    let total = 0
    for (const turn of labelled) {
      const count = wordCount(turn)
      words.set(turn.label, (words.get(turn.label) ?? 0) + count)
      total += count
    }
    const ranked = [...words].sort((a, b) => b[1] - a[1])
    const [top, second] = ranked
    const opens = labelled[0].label === top[0]
    // More words than any other voice, and the opening or more than half of all the words.
    if (isDiarisedVoice(top[0]) && top[1] > 0 && (second === undefined || top[1] > second[1]) && (opens || top[1] * 2 > total)) {
      readings.set(top[0], 'principal')
      principal = {label: top[0], opens}
      principalSpeaks = true
    }
  }
  if (principalSpeaks && pressEvents.has(tree.meta.eventType ?? '')) {
    for (const turn of numbered) if (!readings.has(turn.label)) readings.set(turn.label, 'journalist')
  }
  return {readings, principal}
}

function wordCount(turn: Turn): number {
  let count = 0
  for (const paragraph of turn.children) for (const _ of paragraphText(paragraph).matchAll(wordPattern)) count++
  return count
}
