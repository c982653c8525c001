/**
 * Read `text/body` back into blocks: each `div[@type="narrative"]` is one
 * narrative; in other divisions a `note[@type="speaker"]` gives the label of
 * the `u` after it, and an editorial `note` is a note block.
 */
import type {Block, Narrative, Note, NoteKind, Paragraph, Turn} from '../../model.js'
import {
  divisionType,
  editorialNoteType,
  interpretedCategoryId,
  noteKinds,
  suppliedLabel,
  turnNoteType
} from '../../emit/tei/vocabulary.js'
import {readInline, type InlineContext} from './inline.js'
import {elements, first, pointerId, textOf, type XmlElement} from './xml.js'

export interface BodyContext extends InlineContext {
  /** `xml:id` of a `person` → participant id. */
  people: Map<string, string>
}

export function readBody(body: XmlElement, context: BodyContext): Block[] {
  const blocks: Block[] = []
  for (const div of elements(body, 'div')) {
    if (div.attributes.type === divisionType.narrative) readNarrative(div, blocks, context)
    else readTranscript(div, blocks, context)
  }
  return blocks
}

function readNarrative(div: XmlElement, blocks: Block[], context: BodyContext): void {
  let narrative: Narrative | undefined
  for (const node of elements(div)) {
    if (node.name === 'p') {
      if (!narrative) {
        narrative = {type: 'narrative', children: []}
        blocks.push(narrative)
      }
      narrative.children.push(paragraph(node, context))
    } else if (isEditorialNote(node)) {
      blocks.push(note(node))
      narrative = undefined
    }
  }
}

function readTranscript(div: XmlElement, blocks: Block[], context: BodyContext): void {
  let label: XmlElement | undefined
  for (const node of elements(div)) {
    if (node.name === 'note' && node.attributes.type === turnNoteType.speaker) {
      label = node
    } else if (node.name === 'u') {
      blocks.push(turn(node, label, context))
      label = undefined
    } else if (isEditorialNote(node)) {
      blocks.push(note(node))
    } else if (node.name === 'p') {
      // Prose among the turns (not written by Verbatim, but valid TEI).
      blocks.push({type: 'narrative', children: [paragraph(node, context)]})
    }
  }
}

function turn(u: XmlElement, label: XmlElement | undefined, context: BodyContext): Turn {
  const person = (pointer: string | undefined): string | undefined =>
    context.people.get(pointerId(pointer) ?? '')
  const result: Turn = {
    type: 'turn',
    n: numberOf(u.attributes['xml:id'], 'u'),
    speaker: person(u.attributes.who) ?? pointerId(u.attributes.who) ?? '',
    children: []
  }
  if (label && label.attributes.subtype !== suppliedLabel) {
    result.label = textOf(label).replace(/:$/, '')
  }

  const addressee = person(u.attributes.toWhom) ?? noteText(u, turnNoteType.addressee)
  if (addressee !== undefined) result.addressee = addressee
  const after = first(u, 'note', turnNoteType.after)
  if (after) result.after = person(after.attributes.target) ?? textOf(after)
  const pointers = (u.attributes.ana ?? '').split(/\s+/)
  if (pointers.includes('#' + interpretedCategoryId)) result.interpreted = true
  const questioner = first(u, 'note', turnNoteType.questioner)
  if (questioner) {
    result.questioner = {name: textOf(first(questioner, 'persName'))}
    const outlet = first(questioner, 'orgName')
    if (outlet) result.questioner.outlet = textOf(outlet)
  }

  result.children = elements(u, 'seg').map((seg) => paragraph(seg, context))
  return result
}

function paragraph(node: XmlElement, context: BodyContext): Paragraph {
  const result: Paragraph = {type: 'paragraph', n: numberOf(node.attributes['xml:id'], 'p'), children: readInline(node, context)}
  const language = node.attributes['xml:lang']
  if (language) result.language = language
  return result
}

function isEditorialNote(node: XmlElement): boolean {
  return node.name === 'note' && node.attributes.type === editorialNoteType
}

function note(node: XmlElement): Note {
  const subtype = node.attributes.subtype as NoteKind
  return {type: 'note', kind: noteKinds.includes(subtype) ? subtype : 'editorial', value: textOf(node)}
}

function noteText(u: XmlElement, type: string): string | undefined {
  const node = first(u, 'note', type)
  return node ? textOf(node) : undefined
}

/** `u3` → 3, `p7` → 7; 0 when the id is not one of ours. */
function numberOf(id: string | undefined, prefix: string): number {
  const match = id === undefined ? null : new RegExp(`^${prefix}(\\d+)$`).exec(id)
  return match ? Number(match[1]) : 0
}
