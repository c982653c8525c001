/**
 * The DOCX emitter's ZIP writer (src/emit/docx/zip.ts), read back by JSZip
 * with CRCs checked and, where installed, by Info-ZIP's `unzip -t`; and its
 * reader, on what the writer, JSZip and docx's `Packer` write.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Document, Packer, Paragraph} from 'docx'
import JSZip from 'jszip'
import {describe, expect, test} from 'vitest'
import {deflated, inflated, readZip, zipArchive} from '../src/emit/docx/zip.js'

/** `unzip` is a second opinion, not a requirement: JSZip below checks the same archive. */
const hasUnzip = spawnSync('sh', ['-c', 'command -v unzip'], {stdio: 'ignore'}).status === 0

const noon = new Date('2016-07-15T12:00:00Z')
const entries = () => [
  {name: '[Content_Types].xml', content: deflated('<Types/>')},
  {name: 'word/document.xml', content: deflated('<w:t>Сергей Лавров &amp; Co</w:t>'.repeat(200))},
  {name: 'empty.bin', content: deflated(new Uint8Array(0))},
  {name: 'word/fonts/font1.odttf', content: deflated(Uint8Array.from({length: 70_000}, (_, index) => (index * 7919) % 251))},
  {name: 'Ünïcode name.xml', content: deflated('<x/>')}
]

describe('zipArchive', () => {
  test('JSZip reads every entry back, CRCs checked, in the order given, with the date given', async () => {
    const zip = await JSZip.loadAsync(zipArchive(entries(), noon), {checkCRC32: true})
    const files = Object.values(zip.files)
    expect(files.map((file) => file.name)).toEqual(entries().map((entry) => entry.name))
    expect(await zip.file('word/document.xml')!.async('string')).toBe('<w:t>Сергей Лавров &amp; Co</w:t>'.repeat(200))
    expect(await zip.file('empty.bin')!.async('uint8array')).toHaveLength(0)
    const font = await zip.file('word/fonts/font1.odttf')!.async('uint8array')
    expect(font).toEqual(Uint8Array.from({length: 70_000}, (_, index) => (index * 7919) % 251))
    for (const file of files) expect(file.date.toISOString(), file.name).toBe('2016-07-15T12:00:00.000Z')
  })

  test('each local header records what its central directory entry records (readers differ in which they trust)', () => {
    const archive = Buffer.from(zipArchive(entries(), noon))
    const end = archive.length - 22
    expect(archive.readUInt32LE(end)).toBe(0x06054b50)
    let at = archive.readUInt32LE(end + 16)
    for (let index = 0; index < archive.readUInt16LE(end + 10); index++) {
      expect(archive.readUInt32LE(at)).toBe(0x02014b50)
      const local = archive.readUInt32LE(at + 42)
      expect(archive.readUInt32LE(local)).toBe(0x04034b50)
      // Version needed, flags, method, time, date, CRC, sizes, name length: 26 bytes in both.
      expect(archive.subarray(local + 4, local + 30).equals(archive.subarray(at + 6, at + 32))).toBe(true)
      const nameLength = archive.readUInt16LE(at + 28)
      expect(archive.subarray(local + 30, local + 30 + nameLength).equals(archive.subarray(at + 46, at + 46 + nameLength))).toBe(true)
      at += 46 + nameLength
    }
  })

  test('the same entries and date give the same bytes; a content-derived entry can be reused', () => {
    const shared = deflated('<same/>')
    const first = zipArchive([{name: 'a.xml', content: shared}], noon)
    const second = zipArchive([{name: 'a.xml', content: shared}], new Date(noon))
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
    expect(Buffer.from(zipArchive(entries(), noon)).equals(Buffer.from(zipArchive(entries(), noon)))).toBe(true)
  })

  test('dates before 1980, which DOS dates cannot hold, are written as 1980-01-01', async () => {
    const zip = await JSZip.loadAsync(zipArchive(entries(), new Date(0)))
    for (const file of Object.values(zip.files)) expect(file.date.toISOString()).toBe('1980-01-01T00:00:00.000Z')
  })

  test.skipIf(!hasUnzip)('unzip -t finds no error', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-zip-')), 'test.zip')
    try {
      fs.writeFileSync(file, zipArchive(entries(), noon))
      expect(execFileSync('unzip', ['-t', file], {encoding: 'utf8'})).toContain('No errors detected')
    } finally {
      fs.rmSync(path.dirname(file), {recursive: true, force: true})
    }
  })
})

describe('readZip', () => {
  test('gives back what zipArchive wrote: names in order, the deflated bytes, CRCs and sizes', () => {
    const written = entries()
    const read = readZip(zipArchive(written, noon))
    expect(read.map((entry) => entry.name)).toEqual(written.map((entry) => entry.name))
    read.forEach((entry, index) => {
      const content = written[index]!.content
      expect(Buffer.from(entry.content.data).equals(Buffer.from(content.data)), entry.name).toBe(true)
      expect(entry.content.crc, entry.name).toBe(content.crc)
      expect(entry.content.size, entry.name).toBe(content.size)
    })
    expect(inflated(read[1]!.content).toString('utf8')).toBe('<w:t>Сергей Лавров &amp; Co</w:t>'.repeat(200))
  })

  test('reads what JSZip writes, stored or deflated, with data descriptors and a comment, folders left out', async () => {
    const zip = new JSZip()
    zip.file('stored.xml', '<stored/>', {compression: 'STORE'})
    zip.file('word/deflated.xml', '<deflated/>'.repeat(100), {compression: 'DEFLATE'})
    zip.folder('empty')
    for (const streamFiles of [false, true]) {
      const archive = await zip.generateAsync({type: 'uint8array', streamFiles, comment: 'a comment'})
      const read = readZip(archive)
      expect(read.map((entry) => entry.name), String(streamFiles)).toEqual(['stored.xml', 'word/deflated.xml'])
      expect(inflated(read[0]!.content).toString('utf8')).toBe('<stored/>')
      expect(inflated(read[1]!.content).toString('utf8')).toBe('<deflated/>'.repeat(100))
      // Written again, JSZip reads it with every CRC checked.
      const again = await JSZip.loadAsync(zipArchive(read, noon), {checkCRC32: true})
      expect(await again.file('word/deflated.xml')!.async('string')).toBe('<deflated/>'.repeat(100))
    }
  })

  test('reads every part of a package docx packs, as JSZip reads them', async () => {
    const packed = await Packer.toBuffer(new Document({sections: [{children: [new Paragraph('Сергей Лавров')]}]}))
    const zip = await JSZip.loadAsync(packed)
    const read = readZip(packed)
    expect(read.map((entry) => entry.name)).toEqual(Object.keys(zip.files))
    for (const entry of read) {
      expect(inflated(entry.content).equals(Buffer.from(await zip.file(entry.name)!.async('uint8array'))), entry.name).toBe(true)
    }
  })

  test('what is not a ZIP archive is refused', () => {
    expect(() => readZip(new TextEncoder().encode('not a zip archive, but long enough to be one'))).toThrow(/not a ZIP archive/)
  })
})
