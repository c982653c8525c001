/**
 * Parse XML into a small element tree, with saxes (a conformant XML 1.0
 * parser: entities, character references and line ends are decoded as the
 * standard says, and whitespace is kept, which the TEI’s mixed content
 * needs). Errors are `UnreadableInput`s at the line and column.
 */
import {SaxesParser} from 'saxes'
import {UnreadableInput} from '../unreadable.js'

export interface XmlElement {
  type: 'element'
  /** Local name: `u`, `seg`. */
  name: string
  namespace: string
  /** By qualified name: `type`, `xml:id`. */
  attributes: Record<string, string>
  children: XmlNode[]
  line: number
  column: number
}

export interface XmlText {
  type: 'text'
  value: string
}

export type XmlNode = XmlElement | XmlText

/** The deepest nesting of elements read; a TEI transcript needs a dozen levels. */
const maxDepth = 1000

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({xmlns: true, position: true})
  const stack: XmlElement[] = []
  let root: XmlElement | undefined

  parser.on('opentag', (tag) => {
    // The XML parser resolves namespaces through every open element: past this depth its cost grows with the square.
    if (stack.length >= maxDepth) throw readError(`elements nested deeper than ${maxDepth}: not a transcript this reader can follow`, parser.line, parser.column)
    const attributes: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === 'http://www.w3.org/2000/xmlns/') continue
      attributes[attribute.name] = attribute.value
    }
    const node: XmlElement = {
      type: 'element',
      name: tag.local,
      namespace: tag.uri,
      attributes,
      children: [],
      line: parser.line,
      column: parser.column
    }
    const parent = stack.at(-1)
    if (parent) parent.children.push(node)
    else root = node
    stack.push(node)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const addText = (value: string): void => {
    const parent = stack.at(-1)
    if (!parent || value === '') return
    const last = parent.children.at(-1)
    if (last?.type === 'text') last.value += value
    else parent.children.push({type: 'text', value})
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('error', (error) => {
    throw readError(`not well-formed XML: ${error.message.replace(/^(?:.*?:)?\d+:\d+: /, '')}`, parser.line, parser.column)
  })

  parser.write(xml).close()
  if (!root) throw readError('no root element', 1, 1)
  return root
}

/** The reader's one error, at a line and column of the XML. */
export function readError(reason: string, line: number, column: number): UnreadableInput {
  return new UnreadableInput(reason, {line, column}, 'tei-read')
}

/** Child elements, optionally only those named `name`. */
export function elements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter(
    (node): node is XmlElement => node.type === 'element' && (name === undefined || node.name === name)
  )
}

/** The first child element named `name` (and, if given, of that `type`). */
export function first(parent: XmlElement | undefined, name: string, type?: string): XmlElement | undefined {
  if (!parent) return undefined
  return elements(parent, name).find((node) => type === undefined || node.attributes.type === type)
}

/** All the text inside an element, as written. */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return ''
  // A walk with a stack of its own: elements nested thousands deep do not exhaust the call stack.
  const parts: string[] = []
  const pending: XmlNode[] = [node]
  while (pending.length > 0) {
    const next = pending.pop()!
    if (next.type === 'text') parts.push(next.value)
    else for (let index = next.children.length - 1; index >= 0; index--) pending.push(next.children[index])
  }
  return parts.join('')
}

/** The id a `#id` pointer names. */
export function pointerId(pointer: string | undefined): string | undefined {
  return pointer?.startsWith('#') ? pointer.slice(1) : undefined
}
