/**
 * Whether an input is a web page, by its content rather than its name: a
 * page saved from a browser opens with `<!DOCTYPE html>` or `<html>`, after a
 * byte order mark, white space, an XML declaration (XHTML) or comments
 * (`<!-- saved from url=… -->`, which Internet Explorer and Edge write).
 */
import {declaredEncoding} from './charset.js'

/** The start of a page: a doctype or the root element, after what may stand before them. */
export function isHtml(text: string): boolean {
  const prolog = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[^-]*(?:-(?!->)[^-]*)*-->\s*)*/y
  prolog.lastIndex = 0
  prolog.exec(text)
  return /^<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(prolog.lastIndex, prolog.lastIndex + 40))
}

/**
 * The encoding a page's bytes declare, when they are a page in an encoding
 * that keeps ASCII as it is (UTF-16 has its byte order mark); undefined for
 * anything else.
 */
export function pageEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1')
  return isHtml(head) ? declaredEncoding(bytes) : undefined
}
