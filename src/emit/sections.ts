/**
 * Group the body into the parts a reader navigates by: an introduction
 * (narrative before anyone speaks), opening statements, and questions and
 * answers, the latter cut into exchanges that each begin with a question (or
 * with the moderator calling on the questioner).
 *
 * The grouping is read from participant kinds only, so it works for any
 * event; it drives the printed section headings of the PDF and the DOCX, and
 * the PDF's bookmarks.
 */
import {participantOf, type Block, type Transcript, type Turn} from '../model.js'
import {isQuestion, questionerLine} from './conventions.js'

export type SectionKind = 'introduction' | 'statements' | 'questions'

export interface SectionStart {
  kind: SectionKind
  title: string
}

export interface ExchangeStart {
  /** 1-based number of the question in the document. */
  n: number
  title: string
}

export interface PlannedBlock {
  block: Block
  /** Set on the first block of a section. */
  section?: SectionStart
  /** Set on the first block of a question-and-answer exchange. */
  exchange?: ExchangeStart
}

export interface SectionPlan {
  blocks: PlannedBlock[]
  /** Whether there is more than one section, so headings are worth printing. */
  sectioned: boolean
}

const titles: Record<SectionKind, string> = {
  introduction: 'Introduction',
  statements: 'Opening statements',
  questions: 'Questions and answers'
}

export function planSections(tree: Transcript): SectionPlan {
  const body = tree.children
  const kindOf = (block: Block, index: number, seenTurn: boolean, seenQuestion: boolean): SectionKind => {
    if (!seenTurn && block.type !== 'turn') return 'introduction'
    if (seenQuestion || startsExchange(tree, body, index)) return 'questions'
    return 'statements'
  }

  const blocks: PlannedBlock[] = []
  let seenTurn = false
  let seenQuestion = false
  let current: SectionKind | undefined
  let questions = 0
  body.forEach((block, index) => {
    const kind = kindOf(block, index, seenTurn, seenQuestion)
    const planned: PlannedBlock = {block}
    if (kind !== current) {
      planned.section = {kind, title: titles[kind]}
      current = kind
    }
    if (startsExchange(tree, body, index)) {
      questions++
      planned.exchange = {n: questions, title: exchangeTitle(tree, body, index, questions)}
    }
    if (block.type === 'turn') seenTurn = true
    if (kind === 'questions') seenQuestion = true
    blocks.push(planned)
  })
  // Statements are “opening” only when questions follow them.
  if (!seenQuestion) {
    for (const planned of blocks) {
      if (planned.section?.kind === 'statements') planned.section.title = 'Remarks'
    }
  }
  const sections = blocks.filter((planned) => planned.section).length
  return {blocks, sectioned: sections > 1}
}

/** The next turn at or after `index`, skipping notes and narrative. */
function nextTurn(body: Block[], index: number): Turn | undefined {
  for (let i = index; i < body.length; i++) {
    const block = body[i]!
    if (block.type === 'turn') return block
  }
  return undefined
}

/**
 * A question starts an exchange, unless the moderator calling on the
 * questioner just did; a moderator’s turn followed by a question starts one.
 */
function startsExchange(tree: Transcript, body: Block[], index: number): boolean {
  const block = body[index]!
  if (block.type !== 'turn') return false
  if (isQuestion(tree, block)) {
    const previous = body[index - 1]
    return !(previous?.type === 'turn' && isModerator(tree, previous))
  }
  if (!isModerator(tree, block)) return false
  const following = nextTurn(body, index + 1)
  return following !== undefined && isQuestion(tree, following)
}

function isModerator(tree: Transcript, turn: Turn): boolean {
  return participantOf(tree, turn.speaker)?.kind === 'moderator'
}

/** `Question 2: Arshad Mohammed, Reuters` or `Question 3, to John Kerry`. */
function exchangeTitle(tree: Transcript, body: Block[], index: number, n: number): string {
  const question = nextTurn(body, index)
  const asked = question && isQuestion(tree, question) ? question : nextTurn(body, index + 1)
  let title = `Question ${n}`
  if (asked?.questioner) {
    title += ': ' + questionerLine(asked.questioner)
  } else if (asked?.addressee) {
    title += ', to ' + (participantOf(tree, asked.addressee)?.name ?? asked.addressee)
  }
  return title
}

/** A turn’s bookmark: the speaker’s name; a question names its questioner. */
export function turnTitle(tree: Transcript, turn: Turn): string {
  if (isQuestion(tree, turn)) {
    return turn.questioner ? `Question (${turn.questioner.name})` : 'Question'
  }
  return participantOf(tree, turn.speaker)?.name ?? turn.label ?? turn.speaker
}
