/**
 * The body: source paragraphs become turns (a labelled paragraph starts one,
 * the unlabelled paragraphs after it continue it), narrative (unlabelled
 * prose before the first turn of a news page) and, for a transcript whose
 * opening remarks carry no label, an unlabelled turn the speakers transform
 * attributes to the principal speaker.
 */
import type {VFile} from 'vfile'
import type {Block, Narrative, Paragraph, Turn} from '../model.js'
import {readInline} from './incidents.js'
import {matchLabel, parseLabel, type MatchOptions} from './label.js'
import type {SourceParagraph} from './paragraphs.js'
import {append} from '../util/append.js'

export interface BodyOptions extends MatchOptions {
  /** Unlabelled paragraphs before the first label are narrative (news pages), not speech. */
  news: boolean
  /** The header names a principal speaker, whose unlabelled opening remarks are speech. */
  principal?: boolean
  /** The principal’s name: an opening that names them in the third person is a lead, not their speech. */
  principalName?: string
}

export function readBody(paragraphs: SourceParagraph[], file: VFile, options: BodyOptions): Block[] {
  const blocks: Block[] = []
  const matches = paragraphs.map((source) => matchLabel(source.text, options))
  // A principal who never has a label (`Q:` the only label): the unlabelled paragraph after a question is their answer.
  const onlyQuestions = options.principal === true && matches.some(Boolean) && matches.every((match) => !match || parseLabel(match.label).role === 'journalist')
  let labelled = false
  let turn: Turn | undefined
  let narrative: Narrative | undefined
  /** A label that stood alone: the next paragraph is its turn’s first. */
  let pendingLabel: {label: string; position: SourceParagraph['position']} | undefined
  let pendingTime: string | undefined

  /** A label alone with no speech before the next label (`Matt (00:19):` / `Vedant Patel (00:20): …`): a turn with nothing heard. */
  const closeEmpty = () => {
    if (!pendingLabel) return
    turn = {type: 'turn', n: 0, speaker: '', label: pendingLabel.label, children: [], position: pendingLabel.position}
    if (pendingTime) turn.start = pendingTime
    blocks.push(turn)
    labelled = true
    file.message(`Label “${pendingLabel.label}:” is followed by no text: kept as a turn with nothing transcribed`, pendingLabel.position).ruleId = 'empty-turn'
    pendingLabel = undefined
    pendingTime = undefined
  }

  for (const [index, source] of paragraphs.entries()) {
    const match = matches[index]
    if (match) closeEmpty()
    if (match && match.rest === '') {
      pendingLabel = {label: match.label, position: source.position}
      pendingTime = match.time
      continue
    }
    const label = pendingLabel?.label ?? match?.label
    const text = pendingLabel ? source.text : match ? match.rest : source.text
    const start = pendingLabel?.position.start ?? source.position.start
    pendingLabel = undefined
    const pendingTimeUsed = pendingTime
    pendingTime = undefined

    const paragraph: Paragraph = {type: 'paragraph', n: 0, children: readInline(text), position: source.position}

    if (label !== undefined) {
      turn = {type: 'turn', n: 0, speaker: '', label, children: [paragraph], position: {start, end: source.position.end}}
      const time = pendingTimeUsed ?? match?.time
      if (time) turn.start = time
      blocks.push(turn)
      narrative = undefined
      labelled = true
    } else if (turn && onlyQuestions && turn.label !== undefined) {
      turn = {type: 'turn', n: 0, speaker: '', children: [paragraph], position: source.position}
      blocks.push(turn)
    } else if (turn) {
      turn.children.push(paragraph)
      turn.position = {start: turn.position!.start, end: source.position.end}
    } else if (options.news || (!labelled && isLead(source.text, turn === undefined, options))) {
      if (!narrative) {
        narrative = {type: 'narrative', children: [], position: source.position}
        blocks.push(narrative)
      }
      narrative.children.push(paragraph)
      narrative.position = {start: narrative.position!.start, end: source.position.end}
    } else {
      // Opening remarks with no label: speech by the principal, whom the speakers transform names.
      turn = {type: 'turn', n: 0, speaker: '', children: [paragraph], position: source.position}
      blocks.push(turn)
    }
  }

  if (!options.principal && !blocks.some((block) => block.type === 'turn' && block.label !== undefined)) {
    return asNarrative(blocks, file)
  }
  if (pendingLabel) {
    file.message(`Label “${pendingLabel.label}:” is followed by no text`, pendingLabel.position).ruleId = 'empty-turn'
  }
  return blocks
}

/**
 * No label anywhere and no principal named: nobody is known to speak, so the
 * text is kept as narrative rather than put in the mouth of an unknown speaker.
 */
function asNarrative(blocks: Block[], file: VFile): Block[] {
  const narrative: Narrative[] = []
  for (const block of blocks) {
    if (block.type === 'note') continue
    const last = narrative.at(-1)
    if (last) {
      append(last.children, block.children)
      last.position = {start: last.position!.start, end: block.position!.end}
    } else narrative.push({type: 'narrative', children: [...block.children], position: block.position})
  }
  if (narrative.length > 0) {
    file.message(
      'No speaker found: no paragraph starts with a label such as “NAME:” and the header names no speaker, so the text is kept as narrative',
      narrative[0].position
    ).ruleId = 'no-speaker'
  }
  return narrative
}

/**
 * Unlabelled text before the first label that is nobody’s speech: all of it
 * when no principal is named (a lead, a caption); otherwise, before the
 * principal’s opening begins, a heading or a lead that names the principal in
 * the third person.
 */
function isLead(text: string, opening: boolean, options: BodyOptions): boolean {
  if (!options.principal) return true
  return opening && (namesPrincipal(text, options.principalName) || isHeading(text))
}

/** `… with White House Press Secretary Jen Psaki. She announced …`: a lead that speaks of the principal. */
function namesPrincipal(text: string, name: string | undefined): boolean {
  if (!name) return false
  const surname = name.split(/\s+/).at(-1)!
  return surname.length > 2 && new RegExp(`(?<!\\p{L})${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text)
}

/** `DPB #29`, `Main topics: 1. Opening Statements`: a heading, not the opening of a speech. */
function isHeading(text: string): boolean {
  return text.length < 200 && !/[.?!…,。！？，][”"’)\]]*$/u.test(text)
}
