/**
 * The character encoding a web page declares, found as browsers find it
 * before decoding (the HTML standard's prescan, in short): in the first
 * 1024 bytes, read as ASCII, a `<meta charset="…">`, a `<meta
 * http-equiv="Content-Type" content="text/html; charset=…">`, or an XHTML
 * page's `<?xml … encoding="…"?>`. A byte order mark wins over all of them
 * (`parse/decode.ts`); with none of them the page is UTF-8.
 */

/** The bytes a declaration must stand in. */
const prescanBytes = 1024

/** The encoding label `bytes` declare, or undefined. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, prescanBytes)).toString('latin1')
  const xml = /^(?:\xEF\xBB\xBF)?\s*<\?xml\s[^>]*?encoding\s*=\s*["']?([\w.:-]+)/i.exec(head)
  // Comments may hold markup that is not the page's: they are blanked before the search.
  const markup = head.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
  for (const meta of markup.matchAll(/<meta\s[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta[0])
    if (charset) return charset[1]
  }
  return xml?.[1]
}
