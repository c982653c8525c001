/**
 * Read `text/body` back into blocks: each `div[@type="narrative"]` is one
 * narrative; in other divisions a `note[@type="speaker"]` gives the label of
 * the `u` after it, and an editorial `note` is a note block. TEI that other
 * tools wrote is read as far as its shapes allow (`sp`, `p`, `ab`, nested
 * divisions, words straight in a `u` or a `div`), and no word is dropped.
 */
import type {Block, Inline, Narrative, Note, NoteKind, Paragraph, Turn} from '../../model.js'
import {
  divisionType,
  editorialNoteType,
  interpretedCategoryId,
  noteKinds,
  suppliedLabel,
  turnNoteType
} from '../../emit/tei/vocabulary.js'
import {readInline, type InlineContext} from './inline.js'
import {elements, first, pointerId, textOf, type XmlElement, type XmlNode} from './xml.js'

export interface BodyContext extends InlineContext {
  /** `when` id → time as printed, from the body's `timeline`. */
  times?: Map<string, string>
  /** `xml:id` of a `person` → participant id. */
  people: Map<string, string>
  /** The header's title: a `head` that repeats it is the division's heading, already in the metadata. */
  title?: string
}

/** Divisions nested deeper than this are refused with an error rather than read until the stack runs out. */
const maxDivisionDepth = 200

export function readBody(body: XmlElement, context: BodyContext): Block[] {
  const blocks: Block[] = []
  readDivision(body, blocks, {...context, times: timesOf(body)}, 0)
  return blocks
}

/** `when` id → the time as printed (`@n`), from the body's `timeline`. */
function timesOf(body: XmlElement): Map<string, string> {
  const times = new Map<string, string>()
  for (const line of elements(body, 'timeline')) {
    for (const when of elements(line, 'when')) {
      const id = when.attributes['xml:id']
      const printed = when.attributes.n ?? when.attributes.absolute ?? when.attributes.interval
      if (id !== undefined && printed !== undefined) times.set(id, printed)
    }
  }
  return times
}

/**
 * Read a `body` or `div`: Verbatim's own shapes (`note[@type=speaker]` then
 * `u`, narrative divisions, editorial notes), and what other valid TEI puts
 * there (`sp`, `p`, `ab`, nested `div`s, text with no element around it).
 * Nothing is dropped: what the reader does not know becomes narrative and is
 * reported.
 */
function readDivision(division: XmlElement, blocks: Block[], context: BodyContext, depth: number): void {
  if (depth > maxDivisionDepth) throw new Error(`TEI divisions nested deeper than ${maxDivisionDepth} (line ${division.line}): not a transcript this reader can follow`)
  let label: XmlElement | undefined
  for (const node of division.children) {
    if (node.type === 'text') {
      // Words straight in a division (not Verbatim's encoding, but they are words).
      if (node.value.trim() !== '') addNarrative(blocks, {type: 'paragraph', n: 0, children: [{type: 'text', value: node.value.trim()}]})
      continue
    }
    if (node.name === 'div') {
      if (node.attributes.type === divisionType.narrative) readNarrative(node, blocks, context)
      else readDivision(node, blocks, context, depth + 1)
    } else if (node.name === 'note' && node.attributes.type === turnNoteType.speaker) {
      label = node
    } else if (node.name === 'u') {
      blocks.push(turn(node, label, context))
      label = undefined
    } else if (node.name === 'sp') {
      blocks.push(speech(node, context))
    } else if (isEditorialNote(node)) {
      blocks.push(note(node))
    } else if (node.name === 'timeline') {
      // When the turns were spoken: read with each `u` (`timesOf`).
    } else if (node.name === 'head' && textOf(node).trim() === (context.title ?? '').trim()) {
      // Verbatim writes the title as the division's head: it is the metadata's title, not more text.
    } else if (node.name === 'p' || node.name === 'ab') {
      // Prose among the turns (not written by Verbatim, but valid TEI).
      addNarrative(blocks, paragraph(node, context))
    } else {
      // `head`, `lg`, a project's own element: its words are kept, as narrative.
      context.unknown(node)
      if (textOf(node).trim() !== '') addNarrative(blocks, paragraph(node, context))
    }
  }
}

/** Add a paragraph to the narrative block the body ends with, or to a new one. */
function addNarrative(blocks: Block[], paragraph: Paragraph): void {
  const last = blocks.at(-1)
  if (last?.type === 'narrative') last.children.push(paragraph)
  else blocks.push({type: 'narrative', children: [paragraph]})
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

/** `<sp who="#x"><speaker>Name</speaker><p>…</p></sp>`, as TEI for drama and many archives encode speech. */
function speech(sp: XmlElement, context: BodyContext): Turn {
  const result: Turn = {
    type: 'turn',
    n: numberOf(sp.attributes['xml:id'], 'u'),
    speaker: context.people.get(pointerId(sp.attributes.who) ?? '') ?? pointerId(sp.attributes.who) ?? '',
    children: []
  }
  const speaker = first(sp, 'speaker')
  if (speaker) result.label = textOf(speaker).trim().replace(/:$/, '')
  result.children = paragraphsOf(sp, context, new Set(['speaker']))
  return result
}

/**
 * The paragraphs of a `u` or `sp`: each `seg`, `p` or `ab` is one; text and
 * other markup between them (words straight in the `u`, an `<s>`, a
 * `<vocal>`) are gathered into paragraphs of their own, so no word is lost.
 */
function paragraphsOf(parent: XmlElement, context: BodyContext, skip: ReadonlySet<string>): Paragraph[] {
  const result: Paragraph[] = []
  let loose: XmlNode[] = []
  const flush = () => {
    const children = loose
    loose = []
    if (children.some((node) => textOf(node).trim() !== '' || node.type === 'element')) {
      const inlines = readInline({...parent, children}, context)
      trimEdges(inlines)
      if (inlines.length > 0) result.push({type: 'paragraph', n: 0, children: inlines})
    }
  }
  for (const node of parent.children) {
    if (node.type === 'element' && (node.name === 'seg' || node.name === 'p' || node.name === 'ab')) {
      flush()
      result.push(paragraph(node, context))
    } else if (node.type === 'element' && (skip.has(node.name) || (node.name === 'note' && turnNotes.has(node.attributes.type ?? '')))) {
      // Read as the turn's label, addressee, questioner: not speech.
    } else {
      loose.push(node)
    }
  }
  flush()
  return result
}

/** The notes of a `u` that Verbatim writes about the turn, not in it. */
const turnNotes = new Set<string>(Object.values(turnNoteType))

/** Take the white space of the markup's indentation off a gathered paragraph's ends. */
function trimEdges(inlines: Inline[]): void {
  const first = inlines[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  const last = inlines.at(-1)
  if (last?.type === 'text') last.value = last.value.trimEnd()
  while (inlines[0]?.type === 'text' && inlines[0].value === '') inlines.shift()
  while (inlines.at(-1)?.type === 'text' && (inlines.at(-1) as {value: string}).value === '') inlines.pop()
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
  // `persName/@ref` names the person (`@target`, which earlier versions wrote, too).
  if (after) result.after = person(first(after, 'persName')?.attributes.ref) ?? person(after.attributes.target) ?? textOf(after)
  const pointers = (u.attributes.ana ?? '').split(/\s+/)
  if (pointers.includes('#' + interpretedCategoryId)) result.interpreted = true
  const questioner = first(u, 'note', turnNoteType.questioner)
  if (questioner) {
    result.questioner = {name: textOf(first(questioner, 'persName'))}
    const outlet = first(questioner, 'orgName')
    if (outlet) result.questioner.outlet = textOf(outlet)
  }

  for (const edge of ['start', 'end'] as const) {
    const time = context.times?.get(pointerId(u.attributes[edge]) ?? '')
    if (time !== undefined) result[edge] = time
  }

  result.children = paragraphsOf(u, context, new Set())
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
