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
import {fromFrontMatter} from '../../emit/markdown/front-matter.js'
import {classifyIncident} from '../../parse/incidents.js'
import {parseLabel} from '../../parse/label.js'
import {Directory} from '../../people/registry.js'
import {markInterpretation} from '../../transform/interpretation.js'
import {recordQuestioners} from '../../transform/questioners.js'
import {applyRelations} from '../../transform/speakers.js'

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
    if (node.type === 'heading') continue
    if (node.type === 'blockquote') {
      const narrative: Narrative = {type: 'narrative', children: []}
      for (const child of node.children) if (child.type === 'paragraph') narrative.children.push(readParagraph(child, file).paragraph)
      tree.children.push(narrative)
      turn = undefined
      continue
    }
    if (node.type !== 'paragraph') {
      file.message(`Unexpected ${node.type} in a Verbatim transcript; left out`, node.position).ruleId = 'unexpected-markdown'
      continue
    }

    const note = readNote(node)
    if (note) {
      tree.children.push(note)
      continue
    }
    const {paragraph, label, labelOnly} = readParagraph(node, file)
    if (label !== undefined) {
      turn = startTurn(tree, label, file, node)
      tree.children.push(turn)
      // `**Matt:**` alone: a turn with nothing transcribed.
      if (labelOnly) continue
    }
    if (!turn) {
      file.message('Paragraph outside any turn; read as narrative', node.position).ruleId = 'no-speaker'
      tree.children.push({type: 'narrative', children: [paragraph]})
      continue
    }
    turn.children.push(paragraph)
  }

  markInterpretation(tree, file)
  recordQuestioners(tree, file)
  return tree
}

function startTurn(tree: Transcript, label: string, file: VFile, node: RootContent): Turn {
  const number = tree.children.filter((block) => block.type === 'turn').length + 1
  const unlabelled = /^\[(.+)\]:$/.exec(label)
  const printed = label.replace(/:$/, '')
  const speaker = unlabelled
    ? tree.participants.find((p) => p.name === unlabelled[1] || p.id === unlabelled[1])
    : tree.participants.find((p) => p.labels.includes(printed))
  if (!speaker) file.message(`Label “${label}” names no participant of the front matter`, node.position).ruleId = 'unknown-label'
  const turn: Turn = {type: 'turn', n: number, speaker: speaker?.id ?? printed, children: []}
  if (!unlabelled) {
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

/** A paragraph: its `¶n` number, the label in strong emphasis if it opens a turn, then text and stage directions. */
function readParagraph(node: MdParagraph, file: VFile): {paragraph: Paragraph; label?: string; labelOnly?: boolean} {
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
  if (n === 0 && children.length === 1 && children[0].type === 'strong') return {paragraph: {type: 'paragraph', n, children: []}, label: plain(children[0].children), labelOnly: true}
  if (n === 0) file.message('Paragraph without its number (¶)', node.position).ruleId = 'no-paragraph-number'
  if (children[0]?.type === 'strong') {
    label = plain(children[0].children)
    children.shift()
    const next = children[0] as PhrasingContent | undefined
    if (next?.type === 'text') {
      if (next.value === ' ') children.shift()
      else children[0] = {...next, value: next.value.replace(/^ /, '')}
    }
  }
  const paragraph: Paragraph = {type: 'paragraph', n, children: readInline(children)}
  if (language) paragraph.language = language
  return {paragraph, label}
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

/** The text of phrasing content, markup aside. */
function plain(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? plain(node.children as PhrasingContent[]) : node.type === 'break' ? '\n' : ''))
    .join('')
}
