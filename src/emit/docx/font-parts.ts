/**
 * Embedded font parts (`word/fonts/*.odttf`) as every document holds them:
 * obfuscated with a key derived from the font, then deflated.
 *
 * Both depend on the font alone, so each font is obfuscated and deflated
 * once per process and the bytes reused in every document. A font is
 * about 200–290 kB; deflating the five of a document was most of the time
 * a DOCX took.
 */
import {createHash} from 'node:crypto'
import {deflated, type Deflated} from './zip.js'

export interface FontPart {
  /** The `{GUID}` that `w:fontKey` names; its bytes are the obfuscation key. */
  key: string
  /** The obfuscated font, deflated. */
  content: Deflated
}

/** The 16 key bytes of a `{GUID}` in the order ECMA-376 obfuscation applies them. */
function keyBytes(guid: string): number[] {
  const hexDigits = guid.replace(/[{}-]/g, '')
  return (hexDigits.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16)).reverse()
}

/** Obfuscation XORs the first 32 bytes with the key; XOR again undoes it. */
export function xorHead(data: Uint8Array, guid: string): Uint8Array {
  const key = keyBytes(guid)
  const out = new Uint8Array(data) // a copy, whatever view `data` is
  for (let index = 0; index < 32 && index < out.length; index++) out[index]! ^= key[index % key.length]!
  return out
}

/** A GUID derived from the font itself, in place of a random one. */
function stableGuid(font: Uint8Array): string {
  const digest = createHash('sha256').update(font).digest('hex').toUpperCase()
  return `{${digest.slice(0, 8)}-${digest.slice(8, 12)}-${digest.slice(12, 16)}-${digest.slice(16, 20)}-${digest.slice(20, 32)}}`
}

/**
 * Fonts already made into parts. A handful at most (the faces of PT Serif
 * and PT Sans), so a list compared byte for byte: comparing is much cheaper
 * than hashing, and needs no identity the `docx` library would not keep.
 */
const made: {font: Buffer; part: FontPart}[] = []

/** The part for `font` (the plain font file's bytes). */
export function fontPart(font: Uint8Array): FontPart {
  const bytes = Buffer.from(font.buffer, font.byteOffset, font.byteLength)
  const known = made.find((entry) => entry.font.equals(bytes))
  if (known) return known.part
  const key = stableGuid(bytes)
  const part = {key, content: deflated(xorHead(bytes, key))}
  made.push({font: Buffer.from(bytes), part})
  return part
}
