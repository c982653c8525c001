/**
 * A turn: the label as printed in `note[@type="speaker"]`, then a `u`
 * pointing at the person (`@who`), their speaker type and delivery (`@ana`)
 * and the addressee (`@toWhom`), holding one `seg` per source paragraph.
 */
import {displayLabel, turnId} from '../../conventions.js'
import {participantOf, type Turn} from '../../../model.js'
import {personPointer, type TeiState} from '../state.js'
import {
  applicationId,
  interpretedCategoryId,
  speakerCategoryId,
  suppliedLabel,
  turnNoteType
} from '../vocabulary.js'
import {addText, element} from '../xml.js'
import {transcriptDivision} from './division.js'
import {paragraphAttributes, paragraphContent} from './inline.js'
import {whenId} from './timeline.js'

const byPipeline = '#' + applicationId

export function turn(node: Turn, state: TeiState): void {
  const {tree} = state
  const parent = transcriptDivision(state)
  element(
    parent,
    'note',
    {type: turnNoteType.speaker, subtype: node.label === undefined ? suppliedLabel : undefined},
    displayLabel(tree, node)
  )

  const speaker = participantOf(tree, node.speaker)
  const who = personPointer(state, node.speaker)
  if (who === undefined) {
    state.context.file?.message(`turn ${node.n}: speaker \`${node.speaker}\` is not a participant; the TEI \`u\` has no @who`, {
      place: node.position,
      ruleId: 'unknown-speaker',
      source: 'verbatim:tei'
    })
  }
  const ana = ['#' + speakerCategoryId(speaker?.kind ?? 'unknown')]
  if (node.interpreted) ana.push('#' + interpretedCategoryId)
  const toWhom = personPointer(state, node.addressee)

  const start = node.start === undefined ? undefined : '#' + whenId(node, 'start')
  const end = node.end === undefined ? undefined : '#' + whenId(node, 'end')
  const u = element(parent, 'u', {'xml:id': turnId(node), who, toWhom, ana: ana.join(' '), start, end})

  // Relations the pipeline read from the label or the context.
  if (node.addressee !== undefined && toWhom === undefined) {
    element(u, 'note', {type: turnNoteType.addressee, resp: byPipeline}, node.addressee)
  }
  if (node.after !== undefined) {
    // A person is named by `persName/@ref`, as the questioner is: `@target` would say what the note annotates.
    const person = personPointer(state, node.after)
    const note = element(u, 'note', {type: turnNoteType.after, resp: byPipeline})
    if (person === undefined) addText(note, node.after)
    else element(note, 'persName', {ref: person}, participantOf(tree, node.after)!.name)
  }
  if (node.questioner !== undefined) {
    const note = element(u, 'note', {type: turnNoteType.questioner, resp: byPipeline})
    element(note, 'persName', {}, node.questioner.name)
    if (node.questioner.outlet !== undefined) {
      addText(note, ', ')
      element(note, 'orgName', {}, node.questioner.outlet)
    }
  }

  for (const paragraph of node.children) {
    paragraphContent(element(u, 'seg', paragraphAttributes(paragraph)), paragraph, state)
  }
}
