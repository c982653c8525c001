/**
 * Writing XML with xmlbuilder2 so that a parser reads back exactly what was
 * written. Used by the TEI emitter and the JUnit report.
 *
 * xmlbuilder2 escapes `<`, `>` (and `"` in attributes) itself, but two of its
 * habits would change what was said:
 * - it leaves an `&` alone when what follows looks like a reference, so a
 *   source’s `AT&amp;T` would be read back as `AT&T`;
 * - it writes carriage returns, and tabs and newlines in attribute values,
 *   as they are, and an XML parser normalises those away.
 * So every string is given to it with those characters already written as
 * references (`&amp;`, `&#13;`, `&#9;`, `&#10;`), which it passes through.
 *
 * Its pretty printer would indent inside mixed content, adding spaces to the
 * words, and without it the declaration shares a line with the root; so a
 * document is serialised without either, and the declaration line is
 * `xmlDeclaration`.
 */
import type {create} from 'xmlbuilder2'

/** An xmlbuilder2 node being written (a document, fragment or element). */
export type BuilderNode = ReturnType<typeof create>

/** Attribute values by name; `undefined` ones are left out. */
export type Attributes = Record<string, string | number | undefined>

/** The XML declaration as the first line of a document. */
export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** The XML namespace, for `xml:id` and `xml:lang`. */
export const xmlNamespace = 'http://www.w3.org/XML/1998/namespace'

// Most strings hold none of these: one test finds those cheaply.
const textToEscape = /[&\r]/
const attributeToEscape = /[&\r\t\n]/
const references: Record<string, string> = {'&': '&amp;', '\r': '&#13;', '\t': '&#9;', '\n': '&#10;'}

/** Text content as xmlbuilder2 must be given it. */
export function builderText(value: string): string {
  return textToEscape.test(value) ? value.replace(/[&\r]/g, (character) => references[character]!) : value
}

/** An attribute value as xmlbuilder2 must be given it. */
export function builderAttribute(value: string): string {
  return attributeToEscape.test(value) ? value.replace(/[&\r\t\n]/g, (character) => references[character]!) : value
}

/** Set the defined attributes on `node`; `xml:` ones in the XML namespace. */
export function setAttributes(node: BuilderNode, attributes: Attributes): void {
  for (const name in attributes) {
    const value = attributes[name]
    if (value === undefined) continue
    if (name.startsWith('xml:')) node.att(xmlNamespace, name, builderAttribute(String(value)))
    else node.att(name, builderAttribute(String(value)))
  }
}
