/**
 * Small text helpers the DOCX modules share.
 */

/** `remarks` → `Remarks`: event types are stored lower-case, shown as a heading word. */
export function capitalised(text: string | undefined): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : ''
}
