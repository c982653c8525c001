/**
 * Embedded font parts (`word/fonts/*.odttf`): each face a subset
 * (`../font-subset.ts`), obfuscated with a key derived from the whole
 * font, then deflated.
 *
 * A subset holds the Western repertoire (`western`, the characters of
 * Windows-1252) and whatever else the document uses. Not the document's
 * characters alone, for two reasons. LibreOffice keeps the first embedded
 * font of a name it opens for the rest of its session, so a second
 * document whose subset lacked a character the first did not use would
 * show a substitute font there; with the same subset in every Western
 * document, that cannot happen. And the same subset is made once per
 * process and reused, as whole fonts were: a DOCX costs no more CPU than
 * before. A Word user can also type any Western character in the font.
 * Without hinting (`../font-subset.ts`), the five faces of the briefing
 * template come to about 80 kB deflated (whole, 0.72 MB).
 *
 * The key depends on the font alone, so the font table that names it is
 * the template's, made once (`template-parts.ts`); the same key obfuscates
 * every subset of that font.
 */
import {createHash} from 'node:crypto'
import {decodeWindows1252} from '../../parse/decode.js'
import {subsetFont} from '../font-subset.js'
import {deflated, type Deflated} from './zip.js'

export interface FontPart {
  /** The `{GUID}` that `w:fontKey` names; its bytes are the obfuscation key. */
  key: string
  /** The plain font file (shared: never write to it). */
  font: Buffer
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

/**
 * The part for `font`: the plain font file's bytes, or its Western subset
 * (`westernSubset`), which stands for the whole file.
 */
export function fontPart(font: Uint8Array): FontPart {
  const given = Buffer.from(font.buffer, font.byteOffset, font.byteLength)
  const bytes = westernSubsets.find((entry) => entry.subset.equals(given))?.font ?? given
  const known = made.find((entry) => entry.font.equals(bytes))
  if (known) return known.part
  const copy = Buffer.from(bytes)
  const part = {key: stableGuid(copy), font: copy}
  made.push({font: copy, part})
  return part
}

/** Western subsets made, each with the whole font it was cut from. */
const westernSubsets: {subset: Buffer; font: Buffer}[] = []

/**
 * A whole font file cut to the Western repertoire: what the template's
 * document is given to embed (`fonts.ts`), so that the `docx` library
 * deflates 0.1 MB of fonts instead of 1.3 MB, in JavaScript, once a process.
 * `fontPart` knows it for the whole file.
 */
export function westernSubset(font: Buffer): Buffer {
  const known = westernSubsets.find((entry) => entry.font === font)
  if (known) return known.subset
  const subset = Buffer.from(subsetFont(stableGuid(font), font, [...western]))
  westernSubsets.push({subset, font})
  return subset
}

/** Windows-1252's printable characters (ASCII, Latin-1, and its 27 others: curly quotes, dashes, €, Œ…) and the list bullets. */
export const western: ReadonlySet<number> = (() => {
  const characters = new Set<number>()
  // Not `TextDecoder`: Node's reads windows-1252 as Latin-1.
  for (const character of decodeWindows1252(Uint8Array.from({length: 0xe0}, (_, index) => index + 0x20))) {
    if (/\P{Cc}/u.test(character)) characters.add(character.codePointAt(0)!)
  }
  for (const bullet of '●○■') characters.add(bullet.codePointAt(0)!)
  return characters
})()

/** Subsets kept: the Western one per face, and some for documents with more (each about 15 kB). */
const maxSubsets = 64
const subsets = new Map<string, Deflated>()

/**
 * The content of `part`'s `.odttf` in a document whose text holds
 * `codePoints` (in any order): the face cut to them and the Western
 * repertoire, obfuscated and deflated.
 */
export function subsetPartContent(part: FontPart, codePoints: readonly number[]): Deflated {
  const others = [...new Set(codePoints)].filter((codePoint) => !western.has(codePoint)).sort((a, b) => a - b)
  const id = `${part.key} ${others.join(',')}`
  let content = subsets.get(id)
  if (content) {
    // A Map iterates in insertion order: moving a used subset to the end keeps the least recently used first.
    subsets.delete(id)
  } else {
    if (subsets.size >= maxSubsets) subsets.delete(subsets.keys().next().value!)
    content = deflated(xorHead(subsetFont(part.key, part.font, [...western, ...others]), part.key))
  }
  subsets.set(id, content)
  return content
}
