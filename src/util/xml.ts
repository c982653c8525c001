/**
 * Escaping text for XML 1.0 so that a parser reads back exactly what was
 * written: every `&`, `<` and `>` becomes a reference, as do carriage returns
 * (and tabs and newlines in attribute values), which a parser would otherwise
 * normalise away; characters XML 1.0 allows in no form become U+FFFD.
 */

/** Characters XML 1.0 allows in no form, not even as references. */
export const forbiddenCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replace characters XML 1.0 forbids with U+FFFD (the replacement character). */
export function xmlSafe(value: string): string {
  return value.replace(forbiddenCharacters, '\uFFFD')
}

// Most strings need no escaping at all: one test finds those cheaply.
const textToEscape = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const attributeToEscape = /[&<>"\r\t\n\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const textReferences: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;'}
const attributeReferences: Record<string, string> = {...textReferences, '"': '&quot;', '\t': '&#9;', '\n': '&#10;'}

/** Text content, escaped. */
export function escapeText(value: string): string {
  if (!textToEscape.test(value)) return value
  return xmlSafe(value).replace(/[&<>\r]/g, (character) => textReferences[character]!)
}

/** An attribute value, escaped for double quotes. */
export function escapeAttribute(value: string): string {
  if (!attributeToEscape.test(value)) return value
  return xmlSafe(value).replace(/[&<>"\r\t\n]/g, (character) => attributeReferences[character]!)
}

/** Attributes as written in a start tag, each with its leading space; `undefined` values are left out. */
export function serializeAttributes(attributes: Record<string, string | number | undefined>): string {
  let result = ''
  for (const key in attributes) {
    const value = attributes[key]
    if (value !== undefined) result += ` ${key}="${escapeAttribute(String(value))}"`
  }
  return result
}
