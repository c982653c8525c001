/**
 * ZIP for DOCX packages: a deterministic writer with node's native zlib,
 * whose bytes depend on the entries, their order and one modification date,
 * nothing else; and a reader that gives the entries of the package `docx`'s
 * `Packer` wrote as they are stored, still deflated.
 *
 * The reader is why a package can be re-zipped in a fraction of a
 * millisecond: an entry Verbatim does not change keeps the deflated bytes
 * the library wrote (the same for the same content), and only the few parts
 * it changes are inflated and deflated again. JSZip reads the same archive
 * but inflates every entry in JavaScript, and cannot write deflated bytes
 * it is given, which for the ~0.7 MB of fonts in a DOCX (deflated once per
 * process, `deflated`) would cost more than making the whole document.
 *
 * Only what a DOCX needs: stored or deflated entries, no folders, no data
 * descriptors, no ZIP64 (an archive under 4 GB with fewer than 65,535 entries).
 */
import zlib from 'node:zlib'
import {ZipArchive} from '../../util/zip-archive.js'

/** An entry's content, deflated, with what the headers record about it. */
export interface Deflated {
  readonly data: Uint8Array
  /** CRC-32 of the uncompressed bytes. */
  readonly crc: number
  /** Length of the uncompressed bytes. */
  readonly size: number
}

export interface ZipEntry {
  name: string
  content: Deflated
}

/** CRC-32 table for Node before 20.15, which has no `zlib.crc32`. */
let crcTable: Uint32Array | undefined

function crc32InJavaScript(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let bit = 0; bit < 8; bit++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (let index = 0; index < data.length; index++) crc = crcTable[(crc ^ data[index]!) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

const crc32: (data: Uint8Array) => number =
  typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) >>> 0 : crc32InJavaScript

/** Deflate `content` (a string is written as UTF-8) at zlib's default level, as JSZip and Word do. */
export function deflated(content: string | Uint8Array): Deflated {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  return {data: zlib.deflateRawSync(data), crc: crc32(data), size: data.length}
}

/** DOS dates run from 1980 to 2107, in local time by the format; we write UTC, as JSZip does. */
const dosRange = {first: Date.UTC(1980, 0, 1), last: Date.UTC(2107, 11, 31, 23, 59, 58)}

function dosDateTime(date: Date): {date: number; time: number} {
  const clamped = new Date(Math.min(Math.max(date.getTime(), dosRange.first), dosRange.last))
  return {
    date: ((clamped.getUTCFullYear() - 1980) << 9) | ((clamped.getUTCMonth() + 1) << 5) | clamped.getUTCDate(),
    time: (clamped.getUTCHours() << 11) | (clamped.getUTCMinutes() << 5) | (clamped.getUTCSeconds() >> 1)
  }
}

const signature = {local: 0x04034b50, central: 0x02014b50, end: 0x06054b50}
/** 2.0: the version that introduced deflate. The high byte 0 says MS-DOS, so no Unix permissions are implied. */
const version = 20
const deflateMethod = 8
/** General purpose flag bit 11: the name is UTF-8. */
const utf8Names = 1 << 11

/** The fields local and central headers share, from "version needed" to "extra field length". */
function commonFields(view: DataView, at: number, entry: ZipEntry, name: Buffer, when: {date: number; time: number}): void {
  const ascii = name.length === entry.name.length
  view.setUint16(at, version, true)
  view.setUint16(at + 2, ascii ? 0 : utf8Names, true)
  view.setUint16(at + 4, deflateMethod, true)
  view.setUint16(at + 6, when.time, true)
  view.setUint16(at + 8, when.date, true)
  view.setUint32(at + 10, entry.content.crc, true)
  view.setUint32(at + 14, entry.content.data.length, true)
  view.setUint32(at + 18, entry.content.size, true)
  view.setUint16(at + 22, name.length, true)
  view.setUint16(at + 24, 0, true)
}

/** A ZIP archive of `entries` in the order given, every entry dated `modified`. */
export function zipArchive(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const when = dosDateTime(modified)
  const names = entries.map((entry) => Buffer.from(entry.name, 'utf8'))
  const localSize = entries.reduce((total, entry, index) => total + 30 + names[index]!.length + entry.content.data.length, 0)
  const centralSize = names.reduce((total, name) => total + 46 + name.length, 0)
  const out = new Uint8Array(localSize + centralSize + 22)
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength)

  const offsets: number[] = []
  let at = 0
  entries.forEach((entry, index) => {
    const name = names[index]!
    offsets.push(at)
    view.setUint32(at, signature.local, true)
    commonFields(view, at + 4, entry, name, when)
    out.set(name, at + 30)
    out.set(entry.content.data, at + 30 + name.length)
    at += 30 + name.length + entry.content.data.length
  })

  const centralStart = at
  entries.forEach((entry, index) => {
    const name = names[index]!
    view.setUint32(at, signature.central, true)
    view.setUint16(at + 4, version, true) // version made by
    commonFields(view, at + 6, entry, name, when)
    // Comment length, disk number, internal and external attributes: all zero.
    view.setUint32(at + 42, offsets[index]!, true)
    out.set(name, at + 46)
    at += 46 + name.length
  })

  view.setUint32(at, signature.end, true)
  view.setUint16(at + 8, entries.length, true)
  view.setUint16(at + 10, entries.length, true)
  view.setUint32(at + 12, centralSize, true)
  view.setUint32(at + 16, centralStart, true)
  return out
}

/** The uncompressed bytes of an entry. */
export function inflated(content: Deflated): Buffer {
  return zlib.inflateRawSync(content.data)
}

const storedMethod = 0

/**
 * The entries of `archive` in the order of its central directory, each as
 * it is stored: deflated bytes with their CRC and size, taken from the
 * central directory (which readers trust over the local headers, and which
 * holds the sizes even when a data descriptor follows the data). Read by the
 * project's one zip reader (`util/zip-archive.ts`).
 */
export function readZip(archive: Uint8Array): ZipEntry[] {
  const zip = new ZipArchive(archive)
  const entries: ZipEntry[] = []
  for (const {name, method, crc, size} of zip.entries.values()) {
    if (name.endsWith('/')) continue // a folder holds nothing of its own
    const data = zip.stored(name)!
    if (method === deflateMethod) entries.push({name, content: {data, crc, size}})
    else if (method === storedMethod) entries.push({name, content: deflated(data)})
    else throw new Error(`ZIP archive: ${name} is compressed with method ${method}, not deflate`)
  }
  return entries
}
