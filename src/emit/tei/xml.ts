/**
 * Writing XML with xmlbuilder2 so that what is read back is what was written.
 *
 * xmlbuilder2 (4.x) has three habits that would change a transcript:
 * it leaves `&` alone when the text already looks like a reference (so a
 * source’s `AT&amp;T` would be read back as `AT&T`), it writes carriage
 * returns and attribute tabs and newlines raw (an XML parser normalises them
 * away), and its pretty printer indents inside mixed content (adding spaces to
 * what was said). So every string goes through `escapeText` /
 * `escapeAttribute`, which turn those characters into references xmlbuilder2
 * passes through, and indentation is added only inside elements that hold
 * elements alone.
 */
import {create} from 'xmlbuilder2'

type Builder = ReturnType<typeof create>

/**
 * An element being written: xmlbuilder2’s builder for it and, when it holds
 * elements alone (as does every ancestor), the depth its children are
 * indented at.
 *
 * Indentation is added while building, not in a pass over the finished DOM:
 * inserting a node before a sibling makes xmlbuilder2’s DOM copy the parent’s
 * whole child set, while appending is its fast path. It is kept here and not
 * in a WeakMap on the nodes, whose entries made garbage collection the main
 * cost.
 */
export interface XmlBuilder {
  readonly builder: Builder
  readonly depth: number | undefined
  hasChildren: boolean
  readonly document: XmlDocument
}

interface XmlDocument {
  /** Elements that hold elements alone: only inside these is whitespace added. */
  readonly elementOnly: ReadonlySet<string>
  /** Elements whose children are indented, to close once the document is complete. */
  readonly indented: XmlBuilder[]
}

export const teiNamespace = 'http://www.tei-c.org/ns/1.0'
export const xmlNamespace = 'http://www.w3.org/XML/1998/namespace'

/** Characters XML 1.0 allows in no form, not even as references. */
export const forbiddenCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replace characters XML 1.0 forbids with U+FFFD (the replacement character). */
export function xmlSafe(value: string): string {
  return value.replace(forbiddenCharacters, '\uFFFD')
}

// Most strings need none of the replacements below: one test finds those cheaply.
const textToEscape = /[&\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const attributeToEscape = /[&\r\t\n\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/** Text content as xmlbuilder2 must be given it (it escapes `<` and `>` itself). */
export function escapeText(value: string): string {
  if (!textToEscape.test(value)) return value
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/\r/g, '&#13;')
}

/** An attribute value as xmlbuilder2 must be given it (it escapes `<`, `>` and `"`). */
export function escapeAttribute(value: string): string {
  if (!attributeToEscape.test(value)) return value
  return escapeText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')
}

export type Attributes = Record<string, string | undefined>

/** A new document whose root is `<name>`, indented inside the elements named in `elementOnly`. */
export function createDocument(name: string, attributes: Attributes, elementOnly: ReadonlySet<string>): XmlBuilder {
  const document: XmlDocument = {elementOnly, indented: []}
  const root = create().ele(teiNamespace, name)
  setAttributes(root, attributes)
  return track(root, elementOnly.has(name) ? 0 : undefined, document)
}

/**
 * Add `<name>` to `parent` with the defined attributes (`xml:id` and
 * `xml:lang` in the XML namespace) and, when given, text content.
 */
export function element(
  parent: XmlBuilder,
  name: string,
  attributes: Attributes = {},
  text?: string
): XmlBuilder {
  lineBreakBefore(parent)
  const child = parent.builder.ele(teiNamespace, name)
  setAttributes(child, attributes)
  const indented = parent.depth !== undefined && parent.document.elementOnly.has(name)
  const result = track(child, indented ? parent.depth! + 1 : undefined, parent.document)
  if (text !== undefined && text !== '') addText(result, text)
  return result
}

/** Append text to mixed content. */
export function addText(parent: XmlBuilder, value: string): void {
  if (value === '') return
  lineBreakBefore(parent)
  parent.builder.txt(escapeText(value))
}

function setAttributes(builder: Builder, attributes: Attributes): void {
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue
    if (key.startsWith('xml:')) builder.att(xmlNamespace, key, escapeAttribute(value))
    else builder.att(key, escapeAttribute(value))
  }
}

function track(builder: Builder, depth: number | undefined, document: XmlDocument): XmlBuilder {
  const element: XmlBuilder = {builder, depth, hasChildren: false, document}
  if (depth !== undefined) document.indented.push(element)
  return element
}

const lineBreaks: string[] = []

/** A newline and `depth` levels of two-space indentation. */
function lineBreak(depth: number): string {
  return (lineBreaks[depth] ??= '\n' + '  '.repeat(depth))
}

/** Before each child of an indented element: a newline and the child’s indentation. */
function lineBreakBefore(parent: XmlBuilder): void {
  if (parent.depth === undefined) return
  parent.hasChildren = true
  parent.builder.txt(lineBreak(parent.depth + 1))
}

/** The document as text: declaration, root, final newline. */
export function serialize(root: XmlBuilder): string {
  // The line break before each indented end tag, now that every child is in.
  for (const element of root.document.indented) {
    if (element.hasChildren) element.builder.txt(lineBreak(element.depth!))
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + root.builder.end({headless: true, prettyPrint: false}) + '\n'
}
