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
 * passes through, and indentation is added by `indent` only inside elements
 * that hold elements alone.
 */
import {create} from 'xmlbuilder2'

export type XmlBuilder = ReturnType<typeof create>

export const teiNamespace = 'http://www.tei-c.org/ns/1.0'
export const xmlNamespace = 'http://www.w3.org/XML/1998/namespace'

/** Characters XML 1.0 allows in no form, not even as references. */
export const forbiddenCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replace characters XML 1.0 forbids with U+FFFD (the replacement character). */
export function xmlSafe(value: string): string {
  return value.replace(forbiddenCharacters, '\uFFFD')
}

/** Text content as xmlbuilder2 must be given it (it escapes `<` and `>` itself). */
export function escapeText(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/\r/g, '&#13;')
}

/** An attribute value as xmlbuilder2 must be given it (it escapes `<`, `>` and `"`). */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')
}

export type Attributes = Record<string, string | undefined>

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
  const child = parent.ele(teiNamespace, name)
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue
    if (key.startsWith('xml:')) child.att(xmlNamespace, key, escapeAttribute(value))
    else child.att(key, escapeAttribute(value))
  }
  if (text !== undefined && text !== '') child.txt(escapeText(text))
  return child
}

/** Append text to mixed content. */
export function addText(parent: XmlBuilder, value: string): void {
  if (value !== '') parent.txt(escapeText(value))
}

interface DomNode {
  nodeType: number
  localName?: string | null
  childNodes: ArrayLike<DomNode>
  ownerDocument: {createTextNode(data: string): DomNode} | null
  insertBefore(node: DomNode, before: DomNode | null): DomNode
  appendChild(node: DomNode): DomNode
}

const elementNode = 1

/**
 * Indent `root` two spaces a level, but only inside the elements named in
 * `elementOnly`: whitespace added anywhere else would become part of the text.
 */
export function indent(root: XmlBuilder, elementOnly: ReadonlySet<string>): void {
  visit(root.node as unknown as DomNode, 0)

  function visit(node: DomNode, depth: number): void {
    const children = Array.from(node.childNodes)
    if (!elementOnly.has(node.localName ?? '')) return
    const document = node.ownerDocument
    if (!document || children.length === 0) return
    for (const child of children) {
      node.insertBefore(document.createTextNode('\n' + '  '.repeat(depth + 1)), child)
      if (child.nodeType === elementNode) visit(child, depth + 1)
    }
    node.appendChild(document.createTextNode('\n' + '  '.repeat(depth)))
  }
}

/** The document as text: declaration, root, final newline. */
export function serialize(root: XmlBuilder): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + root.end({headless: true, prettyPrint: false}) + '\n'
}
