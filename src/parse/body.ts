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
import {matchLabel, type MatchOptions} from './label.js'
import type {SourceParagraph} from './paragraphs.js'

export interface BodyOptions extends MatchOptions {
  /** Unlabelled paragraphs before the first label are narrative (news pages), not speech. */
  news: boolean
}

export function readBody(paragraphs: SourceParagraph[], file: VFile, options: BodyOptions): Block[] {
  const blocks: Block[] = []
  let turn: Turn | undefined
  let narrative: Narrative | undefined
  /** A label that stood alone: the next paragraph is its turn’s first. */
  let pendingLabel: {label: string; position: SourceParagraph['position']} | undefined

  for (const source of paragraphs) {
    const match = matchLabel(source.text, options)
    if (match && match.rest === '') {
      pendingLabel = {label: match.label, position: source.position}
      continue
    }
    const label = pendingLabel?.label ?? match?.label
    const text = pendingLabel ? source.text : match ? match.rest : source.text
    const start = pendingLabel?.position.start ?? source.position.start
    pendingLabel = undefined

    const paragraph: Paragraph = {type: 'paragraph', n: 0, children: readInline(text), position: source.position}

    if (label !== undefined) {
      turn = {type: 'turn', n: 0, speaker: '', label, children: [paragraph], position: {start, end: source.position.end}}
      blocks.push(turn)
      narrative = undefined
    } else if (turn) {
      turn.children.push(paragraph)
      turn.position = {start: turn.position!.start, end: source.position.end}
    } else if (options.news) {
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

  if (pendingLabel) {
    file.message(`Label “${pendingLabel.label}:” is followed by no text`, pendingLabel.position).ruleId = 'empty-turn'
  }
  return blocks
}
