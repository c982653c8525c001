/**
 * Small text helpers the DOCX modules share.
 */

/**
 * Characters XML 1.0 cannot carry (form feeds from a copied page, other C0
 * controls): Word refuses a document that contains them, so they go.
 */
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export function xmlSafe(text: string): string {
  return text.replace(notXml, '')
}
