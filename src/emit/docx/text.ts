/**
 * Small text helpers the DOCX modules share.
 */

/** `remarks` → `Remarks`: event types are stored lower-case, shown as a heading word. */
export function capitalised(text: string | undefined): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : ''
}

/**
 * Characters XML 1.0 cannot carry (form feeds from a copied page, other C0
 * controls): Word refuses a document that contains them, so they go.
 */
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export function xmlSafe(text: string): string {
  return text.replace(notXml, '')
}
