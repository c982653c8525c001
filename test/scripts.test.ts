/**
 * Scripts PT Serif and PT Sans cannot draw (issue 15): a transcript with
 * Arabic, Greek, Chinese and Japanese passages, converted by the command
 * line, drawn in the PDF by the fallback fonts and read back with poppler;
 * its DOCX naming the same fonts, read back by pandoc. And the weight of a
 * typical DOCX now that its fonts are subsets.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {runCli} from './helpers/cli.js'
import {corpusFiles} from './helpers/corpus.js'
import {hasTools} from './helpers/tools.js'

const fixture = path.resolve('test/fixtures/scripts/udhr-anniversary-briefing.txt')
const source = fs.readFileSync(fixture, 'utf8')
/** The passages, as the fixture has them (each checked to be there, so a change to it cannot make the test pass vacuously). */
const passages = {
  arabic: 'يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق. وقد وهبوا عقلاً وضميرًا وعليهم أن يعامل بعضهم بعضًا بروح الإخاء.',
  greek: 'Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια και τα δικαιώματα.',
  chinese: '人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心，并应以兄弟关系的精神相对待。',
  japanese: '終戦七十年を迎えるにあたり、先の大戦への道のり、戦後の歩み、二十世紀という時代を、私たちは、心静かに振り返り'
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-scripts-'))
const pdf = path.join(folder, 'udhr-anniversary-briefing.pdf')
const docx = path.join(folder, 'udhr-anniversary-briefing.docx')
let stderr = ''

beforeAll(() => {
  const result = runCli(['convert', fixture, '-t', 'pdf,docx', '-o', folder])
  expect(result.status, result.stderr).toBe(0)
  stderr = result.stderr
})
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

test('the fixture holds each passage', () => {
  for (const passage of Object.values(passages)) expect(source).toContain(passage)
})

test('no missing-glyphs warning: every character has a font', () => {
  expect(stderr).not.toContain('missing-glyphs')
})

describe.skipIf(!hasTools('pdffonts', 'pdftotext', 'qpdf'))('the PDF', () => {
  test('embeds the fallback fonts, as subsets, beside PT Serif and PT Sans', () => {
    const listing = execFileSync('pdffonts', [pdf], {encoding: 'utf8'})
    const embedded = [...listing.matchAll(/^[A-Z]{6}\+(\S+)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/gm)].map((match) => match[1])
    for (const font of ['NotoNaskhArabic-Regular', 'NotoSerif-Regular', 'NotoSansSC-Regular', 'NotoSansJP-Regular', 'PTSerif-Regular']) {
      expect(embedded, listing).toContain(font)
    }
  })

  /** The PDF's text as pdftotext reads it, with no line breaks (they fall anywhere in Japanese and Chinese). */
  const text = () => execFileSync('pdftotext', [pdf, '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ')
  const unbroken = () => text().replace(/ /g, '')

  test('pdftotext reads the Greek, Chinese and Japanese passages back', () => {
    expect(text()).toContain(passages.greek)
    expect(unbroken()).toContain(passages.chinese)
    expect(unbroken()).toContain(passages.japanese)
  })

  test('the Arabic passages carry their text, as written, and pdftotext reads them back', () => {
    // Arabic glyphs stand for several letters (a dotless form and its dots), so the text goes with them as ActualText.
    const uncompressed = execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], {maxBuffer: 64 << 20}).toString('latin1')
    // qpdf writes strings as hex: UTF-16BE after its byte order mark.
    const actual = [...uncompressed.matchAll(/\/ActualText <feff([0-9a-f]*)>/gi)].map((match) => utf16(Buffer.from(match[1]!, 'hex')))
    expect(actual).toContain(passages.arabic)
    expect(actual).toContain('السلام عليكم')
    // poppler prints right-to-left text in visual order between RLE and PDF marks (as `verbatim verify` knows).
    // `-raw`: in the order the page draws it, so the phrase stands in its line.
    const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ')
    const read = raw.replace(/\u202B([^\u202C]*)\u202C/gu, (_, visual: string) => [...visual].reverse().join(''))
    expect(read).toContain(passages.arabic)
    expect(read).toContain('As the Arabic greeting السلام عليكم says, peace be upon you.')
  })
})

test.skipIf(!hasTools('pdftotext'))('verbatim verify finds every sentence in every format, the passages included', () => {
  const result = runCli(['verify', fixture, '-o', path.join(folder, 'verify')])
  expect(result.status, result.stderr).toBe(0)
  expect(result.stdout + result.stderr).toMatch(/ok \(sentences kept: md 13\/13, docx 13\/13, pdf 13\/13, tei 13\/13\)/)
})

describe('the DOCX', () => {
  test('names the fallback fonts on the runs they draw, Arabic right to left', async () => {
    const document = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string')
    const runOf = (text: string) => {
      const at = document.indexOf(text)
      expect(at, text).toBeGreaterThan(-1)
      return document.slice(document.lastIndexOf('<w:r>', at), at)
    }
    expect(runOf(passages.arabic.slice(0, 10))).toMatch(/<w:rFonts w:ascii="Noto Naskh Arabic" w:cs="Noto Naskh Arabic" w:eastAsia="Noto Naskh Arabic" w:hAnsi="Noto Naskh Arabic"\/>/)
    expect(runOf(passages.arabic.slice(0, 10))).toContain('<w:rtl/>')
    expect(runOf(passages.japanese.slice(0, 10))).toContain('w:eastAsia="Noto Sans JP"')
    expect(runOf(passages.chinese.slice(0, 10))).toContain('w:eastAsia="Noto Sans SC"')
    expect(runOf(passages.greek.slice(0, 10))).toContain('w:hAnsi="Noto Serif"')
    expect(runOf('Good afternoon')).not.toContain('w:rFonts')
  })

  test.skipIf(!hasTools('pandoc'))('pandoc reads every passage back', () => {
    const text = execFileSync('pandoc', [docx, '-t', 'plain', '--wrap=none'], {encoding: 'utf8'}).replace(/\s+/g, ' ')
    for (const passage of Object.values(passages)) expect(text).toContain(passage)
  })

  test('a typical transcript’s DOCX is under 150 kB (each of the corpus)', () => {
    const out = path.join(folder, 'corpus')
    const result = runCli(['convert', ...corpusFiles, '-t', 'docx', '-o', out])
    expect(result.status, result.stderr).toBe(0)
    for (const file of fs.readdirSync(out).filter((name) => name.endsWith('.docx'))) {
      expect(fs.statSync(path.join(out, file)).size, file).toBeLessThan(150_000)
    }
  })
})

/** UTF-16BE as text. */
function utf16(bytes: Buffer): string {
  const swapped = Buffer.from(bytes)
  swapped.swap16()
  return swapped.toString('utf16le')
}

describe.skipIf(!hasTools('pdffonts', 'pdftotext'))('a title in another script', () => {
  const chinese = path.resolve('test/fixtures/real/36_hnr-fmprc-hua-chunying-2018.txt')
  const title = '2018年9月7日外交部发言人华春莹主持例行记者会'
  const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], {encoding: 'utf8'})

  test('the fixture is titled so', () => {
    expect(fs.readFileSync(chinese, 'utf8')).toContain(title)
  })

  test('is drawn in the running header of every page after the first', () => {
    const result = runCli(['convert', chinese, '-t', 'pdf', '-o', folder])
    expect(result.status, result.stderr).toBe(0)
    const file = path.join(folder, '36_hnr-fmprc-hua-chunying-2018.pdf')
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], {encoding: 'utf8'}))![1])
    expect(pages).toBeGreaterThan(1)
    for (let page = 2; page <= pages; page++) expect(pageText(file, page).split('\n')[0]).toContain(title)
    expect(execFileSync('pdffonts', [file], {encoding: 'utf8'})).toMatch(/\+NotoSansSC-Regular/)
  })

  test('is drawn in a packet’s contents and its chapter’s heading', () => {
    const packet = path.join(folder, 'packet.pdf')
    const result = runCli(['packet', chinese, corpusFiles[0], '-o', packet, '--keep-order'])
    expect(result.status, result.stderr).toBe(0)
    // The contents (page 2, after the cover) lists it; its chapter opens on page 3 under it.
    expect(pageText(packet, 2)).toContain(title)
    expect(pageText(packet, 3)).toContain(title)
  })
})
