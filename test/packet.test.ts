/**
 * Briefing packets, read back as a reader would: the contents’ page numbers
 * lead to the chapters, the index of speakers’ page numbers lead to their
 * turns, one bookmark per chapter, running headers name the transcript;
 * a DOCX packet opens in LibreOffice; the command’s exit codes.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import {beforeAll, describe, expect, it} from 'vitest'
import {displayLabel, humanDate} from '../src/emit/conventions.js'
import {turns, type Transcript} from '../src/model.js'
import {makePacket, type PacketReport} from '../src/packet/index.js'
import {isGenericSpeaker} from '../src/transform/speakers.js'
import {corpusFile, corpusFiles, fold, parseCorpus} from './helpers/corpus.js'
import {runCli} from './helpers/cli.js'
import {pdfPages, printedContents, titlePages} from './helpers/packet-pages.js'
import {hasTools} from './helpers/tools.js'

const poppler = hasTools('pdftotext', 'pdfinfo', 'pdftohtml')
const office = hasTools('soffice', 'pdftotext')
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-packet-'))

function run(command: string, ...args: string[]): string {
  return execFileSync(command, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
}

/** The text of each page, 1-based (index 0 unused). */
function pageTexts(pdf: string, layout = false): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', pdf))![1])
  const texts = ['']
  for (let page = 1; page <= pages; page++) {
    texts.push(run('pdftotext', ...(layout ? ['-layout'] : []), '-f', String(page), '-l', String(page), pdf, '-'))
  }
  return texts
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? ''
}

/** Whether a page’s first line is `header`, or `header` shortened with an ellipsis to fit. */
function isHeaderOf(line: string, header: string): boolean {
  return line === header || (line.endsWith('…') && header.startsWith(line.slice(0, -1)))
}

/** The page numbers a printed list stands for: `3, 5–7` is 3, 5, 6, 7. */
function expand(list: string): number[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const [first, last = first] = part.split('–').map(Number)
      return Array.from({length: last! - first! + 1}, (_, i) => first! + i)
    })
}

/** Top-level bookmarks with their pages, from `pdftohtml -xml`. */
function chapterBookmarks(pdf: string): Array<{title: string; page: number}> {
  const xml = run('pdftohtml', '-xml', '-i', '-stdout', '-q', pdf)
  const outline = xml.slice(xml.indexOf('<outline>'))
  const items: Array<{title: string; page: number}> = []
  let depth = 0
  for (const token of outline.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (token[0] === '<outline>') depth++
    else if (token[0] === '</outline>') depth--
    else if (depth === 1) items.push({page: Number(token[1]), title: token[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"')})
    if (depth === 0) break
  }
  return items
}

/** Every label a person’s turns are printed under (`SECRETARY KERRY:`). */
function labelsOf(trees: Transcript[], id: string): Set<string> {
  const labels = new Set<string>()
  for (const tree of trees) for (const turn of turns(tree)) if (turn.speaker === id) labels.add(displayLabel(tree, turn))
  return labels
}

describe.skipIf(!poppler)('PDF packet of the five samples', () => {
  const pdf = path.join(outDir, 'five.pdf')
  const trees = corpusFiles.map((file) => parseCorpus(file).tree)
  let report: PacketReport
  let pages: string[]
  let layoutPages: string[]

  beforeAll(async () => {
    report = await makePacket(corpusFiles, {output: pdf, title: 'Week of talks'})
    pages = pageTexts(pdf)
    layoutPages = pageTexts(pdf, true)
  })

  it('opens with a cover: title, date range, number of transcripts, prepared line', () => {
    const cover = fold(pages[1]!)
    expect(cover).toContain('Week of talks')
    expect(cover).toContain('May 7, 2013 – July 15, 2016')
    expect(cover).toContain('5 transcripts')
    expect(cover).toContain('Prepared by the briefing desk')
  })

  it('puts chapters in date order, oldest first', () => {
    const dates = report.chapters.map((chapter) => chapter.date!)
    expect(dates).toEqual([...dates].sort())
  })

  it('gives in its contents the page on which each transcript begins', () => {
    const contents = layoutPages[2]!
    expect(fold(contents)).toContain('Contents')
    const printed = report.chapters.map((chapter) => {
      const line = contents.split('\n').find((text) => text.trim().startsWith(`${chapter.n}. `))
      expect(line, `contents entry ${chapter.n}`).toBeDefined()
      return Number(/(\d+)\s*$/.exec(line!)![1])
    })
    expect(new Set(printed).size).toBe(5)

    report.chapters.forEach((chapter, i) => {
      const page = printed[i]!
      const header = `${chapter.title} — ${humanDate(chapter.date)}`
      // The title block is on that page…
      expect(fold(pages[page]!)).toContain(fold(chapter.title))
      // …the running header names this transcript from that page on…
      expect(isHeaderOf(firstLine(pages[page]!), header)).toBe(true)
      // …and not on the page before, so it is where the chapter starts.
      expect(isHeaderOf(firstLine(pages[page - 1]!), header)).toBe(false)
    })
  })

  it('prints as each contents entry’s number the page where that chapter’s title stands', () => {
    const {printed, lastPage} = printedContents(pdfPages(pdf, true), report.chapters.length)
    const titles = titlePages(pdfPages(pdf), report.chapters.map((chapter) => chapter.title), lastPage + 1)
    expect(printed).toHaveLength(5)
    expect(printed).toEqual(titles)
    expect(printed).toEqual(report.chapters.map((chapter) => chapter.page))
  })

  it('has one top-level bookmark per chapter, at its first page, besides contents and index', () => {
    const bookmarks = chapterBookmarks(pdf)
    const chapters = bookmarks.filter((item) => item.title !== 'Contents' && item.title !== 'Index of speakers')
    expect(chapters.map((item) => fold(item.title))).toEqual(report.chapters.map((chapter) => fold(chapter.title)))
    expect(chapters.map((item) => item.page)).toEqual(report.chapters.map((chapter) => chapter.page))
    expect(bookmarks.find((item) => item.title === 'Index of speakers')?.page).toBe(pages.length - 1)
  })

  it('lists in the index of speakers exactly the pages where each person’s labels are printed', () => {
    const index = fold(pages.at(-1)!)
    expect(index).toContain('Index of speakers')
    const chapterPages = report.chapters.map((chapter) => chapter.page!)
    const bodyPages = Array.from({length: pages.length - 1 - chapterPages[0]!}, (_, i) => chapterPages[0]! + i)
    const people = trees.flatMap((tree) => tree.participants).filter((person) => !person.group)
    // A speaker known only by a role (“Moderator”) is no person to look up, and not in the index.
    const generic = people.filter((person) => isGenericSpeaker(person))
    expect(generic.map((person) => person.name)).toContain('Moderator')
    for (const person of generic) expect(report.speakers!.find((speaker) => speaker.id === person.id), person.id).toBeUndefined()
    expect(index).not.toMatch(/\bModerator \d/)
    const ids = [...new Set(people.filter((person) => !isGenericSpeaker(person)).map((person) => person.id))].filter((id) => labelsOf(trees, id).size > 0)
    expect(ids.length).toBeGreaterThan(1)
    for (const id of ids) {
      const entry = report.speakers!.find((speaker) => speaker.id === id)!
      expect(entry, id).toBeDefined()
      const heading = entry.office ? `${entry.name}, ${entry.office}` : entry.name
      const at = index.indexOf(heading + ' ')
      expect(at, `index entry for ${heading}`).toBeGreaterThan(-1)
      const printed = expand(/^[\d–, ]+/.exec(index.slice(at + heading.length + 1))![0])

      const labels = labelsOf(trees, id)
      const expected = bodyPages.filter((page) =>
        pages[page]!.split('\n').some((line) => [...labels].some((label) => line.trim().startsWith(label)))
      )
      expect(printed, id).toEqual(expected)
    }
  })

  it('merges a person across chapters by id: Kerry once, speaking in four chapters', () => {
    const kerry = report.speakers!.filter((speaker) => speaker.id === 'john-kerry')
    expect(kerry).toHaveLength(1)
    expect(kerry[0]!.chapters).toHaveLength(4)
  })

  it('numbers every page after the cover “Page N of M”', () => {
    for (let page = 2; page < pages.length; page++) expect(fold(pages[page]!)).toContain(`Page ${page} of ${pages.length - 1}`)
    expect(fold(pages[1]!)).not.toContain('Page 1 of')
  })

  it('is byte-identical when made again', async () => {
    const again = path.join(outDir, 'five-again.pdf')
    await makePacket(corpusFiles, {output: again, title: 'Week of talks'})
    expect(fs.readFileSync(again).equals(fs.readFileSync(pdf))).toBe(true)
  })
})

describe.skipIf(!poppler)('PDF packet of one transcript', () => {
  it('has cover, contents, the chapter on page 3 and an index', async () => {
    const pdf = path.join(outDir, 'one.pdf')
    const file = corpusFile('mfa')
    const report = await makePacket([file], {output: pdf})
    const pages = pageTexts(pdf)
    expect(fold(pages[1]!)).toContain('1 transcript')
    expect(report.chapters[0]!.page).toBe(3)
    expect(fold(pages[3]!)).toContain(fold(report.chapters[0]!.title))
    expect(fold(pages.at(-1)!)).toContain('Sergey Lavrov')
  })
})

describe('packet command', () => {
  it('keeps the order given with --keep-order', async () => {
    const files = [corpusFile('mfa'), corpusFile('state-2013')]
    const report = await makePacket(files, {output: path.join(outDir, 'kept.pdf'), keepOrder: true})
    expect(report.chapters.map((chapter) => chapter.input)).toEqual(files)
    const sorted = await makePacket(files, {output: path.join(outDir, 'sorted.pdf')})
    expect(sorted.chapters.map((chapter) => chapter.input)).toEqual([...files].reverse())
  })

  it('names an input it cannot read, writes the packet without it, and exits 1', () => {
    const bad = path.join(outDir, 'scan.txt')
    fs.writeFileSync(bad, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x00, 0x13]))
    const output = path.join(outDir, 'with-bad.pdf')
    const result = runCli(['packet', corpusFile('mfa'), bad, path.join(outDir, 'missing.txt'), '-o', output])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${bad}: error:`)
    expect(result.stderr).toContain('missing.txt: error: no such file or folder')
    expect(fs.existsSync(output)).toBe(true)
  })

  it('writes nothing and exits 1 when no input can be read', () => {
    const output = path.join(outDir, 'nothing.pdf')
    const result = runCli(['packet', path.join(outDir, 'missing.txt'), '-o', output])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('no packet was written')
    expect(fs.existsSync(output)).toBe(false)
  })

  it('exits 2 without -o, or with an output that is neither .pdf nor .docx', () => {
    expect(runCli(['packet', corpusFile('mfa')]).status).toBe(2)
    const wrong = runCli(['packet', corpusFile('mfa'), '-o', path.join(outDir, 'packet.html')])
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('.pdf or .docx')
    expect(runCli(['packet', corpusFile('mfa'), '-o', path.join(outDir, 'x.pdf'), '--template', 'nonesuch']).status).toBe(2)
  })

  it('exits 0 and says what it wrote', () => {
    const result = runCli(['packet', corpusFile('mfa'), '-o', path.join(outDir, 'cli.pdf'), '--title', 'One day'])
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('packet of 1 transcript, ')
  })
})

describe.skipIf(!office)('DOCX packet of the five samples, in LibreOffice', () => {
  const docx = path.join(outDir, 'five.docx')
  let report: PacketReport
  let document: string
  let parts: string[]
  let pages: string[]
  let layoutPages: string[]

  // LibreOffice is slow: one conversion, with a profile of its own so parallel test files do not collide.
  beforeAll(async () => {
    report = await makePacket(corpusFiles, {output: docx, title: 'Week of talks'})
    const zip = await JSZip.loadAsync(fs.readFileSync(docx))
    document = await zip.file('word/document.xml')!.async('string')
    parts = await Promise.all(zip.file(/\.xml$/).map((file) => file.async('string')))
    const converted = path.join(outDir, 'libreoffice')
    run('soffice', `-env:UserInstallation=file://${path.join(outDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', converted, docx)
    const pdf = path.join(converted, 'five.pdf')
    pages = pdfPages(pdf)
    layoutPages = pdfPages(pdf, true)
  }, 120_000)

  it('opens with every chapter and the index of speakers', () => {
    for (const chapter of report.chapters) expect(document).toContain(`w:name="t${chapter.n}-title"`)
    // Ids are prefixed per chapter, so the five `u1`s do not collide.
    expect(document).toContain('w:name="t1-u1"')
    expect(document).toContain('w:name="t5-u1"')
    const text = fold(pages.join('\n'))
    expect(text).toContain('Week of talks')
    for (const chapter of report.chapters) expect(text).toContain(fold(chapter.title))
    expect(text).toContain('Index of speakers')
    expect(text).toMatch(/John Kerry, Secretary of State \(United States\) Chapters 1, 2, 3, 5/)
  })

  it('prints as each contents entry’s number the page where that chapter’s title stands', () => {
    const {printed, lastPage} = printedContents(layoutPages, report.chapters.length)
    const titles = titlePages(pages, report.chapters.map((chapter) => chapter.title), lastPage + 1)
    expect(printed).toHaveLength(5)
    expect(titles.every((page) => page !== undefined)).toBe(true)
    expect(printed).toEqual(titles)
  })

  it('marks no field dirty and writes as the fields’ results the pages LibreOffice puts the titles on', () => {
    for (const part of parts) expect(part).not.toMatch(/w:dirty|w:updateFields/)
    // What Word shows without updating fields: the page number written in each PAGEREF.
    const written = report.chapters.map((chapter) => {
      const field = new RegExp(`PAGEREF t${chapter.n}-title \\\\h</w:instrText>.*?<w:t[^>]*>(\\d+)</w:t>`).exec(document)
      expect(field, `PAGEREF to chapter ${chapter.n}`).not.toBeNull()
      return Number(field![1])
    })
    const {lastPage} = printedContents(layoutPages, report.chapters.length)
    expect(written).toEqual(titlePages(pages, report.chapters.map((chapter) => chapter.title), lastPage + 1))
  })

  it.skipIf(!hasTools('pandoc'))('reads in pandoc with the contents’ page numbers', () => {
    const text = run('pandoc', docx, '-t', 'plain')
    // The first line of each row of the contents table: `| 1 | Remarks With … | 3 |`.
    const rows = [...text.matchAll(/^\|\s*(\d+)\s*\|.*\|\s*(\d+)\s*\|$/gm)].map((row) => [Number(row[1]), Number(row[2])])
    const {printed} = printedContents(layoutPages, report.chapters.length)
    expect(rows).toEqual(printed.map((page, i) => [i + 1, page]))
  })

  it('breaks into as many pages as the PDF packet', async () => {
    const pdf = await makePacket(corpusFiles, {output: path.join(outDir, 'five-for-docx.pdf'), title: 'Week of talks'})
    expect(pages.length - 1).toBe(pdf.pages)
  })
})
