/**
 * Read the entries of a zip archive (a Word file is one), synchronously:
 * `readTranscript` is synchronous, and JSZip reads only through promises.
 * The one zip reader: the DOCX reader takes the parts of a Word file from it,
 * and the DOCX emitter the parts `docx` packed (`emit/docx/zip.ts`).
 * The central directory at the archive's end lists the entries; each is
 * stored or deflated (the two methods Office writes), and is inflated by
 * node's zlib, never past the size the directory states.
 *
 * What is wrong with an archive is said in words (`ZipError`): a truncated
 * download has no directory at its end, a damaged one a bad entry.
 */
import {inflateRawSync} from 'node:zlib'

export class ZipError extends Error {
  override name = 'ZipError'
}

export interface ZipEntry {
  name: string
  method: number
  crc: number
  compressedSize: number
  size: number
  /** Offset of the entry's local header. */
  offset: number
}

/** `PK\x03\x04`: a zip archive's first entry. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** The most an entry may hold unpacked: far more than any transcript's XML, far less than a zip bomb's. */
const maxEntryBytes = 512 * 2 ** 20

const endSignature = 0x06054b50
const centralSignature = 0x02014b50
const localSignature = 0x04034b50

/** An archive's entries by name. */
export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>()
  readonly #view: DataView

  constructor(readonly bytes: Uint8Array) {
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const end = this.#findEnd()
    const count = this.#view.getUint16(end + 10, true)
    let at = this.#view.getUint32(end + 16, true)
    if (count === 0xffff || at === 0xffffffff) throw new ZipError('the archive is in the ZIP64 form, which no Word file needs')
    for (let index = 0; index < count; index++) {
      if (at + 46 > bytes.length || this.#view.getUint32(at, true) !== centralSignature) throw new ZipError('the archive is damaged: its list of entries is broken')
      const nameLength = this.#view.getUint16(at + 28, true)
      const extraLength = this.#view.getUint16(at + 30, true)
      const commentLength = this.#view.getUint16(at + 32, true)
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
      this.entries.set(name, {
        name,
        method: this.#view.getUint16(at + 10, true),
        crc: this.#view.getUint32(at + 16, true),
        compressedSize: this.#view.getUint32(at + 20, true),
        size: this.#view.getUint32(at + 24, true),
        offset: this.#view.getUint32(at + 42, true)
      })
      const entry = this.entries.get(name)!
      if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.offset === 0xffffffff) throw new ZipError(`the archive's entry ${name} is in the ZIP64 form, which no Word file needs`)
      at += 46 + nameLength + extraLength + commentLength
    }
  }

  has(name: string): boolean {
    return this.entries.has(name)
  }

  /** An entry's bytes as stored (deflated, or not), or undefined when the archive has no such entry. */
  stored(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name)
    if (!entry) return undefined
    const at = entry.offset
    if (at + 30 > this.bytes.length || this.#view.getUint32(at, true) !== localSignature) throw new ZipError(`the archive is damaged: its entry ${name} is broken`)
    const start = at + 30 + this.#view.getUint16(at + 26, true) + this.#view.getUint16(at + 28, true)
    const data = this.bytes.subarray(start, start + entry.compressedSize)
    if (data.length < entry.compressedSize) throw new ZipError(`the archive is cut short: its entry ${name} is incomplete`)
    return data
  }

  /** An entry's bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    const data = this.stored(name)
    const entry = this.entries.get(name)
    if (!data || !entry) return undefined
    if (entry.size > maxEntryBytes) throw new ZipError(`the archive's entry ${name} would be ${Math.round(entry.size / 2 ** 20)} MB unpacked, more than a transcript's document can be`)
    if (entry.method === 0) return data
    if (entry.method !== 8) throw new ZipError(`the archive's entry ${name} is compressed by a method Word does not use (${entry.method})`)
    try {
      return inflateRawSync(data, {maxOutputLength: Math.max(entry.size, 1)})
    } catch {
      throw new ZipError(`the archive is damaged: its entry ${name} does not inflate`)
    }
  }

  /** An entry as UTF-8 text (Office's XML parts are). */
  text(name: string): string | undefined {
    const bytes = this.read(name)
    return bytes && new TextDecoder().decode(bytes)
  }

  /** The end of central directory record: the last 22 bytes, or before them a comment of up to 64 KB. */
  #findEnd(): number {
    const last = this.bytes.length - 22
    for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
      if (this.#view.getUint32(at, true) === endSignature) return at
    }
    throw new ZipError('the archive is cut short or damaged (or not a ZIP archive at all): it has no list of entries at its end (a download that did not finish?)')
  }
}
