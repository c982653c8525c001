/**
 * Bytes to text. Transcripts arrive from scrapers, e-mails and word
 * processors: UTF-8 with or without a byte order mark, UTF-16 with one,
 * Windows-1252 or Latin-1 from older tools, and UTF-8 that something once
 * read as Windows-1252 (`â€™` for `’`). This module finds out which, turns
 * the bytes into text, repairs that mojibake, drops the characters no output
 * format can carry, and refuses what is not text at all (an image, a PDF, a
 * zip) with a message that says what the file looks like.
 */
import type {VFile} from 'vfile'
import {carriedText} from '../transform/characters.js'

/** Input that is not a text transcript; the message says what it is instead. */
export class NotTextError extends Error {
  override name = 'NotTextError'
}

export interface Decoded {
  text: string
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1252` or `iso-8859-1`; or the encoding the document declared (`windows-1251`, `gbk`…). */
  encoding: string
  /** The bytes began with a byte order mark. */
  bom: boolean
  /** The encoding is the one the document declares (a web page's `<meta charset>`), not a guess. */
  declared?: boolean
}

export interface DecodeOptions {
  /**
   * The encoding the document declares, as a WHATWG label (`windows-1251`,
   * `shift_jis`, `utf-8`): a web page's `<meta charset>`. A byte order mark
   * still wins, as browsers have it; an unknown label is ignored.
   */
  encoding?: string
}

/** Leading bytes of formats people mistake for transcripts, and what to call them. */
const signatures: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (a Word .docx or OpenDocument file is one)'],
  [[0x50, 0x4b, 0x05, 0x06], 'an empty zip archive'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Word (.doc) or Office file'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'a Rich Text (.rtf) file'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF executable)'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF file (audio, video or image)'],
  [[0x49, 0x44, 0x33], 'an MP3 audio file']
]

const utf8 = new TextDecoder('utf-8', {fatal: true})

/** Decode a transcript’s bytes; throws `NotTextError` for what is not text. */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const kind = binaryKind(bytes)
  if (kind) throw new NotTextError(`this is ${kind}, not a text transcript; save or export it as plain text (.txt) first`)

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return {text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8', bom: true}
  if (startsWith(bytes, [0xff, 0xfe])) return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true}
  if (startsWith(bytes, [0xfe, 0xff])) return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true}
  const declared = declaredDecoder(options.encoding)
  if (declared) {
    // Windows-1252 (which WHATWG also reads `iso-8859-1` and `ascii` as) is spelt out here: see `decodeWindows1252`.
    const text = declared.encoding === 'windows-1252' ? decodeWindows1252(bytes) : declared.decode(bytes)
    return {text, encoding: declared.encoding, bom: false, declared: true}
  }
  const sixteen = utf16WithoutBom(bytes)
  if (sixteen) return {text: new TextDecoder(sixteen).decode(bytes), encoding: sixteen, bom: false}

  try {
    return {text: utf8.decode(bytes), encoding: 'utf-8', bom: false}
  } catch {
    // Not UTF-8: a single-byte code page. Bytes 0x80–0x9F are printable only in
    // Windows-1252 (curly quotes, dashes); without them the text is Latin-1.
    const windows = bytes.some((byte) => byte >= 0x80 && byte <= 0x9f)
    return {text: decodeWindows1252(bytes), encoding: windows ? 'windows-1252' : 'iso-8859-1', bom: false}
  }
}

/**
 * A decoder for the declared encoding, unless it is UTF-8 (whose bytes are
 * checked as any file's are: a page that declares UTF-8 and is not falls back
 * as a text file does), UTF-16 (a page declaring it without a byte order mark
 * is ASCII-compatible, as browsers assume) or unknown.
 */
function declaredDecoder(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label.trim())
  } catch {
    return undefined
  }
  return decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16') ? undefined : decoder
}

function decodeUtf8(bytes: Uint8Array): string {
  // After a UTF-8 byte order mark, invalid bytes are damage, not another code page.
  return new TextDecoder('utf-8').decode(bytes)
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

/** What a file that is not text looks like, or undefined for text. */
function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [prefix, name] of signatures) if (startsWith(bytes, prefix)) return name
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || utf16WithoutBom(bytes)) return undefined
  // Text has no NUL bytes and few control characters; binary data has many.
  const sample = bytes.subarray(0, 8192)
  let controls = 0
  for (const byte of sample) {
    if (byte === 0) return 'binary data (it contains NUL bytes)'
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++
  }
  return controls > sample.length / 10 ? 'binary data (it is mostly control characters)' : undefined
}

/** UTF-16 without a byte order mark: ASCII text has a NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1
  if (length < 4) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++
    if (bytes[index + 1] === 0) oddZeros++
  }
  const pairs = length / 2
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be'
  return undefined
}

// ------------------------------------------------------------------ mojibake

/**
 * Windows-1252’s characters for bytes 0x80–0x9F (the five it leaves undefined
 * map to the C1 control of the same number, as WHATWG says). Spelled out:
 * Node’s `TextDecoder('windows-1252')` decodes these bytes as Latin-1 does.
 */
const high =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

/** Windows-1252 bytes as text: Latin-1, but for what 0x80–0x9F stand for. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009F]/g, (char) => high[char.charCodeAt(0) - 0x80])
}
const byteOf = new Map<string, number>()
for (let byte = 0xa0; byte <= 0xff; byte++) byteOf.set(String.fromCharCode(byte), byte)
for (let index = 0; index < 32; index++) byteOf.set(high[index], 0x80 + index)

/** What UTF-8 bytes for one character look like when read as Windows-1252: a lead, then continuations. */
const continuation = `[${[...byteOf].filter(([, byte]) => byte >= 0x80 && byte <= 0xbf).map(([char]) => escapeClass(char)).join('')}]`
const mojibake = new RegExp(`[\\u00C2-\\u00DF]${continuation}|[\\u00E0-\\u00EF]${continuation}{2}|[\\u00F0-\\u00F4]${continuation}{3}`, 'g')

function escapeClass(char: string): string {
  return /[\\\]^-]/.test(char) ? '\\' + char : char
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Undo UTF-8 that was read as Windows-1252 (`donâ€™t` → `don’t`, `Ã©` → `é`).
 * Only sequences that are valid UTF-8 once turned back into bytes change.
 */
export function repairMojibake(text: string): {text: string; count: number; first?: number} {
  // Repair only where the text shows the damage’s signature (`â€`, `Ã©`, `Â `, `Ð°`):
  // without it, `Å…` is a name trailing off, not a garbled `Ņ`.
  if (!hasSignature(text)) return {text, count: 0}
  let count = 0
  let first: number | undefined
  const repaired = text.replace(mojibake, (sequence, index: number) => {
    const bytes = Uint8Array.from([...sequence].map((char) => byteOf.get(char)!))
    try {
      const value = strictUtf8.decode(bytes)
      // `Â€` would be U+0080, a control: no writer meant that.
      if (/[\u0080-\u009F]/.test(value)) return sequence
      count++
      first ??= index
      return value
    } catch {
      return sequence
    }
  })
  return {text: repaired, count, first}
}

/**
 * The damage’s signature: `â€` (a dash or curly quote), `Ã` or `Â` before a byte
 * only a continuation can be (`Ã©`, `Â°`), or two Cyrillic letters in a row
 * (`Ð¡Ðµ`). One `Ñ…` is Spanish trailing off; `Ð¡ÐµÑ€` is Russian garbled.
 */
const signature = new RegExp(`â€${continuation}|[ÂÃ]${continuation}|[ÐÑ]${continuation}[ÐÑ]${continuation}`)

function hasSignature(text: string): boolean {
  return signature.test(text)
}

// ------------------------------------------------------------------ the whole step

const encodingNames: Record<string, string> = {
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
  'iso-8859-1': 'Latin-1 (ISO-8859-1)'
}

/**
 * The source text of `file`, ready for the parser: bytes decoded, a byte
 * order mark removed, mojibake repaired, characters no format carries
 * replaced or removed (`transform/characters.ts`). What
 * was done is a message on the file. `file.value` becomes the text, so
 * positions point into what the parser read.
 */
export function prepareSource(file: VFile, options: DecodeOptions = {}): string {
  let text: string
  if (typeof file.value === 'string') {
    text = file.value
  } else {
    const decoded = decode(file.value ?? new Uint8Array(), options)
    text = decoded.text
    if (decoded.declared) {
      // Read as the document says it is written: nothing to warn about.
      file.info(`Read as ${decoded.encoding}, the encoding the document declares`, {line: 1, column: 1}).ruleId = 'encoding'
    } else if (decoded.encoding !== 'utf-8') {
      const name = encodingNames[decoded.encoding]
      const advice = decoded.bom ? '' : '; save it as UTF-8 to be sure every character reads as intended'
      const message = file.message(`The file is not UTF-8: read as ${name}${advice}`, {line: 1, column: 1})
      message.ruleId = 'encoding'
      if (decoded.bom) message.fatal = undefined
    }
  }
  text = text.replace(/^\uFEFF/, '')

  const mojibakeRepair = repairMojibake(text)
  if (mojibakeRepair.count > 0) {
    text = mojibakeRepair.text
    file.message(
      `Repaired ${mojibakeRepair.count} character${mojibakeRepair.count === 1 ? '' : 's'} garbled by an earlier misreading of UTF-8 as Windows-1252 (such as “â€™” for “’”)`,
      place(text, mojibakeRepair.first!)
    ).ruleId = 'mojibake'
  }
  const cleaned = carriedText(text)
  if (cleaned.count > 0) {
    const at = place(text, cleaned.first!)
    text = cleaned.text
    file.message(
      `Replaced or removed ${cleaned.count} control or invalid character${cleaned.count === 1 ? '' : 's'} that no output format can carry`,
      at
    ).ruleId = 'control-character'
  }
  file.value = text
  return text
}

/** Line and column of an offset in `text`, whatever its line endings. */
function place(text: string, offset: number): {line: number; column: number} {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/)
  return {line: lines.length, column: lines[lines.length - 1].length + 1}
}
