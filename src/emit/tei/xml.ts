/**
 * Writing TEI’s XML: a small element tree built by the handlers, then
 * serialised to text in one pass.
 *
 * The writer is Verbatim’s own, not xmlbuilder2’s DOM: the TEI emitter only
 * appends elements and text in document order under one default namespace,
 * and the DOM’s bookkeeping (node lists, namespace lookups, mutation checks)
 * was a quarter of the time of a batch conversion to TEI (see
 * `bench/RESULTS.md`). What is read back is what was written: text is
 * escaped by `../../util/xml.ts`, and indentation is added only inside
 * elements that hold elements alone, so no space is ever added to what was
 * said.
 */
import {escapeText, serializeAttributes} from '../../util/xml.js'

/** An element being written. */
export interface XmlBuilder {
  readonly name: string
  /** The start tag’s attributes, serialised (each with its leading space). */
  readonly attributes: string
  readonly children: Array<string | XmlBuilder>
  /** When it holds elements alone (as does every ancestor), the depth its children are indented at. */
  readonly depth: number | undefined
  /** Elements that hold elements alone: only inside these is whitespace added. */
  readonly elementOnly: ReadonlySet<string>
}

export const teiNamespace = 'http://www.tei-c.org/ns/1.0'

/** Attribute values by name; `undefined` ones are left out. `xml:id` and `xml:lang` are written as named. */
export type Attributes = Record<string, string | undefined>

/** A new document whose root is `<name>` in the TEI namespace, indented inside the elements named in `elementOnly`. */
export function createDocument(name: string, attributes: Attributes, elementOnly: ReadonlySet<string>): XmlBuilder {
  const rootAttributes = {xmlns: teiNamespace, ...attributes}
  return {name, attributes: serializeAttributes(rootAttributes), children: [], depth: elementOnly.has(name) ? 0 : undefined, elementOnly}
}

/** Add `<name>` to `parent` with the defined attributes and, when given, text content. */
export function element(parent: XmlBuilder, name: string, attributes: Attributes = {}, text?: string): XmlBuilder {
  lineBreakBefore(parent)
  const indented = parent.depth !== undefined && parent.elementOnly.has(name)
  const child: XmlBuilder = {
    name,
    attributes: serializeAttributes(attributes),
    children: [],
    depth: indented ? parent.depth! + 1 : undefined,
    elementOnly: parent.elementOnly
  }
  parent.children.push(child)
  if (text !== undefined && text !== '') child.children.push(escapeText(text))
  return child
}

/** Append text to mixed content. */
export function addText(parent: XmlBuilder, value: string): void {
  if (value === '') return
  lineBreakBefore(parent)
  parent.children.push(escapeText(value))
}

const lineBreaks: string[] = []

/** A newline and `depth` levels of two-space indentation. */
function lineBreak(depth: number): string {
  return (lineBreaks[depth] ??= '\n' + '  '.repeat(depth))
}

/** Before each child of an indented element: a newline and the child’s indentation. */
function lineBreakBefore(parent: XmlBuilder): void {
  if (parent.depth !== undefined) parent.children.push(lineBreak(parent.depth + 1))
}

/** The document as text: declaration, root, final newline. */
export function serialize(root: XmlBuilder): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n']
  write(root, parts)
  parts.push('\n')
  return parts.join('')
}

function write(element: XmlBuilder, parts: string[]): void {
  parts.push('<', element.name, element.attributes)
  if (element.children.length === 0) {
    parts.push('/>')
    return
  }
  parts.push('>')
  for (const child of element.children) {
    if (typeof child === 'string') parts.push(child)
    else write(child, parts)
  }
  // The line break before an indented element’s end tag.
  if (element.depth !== undefined) parts.push(lineBreak(element.depth))
  parts.push('</', element.name, '>')
}
