/**
 * Read a document that is not plain text (a web page, a Word file) with the
 * plain-text reader's rules, unchanged: its paragraphs become the text
 * reader's input, one paragraph a block and a blank line between, each line
 * remembering where it stood in the document; `parse` reads that input; then
 * every position in the tree and in the messages is taken back to the
 * document, so a warning names the document's line (for HTML) or paragraph
 * (for Word), not a line of an input nobody sees.
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Point, Position} from 'unist'
import type {Transcript} from '../model.js'
import {parse, type ParseOptions} from '../parse/index.js'

/** A line of a document's paragraph, and where it stands in the document. */
export interface InputLine {
  /** One line: no line break in it. */
  text: string
  start: Point
  end: Point
}

/** The text reader's input, and for each of its lines the document's place. */
export interface TextInput {
  text: string
  /** Index `n - 1` is input line `n`; a blank line between paragraphs has none. */
  lines: Array<InputLine | undefined>
}

/** The paragraphs as the text reader's input: lines within a paragraph, a blank line between. */
export function textInput(paragraphs: InputLine[][]): TextInput {
  const texts: string[] = []
  const lines: Array<InputLine | undefined> = []
  for (const paragraph of paragraphs) {
    if (paragraph.length === 0) continue
    if (texts.length > 0) {
      texts.push('')
      lines.push(undefined)
    }
    for (const line of paragraph) {
      texts.push(line.text)
      lines.push(line)
    }
  }
  return {text: texts.join('\n'), lines}
}

/**
 * Parse the input with the text reader and place the tree and its messages
 * in the document: the messages go on `file`, whose value (the document) is
 * left as it is.
 */
export function parseInput(input: TextInput, file: VFile, options: ParseOptions): Transcript {
  const inner = new VFile({path: file.path, value: input.text})
  const tree = parse(inner, options)
  const place = placer(input)
  const move = (position: Position | undefined): Position | undefined => position && {start: place(position.start, 'start'), end: place(position.end, 'end')}

  tree.position = move(tree.position)
  for (const block of tree.children) {
    if (block.type === 'note') continue
    block.position = move(block.position)
    for (const paragraph of block.children) {
      paragraph.position = move(paragraph.position)
      for (const inline of paragraph.children) inline.position = move(inline.position)
    }
  }
  for (const item of tree.removed) item.position = move(item.position)
  for (const message of inner.messages) file.messages.push(moved(message, place, file))
  return tree
}

/**
 * Where a point of the input stands in the document: at the start of the
 * document's line that the input line came from, or at its end for a point
 * past the line's last character. Inside a line the input's columns are not
 * the document's (entities decoded, white space collapsed, markup left
 * out), so the line's start is the honest answer.
 */
function placer(input: TextInput): (point: Point, side: 'start' | 'end') => Point {
  const widths = input.text.split('\n').map((line) => line.length)
  return (point, side) => {
    let index = Math.min(Math.max(point.line - 1, 0), input.lines.length - 1)
    let line = input.lines[index]
    // A blank line between paragraphs: the next paragraph's start, or the last one's end.
    if (!line && side === 'start') while (!line && index < input.lines.length - 1) line = input.lines[++index]
    while (!line && index > 0) line = input.lines[--index]
    if (!line) return {line: 1, column: 1}
    const atEnd = side === 'end' && point.column > (widths[index] ?? 0)
    return {...(atEnd ? line.end : line.start)}
  }
}

/** A message of the input, placed in the document and told of its file. */
function moved(message: VFileMessage, place: (point: Point, side: 'start' | 'end') => Point, file: VFile): VFileMessage {
  const where = message.place
  if (where && 'start' in where) message.place = {start: place(where.start, 'start'), end: place(where.end, 'end')}
  else if (where) message.place = place(where, 'start')
  const start = message.place && ('start' in message.place ? message.place.start : message.place)
  message.line = start ? start.line : undefined
  message.column = start ? start.column : undefined
  message.name = start ? `${start.line}:${start.column}` : '1:1'
  message.file = file.path ?? ''
  return message
}
