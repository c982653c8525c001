/**
 * Writing TEI’s XML with xmlbuilder2: the handlers append elements and text
 * to its document in document order, and it is serialised once complete.
 *
 * The document is built, then serialised (`create()` and `end()`), rather
 * than streamed by xmlbuilder2’s callback writer (`createCB`): that writer
 * escapes the `&` of every character reference given to it but the five
 * named ones, so it cannot write a carriage return in text, or a tab or
 * newline in an attribute, in a form a parser reads back (see
 * `../../util/xml-writer.ts`); and since it builds a small document for
 * each element and text it writes, it was 3.5 times slower than the
 * document’s builder on a test of 200 turns.
 *
 * Indentation is added only inside elements that hold elements alone, so no
 * space is ever added to what was said, and it is added while building (a
 * line break before each child), not in a pass over the finished document:
 * appending is the DOM’s fast path, inserting before a sibling is not.
 */
import {create} from 'xmlbuilder2'
import {builderText, setAttributes, xmlDeclaration, type Attributes, type BuilderNode} from '../../util/xml-writer.js'
import {teiNamespace} from './vocabulary.js'

export type {Attributes} from '../../util/xml-writer.js'

/** An element being written. */
export interface TeiElement {
  /** xmlbuilder2’s builder for it. */
  readonly node: BuilderNode
  /** When it holds elements alone (as does every ancestor), the depth its children are indented at. */
  readonly depth: number | undefined
  /** Whether it has a child yet: an indented element with children ends on a line of its own. */
  hasChildren: boolean
  readonly document: XmlDocument
}

interface XmlDocument {
  /** Elements that hold elements alone: only inside these is whitespace added. */
  readonly elementOnly: ReadonlySet<string>
  /** Elements whose children are indented, to close once the document is complete. */
  readonly indented: TeiElement[]
}

/** A new document whose root is `<name>` in the TEI namespace, indented inside the elements named in `elementOnly`. */
export function createDocument(name: string, attributes: Attributes, elementOnly: ReadonlySet<string>): TeiElement {
  const document: XmlDocument = {elementOnly, indented: []}
  const root = create().ele(teiNamespace, name)
  setAttributes(root, attributes)
  return track(root, elementOnly.has(name) ? 0 : undefined, document)
}

/** Add `<name>` to `parent` with the defined attributes and, when given, text content. */
export function element(parent: TeiElement, name: string, attributes: Attributes = {}, text?: string): TeiElement {
  lineBreakBefore(parent)
  // No namespace given: the element takes its parent’s, TEI’s.
  const node = parent.node.ele(name)
  setAttributes(node, attributes)
  if (text !== undefined && text !== '') node.txt(builderText(text))
  const indented = parent.depth !== undefined && parent.document.elementOnly.has(name)
  return track(node, indented ? parent.depth! + 1 : undefined, parent.document)
}

/** Append text to mixed content. */
export function addText(parent: TeiElement, value: string): void {
  if (value === '') return
  lineBreakBefore(parent)
  parent.node.txt(builderText(value))
}

/** The document as text: declaration, root, final newline. */
export function serialize(root: TeiElement): string {
  // The line break before each indented end tag, now that every child is in.
  for (const element of root.document.indented) {
    if (element.hasChildren) element.node.txt(lineBreak(element.depth!))
  }
  return xmlDeclaration + root.node.end({headless: true}) + '\n'
}

function track(node: BuilderNode, depth: number | undefined, document: XmlDocument): TeiElement {
  const element: TeiElement = {node, depth, hasChildren: false, document}
  if (depth !== undefined) document.indented.push(element)
  return element
}

const lineBreaks: string[] = []

/** A newline and `depth` levels of two-space indentation. */
function lineBreak(depth: number): string {
  return (lineBreaks[depth] ??= '\n' + '  '.repeat(depth))
}

/** Before each child of an indented element: a newline and the child’s indentation. */
function lineBreakBefore(parent: TeiElement): void {
  if (parent.depth === undefined) return
  parent.hasChildren = true
  parent.node.txt(lineBreak(parent.depth + 1))
}
