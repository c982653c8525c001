/**
 * When a file says it was made (issue 15). Without `SOURCE_DATE_EPOCH` no
 * output carries a date of its making (TEI `publicationStmt/date` and
 * `change/@when`, DOCX `dcterms:created`/`modified`, PDF `CreationDate`,
 * `ModDate` and XMP `xmp:CreateDate`), and the same input still gives the
 * same bytes; with it, every one of them carries that date. The event's date
 * stays where it belongs either way. Markdown and JSON are the tree itself
 * and carry no date of making at all. Checked on the command line's output,
 * as a user gets it, for one transcript and for both packets.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from './helpers/cli.js'
import {hasTools} from './helpers/tools.js'

const name = 'state-2013-05-07-kerry-lavrov-remarks-qa'
const sample = `corpus/${name}.txt`
const other = 'corpus/state-2016-07-15-kerry-lavrov-remarks.txt'
/** 2025-12-01T12:00:00Z: no transcript's date, so a date found in a file can only be the stamp. */
const epoch = '1764590400'
const stampDay = '2025-12-01'
const stampTime = '2025-12-01T12:00:00Z'
const eventDay = '2013-05-07'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-dates-'))
const poppler = hasTools('pdfinfo')

interface Outputs {
  md: string
  json: string
  tei: string
  docx: Buffer
  pdf: Buffer
  packetPdf: Buffer
  packetDocx: Buffer
  dir: string
}

/** Convert the sample to every format and make both packets, with `SOURCE_DATE_EPOCH` as given (unset for undefined). */
function outputs(label: string, stamp: string | undefined): Outputs {
  const dir = path.join(folder, label)
  const env = {SOURCE_DATE_EPOCH: stamp}
  const converted = runCli(['convert', sample, other, '-t', 'md,json,tei,docx,pdf', '-o', dir, '--force'], {env})
  expect(converted.status, converted.stderr).toBe(0)
  for (const extension of ['pdf', 'docx']) {
    const packet = runCli(['packet', sample, other, '-o', path.join(dir, `packet.${extension}`)], {env})
    expect(packet.status, packet.stderr).toBe(0)
  }
  const read = (file: string) => fs.readFileSync(path.join(dir, file))
  return {
    md: read(`${name}.md`).toString('utf8'),
    json: read(`${name}.json`).toString('utf8'),
    tei: read(`${name}.tei.xml`).toString('utf8'),
    docx: read(`${name}.docx`),
    pdf: read(`${name}.pdf`),
    packetPdf: read('packet.pdf'),
    packetDocx: read('packet.docx'),
    dir
  }
}

async function docxDates(docx: Buffer): Promise<{core: string; entries: string[]}> {
  const zip = await JSZip.loadAsync(docx)
  const core = await zip.file('docProps/core.xml')!.async('string')
  return {core, entries: Object.values(zip.files).map((entry) => entry.date.toISOString().slice(0, 10))}
}

/** The `publicationStmt` and the `change` of a TEI header. */
function teiDates(tei: string): {publication: string; change: string} {
  return {
    publication: /<publicationStmt>[^]*?<\/publicationStmt>/.exec(tei)![0],
    change: /<change\b[^>]*>/.exec(tei)![0]
  }
}

function pdfinfo(file: string): string {
  return execFileSync('pdfinfo', [file], {encoding: 'utf8'})
}

let undated: Outputs
let dated: Outputs

beforeAll(() => {
  undated = outputs('undated', undefined)
  dated = outputs('dated', epoch)
})

afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

describe('without SOURCE_DATE_EPOCH no output says when it was made', () => {
  it('TEI: no publicationStmt/date, a change without @when; the event day in settingDesc and the source', () => {
    const {publication, change} = teiDates(undated.tei)
    expect(publication).not.toContain('<date')
    expect(change).toBe('<change who="#verbatim">')
    expect(undated.tei).toMatch(/<setting>[^]*?<date when="2013-05-07">May 7, 2013<\/date>[^]*?<\/setting>/)
    expect(undated.tei).toMatch(/<bibl>[^]*?<date when="2013-05-07">/)
  })

  it('DOCX: core properties without created or modified, zip entries at the first date a zip holds', async () => {
    for (const docx of [undated.docx, undated.packetDocx]) {
      const {core, entries} = await docxDates(docx)
      expect(core).not.toMatch(/dcterms:created|dcterms:modified/)
      expect(core).toContain('<dc:title>')
      expect(new Set(entries)).toEqual(new Set(['1980-01-01']))
    }
  })

  it('PDF: no CreationDate or ModDate in the info dictionary, no xmp:CreateDate; a file ID all the same', () => {
    for (const pdf of [undated.pdf, undated.packetPdf]) {
      const bytes = pdf.toString('latin1')
      expect(bytes).not.toMatch(/\/CreationDate|\/ModDate|xmp:CreateDate|xmp:ModifyDate/)
      expect(bytes).toMatch(/<x:xmpmeta/)
      expect(bytes).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/)
    }
  })

  it.skipIf(!poppler)('PDF: pdfinfo finds no date in either', () => {
    for (const file of [`${name}.pdf`, 'packet.pdf']) {
      const info = pdfinfo(path.join(undated.dir, file))
      expect(info).toMatch(/^Title:/m)
      expect(info).not.toMatch(/^(?:CreationDate|ModDate):/m)
    }
  })

  it('PDF: two documents, two file IDs; the same document, the same bytes every run', () => {
    const id = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))![1]
    const second = fs.readFileSync(path.join(undated.dir, 'state-2016-07-15-kerry-lavrov-remarks.pdf'))
    expect(id(undated.pdf)).not.toBe(id(second))
    expect(id(undated.pdf)).not.toBe(id(undated.packetPdf))
    const again = outputs('undated-again', undefined)
    expect(again.pdf.equals(undated.pdf)).toBe(true)
    expect(again.docx.equals(undated.docx)).toBe(true)
    expect(again.tei).toBe(undated.tei)
    expect(again.packetPdf.equals(undated.packetPdf)).toBe(true)
    expect(again.packetDocx.equals(undated.packetDocx)).toBe(true)
  })
})

describe('with SOURCE_DATE_EPOCH every date of making is that date', () => {
  it('TEI: publicationStmt/date and change/@when', () => {
    const {publication, change} = teiDates(dated.tei)
    expect(publication).toContain(`<date when="${stampDay}">December 1, 2025</date>`)
    expect(change).toBe(`<change when="${stampDay}" who="#verbatim">`)
    // The event keeps its own day.
    expect(dated.tei).toMatch(/<setting>[^]*?<date when="2013-05-07">/)
  })

  it('DOCX: created and modified, and every zip entry', async () => {
    for (const docx of [dated.docx, dated.packetDocx]) {
      const {core, entries} = await docxDates(docx)
      expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${stampTime}</dcterms:created>`)
      expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${stampTime}</dcterms:modified>`)
      expect(core).not.toContain(eventDay)
      expect(new Set(entries)).toEqual(new Set([stampDay]))
    }
  })

  it('PDF: CreationDate, ModDate and xmp:CreateDate', () => {
    for (const pdf of [dated.pdf, dated.packetPdf]) {
      const bytes = pdf.toString('latin1')
      // pdfkit writes each info entry as an object of its own.
      expect(bytes).toMatch(/\/CreationDate \d+ 0 R/)
      expect(bytes).toMatch(/\/ModDate \d+ 0 R/)
      expect(bytes).toContain('(D:20251201120000Z)')
      expect(bytes).toContain(`<xmp:CreateDate>${stampTime}</xmp:CreateDate>`)
      expect(bytes).not.toContain('D:2013')
    }
  })

  it.skipIf(!poppler)('PDF: pdfinfo reads the date', () => {
    for (const file of [`${name}.pdf`, 'packet.pdf']) {
      expect(pdfinfo(path.join(dated.dir, file))).toMatch(/^CreationDate:\s+Mon Dec {2}1 12:00:00 2025 UTC$/m)
    }
  })
})

describe('Markdown and JSON carry no date of making, stamped or not', () => {
  it('the same bytes with and without SOURCE_DATE_EPOCH, and no trace of it', () => {
    expect(dated.md).toBe(undated.md)
    expect(dated.json).toBe(undated.json)
    for (const text of [dated.md, dated.json]) expect(text).not.toContain(stampDay)
    // The event's date is the front matter's `date`, as pandoc reads it.
    expect(dated.md).toMatch(/^date: 2013-05-07$/m)
  })
})

describe.skipIf(!hasTools('soffice', 'pdftotext', 'pandoc'))('an undated DOCX opens as any other', () => {
  it('LibreOffice converts it, and pandoc reads its title as the title', () => {
    const file = path.join(undated.dir, `${name}.docx`)
    const out = path.join(folder, 'office')
    execFileSync('soffice', [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, file], {
      stdio: 'pipe',
      timeout: 180_000
    })
    const text = execFileSync('pdftotext', [path.join(out, `${name}.pdf`), '-'], {encoding: 'utf8'})
    expect(text).toContain('Remarks With Russian Foreign Minister Sergey Lavrov')
    const markdown = execFileSync('pandoc', ['-s', file, '-t', 'markdown'], {encoding: 'utf8'})
    expect(markdown).toMatch(/^---\ntitle: Remarks With Russian Foreign Minister Sergey Lavrov\n/)
  })
})
