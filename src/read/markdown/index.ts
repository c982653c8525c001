/**
 * Read Verbatim’s own Markdown back into the transcript tree: the inverse of
 * `src/emit/markdown`, so Markdown → tree → Markdown is byte-identical.
 *
 * Relations that the label states (`addressed to`, `speaking after`) and the
 * questioners a moderator introduces are derived again by the same code the
 * parser uses, rather than stored twice.
 */
import type {Paragraph as MdParagraph, PhrasingContent, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Block, Inline, Narrative, NoteKind, Paragraph, Transcript, Turn} from '../../model.js'
import {readDisplayLabel, readQuestionerLine, readTimeSpan} from '../../emit/conventions.js'
import {fromFrontMatter} from '../../emit/markdown/front-matter.js'
import {classifyIncident} from '../../parse/incidents.js'
import {parseLabel} from '../../parse/label.js'
import {Directory} from '../../people/registry.js'
import {refine} from '../../transform/refine.js'
import {applyRelations} from '../../transform/speakers.js'
import {append} from '../../util/append.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** Whether `text` is Markdown that Verbatim wrote: front matter that lists participants. Linear in the text. */
export function isVerbatimMarkdown(text: string): boolean {
  const opening = /^\uFEFF?---\r?\n/.exec(text)
  if (!opening) return false
  const rest = text.slice(opening[0].length, 200_000)
  const closing = /(?:^|\n)---[ \t]*(?:\r?\n|$)/.exec(rest)
  return closing !== null && /^participants:/m.test(rest.slice(0, closing.index))
}

export function fromMarkdown(input: string | VFile): Transcript {
  const file = input instanceof VFile ? input : new VFile({value: input})
  const root = processor.parse(file)
  const tree: Transcript = {type: 'transcript', meta: {language: 'en'}, participants: [], children: [], removed: []}
  let turn: Turn | undefined

  for (const node of root.children) {
    if (node.type === 'yaml') {
      Object.assign(tree, fromFrontMatter(node.value))
      continue
    }
    // The title, which Verbatim wrote as the one level-1 heading before 0.2: already in the front matter.
    if (node.type === 'heading' && node.depth === 1 && textOfNode(node) === (tree.meta.title ?? '')) continue
    if (node.type === 'blockquote') {
      const narrative: Narrative = {type: 'narrative', children: []}
      for (const child of node.children) {
        if (child.type === 'paragraph') narrative.children.push(readParagraph(child, file).paragraph)
        else append(narrative.children, keptAsText(child, file))
      }
      tree.children.push(narrative)
      turn = undefined
      continue
    }
    if (node.type !== 'paragraph') {
      // A list, a table, a heading, code, HTML, a quote in a quote: not Verbatim's, but its words are kept.
      const kept = keptAsText(node, file)
      if (kept.length === 0) continue
      if (turn) append(turn.children, kept)
      else tree.children.push({type: 'narrative', children: kept})
      continue
    }

    const note = readNote(node)
    if (note) {
      tree.children.push(note)
      continue
    }
    const {paragraph, label, time, aside, labelOnly} = readParagraph(node, file)
    if (label !== undefined) {
      turn = startTurn(tree, label, file, node)
      if (time) Object.assign(turn, time)
      const asked = aside !== undefined && takeQuestioner(tree, turn, aside, paragraph)
      tree.children.push(turn)
      // `**Matt:**` alone (or with who asks): a turn with nothing transcribed.
      if (labelOnly && (aside === undefined || asked)) continue
    }
    if (labelOnly && paragraph.n === 0) file.message('Paragraph without its number (¶)', node.position).ruleId = 'no-paragraph-number'
    if (!turn) {
      file.message('Paragraph outside any turn; read as narrative', node.position).ruleId = 'no-speaker'
      tree.children.push({type: 'narrative', children: [paragraph]})
      continue
    }
    turn.children.push(paragraph)
  }

  // The front matter states the language and the participants: kept, not derived again.
  return refine(tree, file, {language: tree.meta.language, doubts: false})
}

function startTurn(tree: Transcript, label: string, file: VFile, node: RootContent): Turn {
  const number = tree.children.filter((block) => block.type === 'turn').length + 1
  const shown = readDisplayLabel(label)
  const speaker =
    'supplied' in shown
      ? tree.participants.find((p) => p.name === shown.supplied || p.id === shown.supplied)
      : tree.participants.find((p) => p.labels.includes(shown.label))
  if (!speaker) file.message(`Label “${label}” names no participant of the front matter`, node.position).ruleId = 'unknown-label'
  const turn: Turn = {type: 'turn', n: number, speaker: speaker?.id ?? ('supplied' in shown ? shown.supplied : shown.label), children: []}
  if ('label' in shown) {
    const printed = shown.label
    turn.label = printed
    // The parser’s own lookup, over the participants, finds the same people again.
    const directory = new Directory(tree.participants.map((p) => ({id: p.id, name: p.name, aliases: []})))
    applyRelations(turn, parseLabel(printed), (name) => directory.find(name)?.id ?? name)
  }
  return turn
}

function readNote(node: MdParagraph): Block | undefined {
  if (node.children.length !== 1 || node.children[0].type !== 'emphasis') return undefined
  const match = /^\[(omission|continuation|editorial): ([\s\S]*)\]$/.exec(plain(node.children[0].children))
  return match ? {type: 'note', kind: match[1] as NoteKind, value: match[2]} : undefined
}

/**
 * `*[Arshad Mohammed, Reuters]*` opening a journalist's turn: who asks,
 * taken out of the paragraph, where it was read as a stage direction. After
 * any other label, or when it reads as one (`*[inaudible]*`), it is the
 * stage direction it looks like, and stays.
 */
function takeQuestioner(tree: Transcript, turn: Turn, aside: string, paragraph: Paragraph): boolean {
  const inner = aside.slice(1, -1)
  const journalist = tree.participants.find((person) => person.id === turn.speaker)?.kind === 'journalist'
  const questioner = journalist && !classifyIncident(inner) ? readQuestionerLine(inner) : undefined
  if (!questioner) return false
  turn.questioner = questioner
  paragraph.children.shift()
  const next = paragraph.children[0]
  if (next?.type === 'text') {
    next.value = next.value.replace(/^ /, '')
    if (next.value === '') paragraph.children.shift()
  }
  return true
}

/** A paragraph: its `¶n` number, the label in strong emphasis if it opens a turn, then text and stage directions. */
function readParagraph(node: MdParagraph, file: VFile): {paragraph: Paragraph; label?: string; time?: Pick<Turn, 'start' | 'end'>; aside?: string; labelOnly?: boolean} {
  const children = [...node.children]
  let n = 0
  let language: string | undefined
  let label: string | undefined
  const first = children[0]
  if (first?.type === 'text') {
    const mark = /^¶(\d+)(?:·([A-Za-z]{2,3}(?:-[A-Za-z\d]{1,8})*))? ?/.exec(first.value)
    if (mark) {
      n = Number(mark[1])
      language = mark[2]
      const rest = first.value.slice(mark[0].length)
      if (rest === '') children.shift()
      else children[0] = {...first, value: rest}
    }
  }
  let time: Pick<Turn, 'start' | 'end'> | undefined
  let aside: string | undefined
  if (children[0]?.type === 'strong') {
    label = plain(children[0].children)
    children.shift()
    dropSpace(children)
    // `**Matt:** `00:12``: when the turn was spoken.
    const code = children[0] as PhrasingContent | undefined
    time = code?.type === 'inlineCode' ? readTimeSpan(code.value) : undefined
    if (time) {
      children.shift()
      dropSpace(children)
    }
    // `*[Arshad Mohammed, Reuters]*`: perhaps who asks (the caller, knowing the speaker, decides).
    const emphasis = children[0] as PhrasingContent | undefined
    const bracketed = emphasis?.type === 'emphasis' ? plain(emphasis.children) : undefined
    if (bracketed !== undefined && /^\[[^\]]+\]$/.test(bracketed)) aside = bracketed
    const rest = aside === undefined ? children : children.slice(1)
    if (n === 0 && (aside === undefined ? children.length === 0 : rest.every((child) => child.type === 'text' && child.value.trim() === ''))) {
      return {paragraph: {type: 'paragraph', n, children: readInline(children)}, label, time, aside, labelOnly: true}
    }
  }
  if (n === 0) file.message('Paragraph without its number (¶)', node.position).ruleId = 'no-paragraph-number'
  const paragraph: Paragraph = {type: 'paragraph', n, children: readInline(children)}
  if (language) paragraph.language = language
  return {paragraph, label, time, aside}
}

/** The space between a label (or its time) and what follows. */
function dropSpace(children: PhrasingContent[]): void {
  const next = children[0]
  if (next?.type !== 'text') return
  if (next.value === ' ') children.shift()
  else children[0] = {...next, value: next.value.replace(/^ /, '')}
}

function readInline(nodes: PhrasingContent[]): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) {
    if (node.type === 'emphasis') {
      const value = plain(node.children)
      const found = classifyIncident(value.slice(1, -1))
      result.push(found?.language ? {type: 'incident', kind: found.kind, value, language: found.language} : {type: 'incident', kind: found?.kind ?? 'other', value})
      continue
    }
    const value = plain([node])
    const last = result[result.length - 1]
    if (last?.type === 'text') last.value += value
    else result.push({type: 'text', value})
  }
  return result
}

/** The text of phrasing content, markup aside; an image gives its alternative text. */
function plain(nodes: PhrasingContent[]): string {
  return nodes.map((node) => textOfNode(node)).join('')
}

/**
 * Markdown that Verbatim does not write, kept as paragraphs of its text, one
 * for each block in it (a list's items, a quote's paragraphs): nothing is
 * left out, and the user is told.
 */
function keptAsText(node: RootContent, file: VFile): Paragraph[] {
  const blocks = textOfNode(node).split(/\n+/).map((text) => text.trim()).filter(Boolean)
  if (blocks.length === 0) return []
  file.message(`Unexpected ${node.type} in a Verbatim transcript; its text is kept as ${blocks.length === 1 ? 'a paragraph' : `${blocks.length} paragraphs`}`, node.position).ruleId = 'unexpected-markdown'
  return blocks.map((text) => ({type: 'paragraph', n: 0, children: [{type: 'text', value: text}]}))
}

/**
 * All the text of a Markdown node: values, images' alternative text, a line
 * break between blocks. A walk with a stack of its own, so that lists or
 * quotes nested thousands deep do not exhaust the call stack.
 */
function textOfNode(root: object): string {
  const parts: string[] = []
  const pending: Array<object | string> = [root]
  while (pending.length > 0) {
    const node = pending.pop()!
    if (typeof node === 'string') {
      parts.push(node)
      continue
    }
    const {type, value, alt, children} = node as {type: string; value?: unknown; alt?: unknown; children?: object[]}
    if (type === 'yaml') continue
    if (typeof value === 'string') parts.push(value)
    else if (typeof alt === 'string') parts.push(alt)
    else if (type === 'break') parts.push('\n')
    if (children) {
      const block = type !== 'paragraph' && type !== 'heading' && !isPhrasing(type)
      for (let index = children.length - 1; index >= 0; index--) {
        pending.push(children[index])
        if (block && index > 0) pending.push('\n')
      }
    }
  }
  return parts.join('')
}

function isPhrasing(type: string): boolean {
  return ['emphasis', 'strong', 'delete', 'link', 'linkReference', 'text', 'inlineCode'].includes(type)
}
