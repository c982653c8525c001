/**
 * The PDF emitter, read back with poppler: fonts embedded, every spoken
 * sentence extractable, tagged, bookmarked, numbered pages, reproducible.
 * Runs on the hand-built fixture and, once the parser exists, on every
 * corpus sample.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {paragraphText, turns, type Transcript} from '../src/model.js'
import {fillPlaceholders, humanDate} from '../src/emit/conventions.js'
import {pdfEmitter} from '../src/emit/pdf/index.js'
import {choosePagination, holdPagesUpTo} from '../src/emit/pdf/pagination.js'
import {renderPdf, type RenderOptions} from '../src/emit/pdf/render.js'
import {pdfStyle} from '../src/emit/pdf/style.js'
import {getEmitter} from '../src/emit/registry.js'
import {loadTemplate} from '../src/template/load.js'
import type {Template} from '../src/template/schema.js'
import {sampleTree} from './fixtures/sample-tree.js'
import {hasTools} from './helpers/tools.js'
import {parseXml} from './helpers/tei.js'

const poppler = hasTools('pdftotext', 'pdffonts', 'pdfinfo')
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-pdf-'))

/** Through the emitter, or with `options` (which path to take) through `renderPdf` itself. */
async function render(
  tree: Transcript,
  template: Template,
  /** When the file is made; `null`: not known (no `SOURCE_DATE_EPOCH`). */
  timestamp: Date | null = new Date('2016-07-15T12:00:00Z'),
  options?: RenderOptions
): Promise<Buffer> {
  const context = {template, timestamp: timestamp ?? undefined, version: '0.0.0-test'}
  const rendered = options ? renderPdf(tree, context, options) : await pdfEmitter.render(tree, context)
  const chunks: Uint8Array[] = []
  if (typeof rendered === 'string' || rendered instanceof Uint8Array) throw new Error('expected a stream of chunks')
  for await (const chunk of rendered) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

async function renderToFile(name: string, tree: Transcript, template: Template, options?: RenderOptions): Promise<string> {
  const file = path.join(outDir, name + '.pdf')
  fs.writeFileSync(file, await render(tree, template, undefined, options))
  return file
}

function run(command: string, ...args: string[]): string {
  return execFileSync(command, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * A paragraph as pdftotext gives it back: spaces as they fall, and a hyphen
 * that ended a line joined to the next (pdftotext drops such hyphens).
 */
function extractedPattern(paragraph: string): RegExp {
  const escaped = paragraph.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(escaped.replace(/ /g, '\\s*').replace(/-/g, '-?\\s*'))
}

function pageCount(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', file))![1])
}

/**
 * The text of the body area only (inside the margins), so running headers,
 * footers and the paragraph numbers in the margin stay out of the way.
 */
function bodyText(file: string, template: Template): string {
  const size = template.page.size === 'A4' ? [595.28, 841.89] : [612, 792]
  const {top, right, bottom, left} = template.page.margins
  const crop = [left, top, size[0]! - left - right, size[1]! - top - bottom].map((n) => String(Math.floor(n)))
  return run('pdftotext', '-x', crop[0]!, '-y', crop[1]!, '-W', crop[2]!, '-H', crop[3]!, '-enc', 'UTF-8', file, '-')
}

/** Every paragraph spoken in a turn (speech), as the tree has it. */
function spokenParagraphs(tree: Transcript): string[] {
  return turns(tree).flatMap((turn) => turn.children.map((paragraph) => normalise(paragraphText(paragraph))))
}

/** A PDF literal string `( … )` or UTF-16 one, as pdfkit writes them, decoded. */
function decodePdfString(raw: string): string {
  const bytes: number[] = []
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0) & 0xff)
      continue
    }
    const next = raw[++i]!
    const escapes: Record<string, number> = {n: 10, r: 13, t: 9, b: 8, f: 12}
    if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(raw.slice(i))![0]
      bytes.push(parseInt(octal, 8))
      i += octal.length - 1
    } else bytes.push(escapes[next] ?? next.charCodeAt(0))
  }
  const buffer = Buffer.from(bytes)
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return buffer.subarray(2).swap16().toString('utf16le')
  return buffer.toString('latin1')
}

interface OutlineEntry {
  title: string
  destination?: string
  children: OutlineEntry[]
}

/**
 * Read the outline (bookmarks) by walking `/First` and `/Next` from the
 * catalog’s `/Outlines`: pdfkit writes dictionaries uncompressed.
 */
function readOutline(pdf: Buffer): OutlineEntry[] {
  const text = pdf.toString('latin1')
  const objects = new Map<string, string>()
  for (const match of text.matchAll(/(\d+) 0 obj\n(<<[\s\S]*?>>)\n(?:stream|endobj)/g)) objects.set(match[1]!, match[2]!)
  const field = (body: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(body)?.[1]
  const literal = (body: string, key: string) => {
    const match = new RegExp(`/${key} \\(((?:\\\\[\\s\\S]|[^\\\\)])*)\\)`).exec(body)
    return match ? decodePdfString(match[1]!) : undefined
  }
  const children = (id: string | undefined): OutlineEntry[] => {
    const list: OutlineEntry[] = []
    for (let current = id; current; current = field(objects.get(current)!, 'Next')) {
      const body = objects.get(current)!
      list.push({
        title: literal(body, 'Title') ?? '',
        destination: literal(body, 'Dest'),
        children: children(field(body, 'First'))
      })
    }
    return list
  }
  const catalog = [...objects.values()].find((body) => body.includes('/Type /Catalog'))!
  const root = field(catalog, 'Outlines')
  return root ? children(field(objects.get(root)!, 'First')) : []
}

function flatten(entries: OutlineEntry[]): OutlineEntry[] {
  return entries.flatMap((entry) => [entry, ...flatten(entry.children)])
}

/**
 * The checks the issue asks of every PDF; `options` forces the path that
 * learns the page total (pages held for one pass, or measured and streamed).
 */
function checkPdf(name: string, tree: Transcript, templateName: string, options?: RenderOptions) {
  const template = loadTemplate(templateName)
  let file = ''
  let pdf = Buffer.alloc(0)

  it(`${name} (${templateName}): renders`, async () => {
    file = await renderToFile(`${name}-${templateName}`.replace(/\W+/g, '-'), tree, template, options)
    pdf = fs.readFileSync(file)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it.runIf(poppler)(`${name} (${templateName}): embeds every font`, () => {
    const rows = run('pdffonts', file).split('\n').slice(2).filter(Boolean)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      const [emb, sub] = row.trim().split(/\s+/).slice(-5, -3)
      expect({row, emb, sub}).toEqual({row, emb: 'yes', sub: 'yes'})
      expect(row).toMatch(/\+PT(Serif|Sans)-/)
    }
  })

  it.runIf(poppler)(`${name} (${templateName}): keeps every spoken sentence in pdftotext’s text`, () => {
    const text = normalise(bodyText(file, template))
    const spoken = spokenParagraphs(tree)
    expect(spoken.length).toBeGreaterThan(0)
    const lost = spoken.filter((paragraph) => !extractedPattern(paragraph).test(text))
    expect(lost).toEqual([])
  })

  it.runIf(poppler)(`${name} (${templateName}): tags every spoken paragraph exactly as spoken`, () => {
    // A paragraph that crosses a page is two pieces of marked content: join them.
    const structure = normalise(run('pdfinfo', '-struct-text', file).replace(/"\n\s*"/g, ''))
    const lost = spokenParagraphs(tree).filter((paragraph) => !structure.includes(paragraph))
    expect(lost).toEqual([])
  })

  it.runIf(poppler)(`${name} (${templateName}): is tagged, with the language and metadata`, () => {
    const info = run('pdfinfo', file)
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    expect(normalise(/^Title:\s+(.*)$/m.exec(info)![1]!)).toBe(normalise(tree.meta.title ?? 'Untitled transcript'))
    expect(pdf.toString('latin1')).toContain(`/Lang (${tree.meta.language})`)
    const structure = run('pdfinfo', '-struct-text', file)
    expect(structure.split('\n')[0]).toBe('Document')
    expect(structure).toMatch(/^\s+H1\b/m)
    expect(structure).toMatch(/^\s+P\b/m)
    // Running furniture is an artifact, not part of the structure.
    const footer = fillPlaceholders(template.footer.text, {page: 1, pages: pageCount(file)})
    expect(structure).not.toContain(footer)
  })

  it.runIf(poppler)(`${name} (${templateName}): numbers every page "X of Y" in the footer`, () => {
    const pages = pageCount(file)
    for (let page = 1; page <= pages; page++) {
      const text = run('pdftotext', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-')
      const footer = fillPlaceholders(template.footer.text, {page, pages, title: '', date: humanDate(tree.meta.date)})
      // pdftotext’s spacing inside a short line varies (`1 / 2`, `1/2`): compare lines without spaces.
      const lines = text.split('\n').map((line) => line.replace(/\s+/g, ''))
      expect(lines).toContain(footer.replace(/\s+/g, ''))
    }
  })

  it(`${name} (${templateName}): has bookmarks for the transcript and each turn`, () => {
    const outline = readOutline(pdf)
    expect(outline).toHaveLength(1)
    expect(outline[0]!.title).toBe(tree.meta.title ?? 'Untitled transcript')
    const entries = flatten(outline)
    const destinations = new Set(entries.map((entry) => entry.destination))
    for (const turn of turns(tree)) expect(destinations).toContain(`u${turn.n}`)
    // Every bookmark points at a destination the document defines.
    const names = pdf.toString('latin1')
    for (const entry of entries) expect(names).toContain(`(${entry.destination})`)
  })

  it(`${name} (${templateName}): two runs are byte-identical`, async () => {
    const again = await render(tree, template, undefined, options)
    expect(again.equals(pdf)).toBe(true)
  })
}

describe('pdf emitter', () => {
  it('is registered as `pdf` with the extension `pdf`', () => {
    expect(getEmitter('pdf')).toMatchObject({name: pdfEmitter.name, extension: pdfEmitter.extension})
    expect(pdfEmitter.extension).toBe('pdf')
  })

  checkPdf('sample', sampleTree(), 'briefing')
  checkPdf('sample', sampleTree(), 'plain')
  checkPdf('sample, pages held', sampleTree(), 'briefing', {holdPagesUpTo: Infinity})
  checkPdf('sample, measured and streamed', sampleTree(), 'briefing', {holdPagesUpTo: 0})

  it('holds the pages of an ordinary transcript, and measures a long one', () => {
    const style = pdfStyle(loadTemplate('briefing'))
    expect(choosePagination(sampleTree(), style)).toBe('held')
    const long = sampleTree()
    const sentence = 'We discussed the situation in the region at length. '.repeat(40)
    const turn = long.children.find((block) => block.type === 'turn')!
    while (JSON.stringify(long.children).length < 2 * holdPagesUpTo) {
      long.children.push({...turn, children: [{type: 'paragraph', n: 1, children: [{type: 'text', value: sentence}]}]})
    }
    expect(choosePagination(long, style)).toBe('measured')
  })

  it.runIf(poppler)('maps text the same whatever the process rendered before', async () => {
    // PT Serif draws µ (micro, U+00B5) and μ (mu, U+03BC) with one glyph. Fonts
    // are parsed once per process; one document’s character for that glyph
    // must not become the next document’s text.
    const mentioning = (character: string) => {
      const tree = sampleTree()
      const turn = tree.children.find((block) => block.type === 'turn')!
      turn.children[0]!.children.push({type: 'text', value: ` Five ${character}g of it.`})
      return tree
    }
    const template = loadTemplate('briefing')
    await render(mentioning('µ'), template)
    const file = await renderToFile('greek-mu', mentioning('μ'), template)
    const text = run('pdftotext', '-enc', 'UTF-8', file, '-')
    expect(text).toContain('Five μg')
    expect(fs.readFileSync(file).equals(await render(mentioning('μ'), template))).toBe(true)
  })

  it.runIf(poppler)('keeps curly quotes, dashes and Cyrillic', async () => {
    const file = await renderToFile('typography', sampleTree(), loadTemplate('briefing'))
    const text = normalise(run('pdftotext', '-enc', 'UTF-8', file, '-'))
    expect(text).toContain('Сергей Лавров')
    expect(text).toContain('dialogue – “frankly” – with')
    expect(text).toContain('I’d like')
  })

  it('groups the bookmarks into opening statements and questions and answers', async () => {
    const pdf = await render(sampleTree(), loadTemplate('briefing'))
    const [transcript] = readOutline(pdf)
    const sections = transcript!.children.map((entry) => entry.title)
    expect(sections).toEqual(['Introduction', 'Opening statements', 'Questions and answers'])
    const questions = transcript!.children[2]!
    expect(questions.children[0]!.title).toBe('Question 1: Arshad Mohammed, Reuters')
    expect(questions.children[0]!.children.map((entry) => entry.title)).toEqual([
      'Psaki',
      'Question (Arshad Mohammed)',
      'John Kerry',
      'Sergey Lavrov'
    ])
  })

  it('takes its dates from the context, so a different timestamp changes them', async () => {
    const template = loadTemplate('briefing')
    const first = await render(sampleTree(), template, new Date('2016-07-15T12:00:00Z'))
    const second = await render(sampleTree(), template, new Date('2020-01-01T00:00:00Z'))
    expect(first.toString('latin1')).toContain('(D:20160715120000Z)')
    expect(second.toString('latin1')).toContain('(D:20200101000000Z)')
    expect(second.toString('latin1')).not.toContain('(D:2016')
  })

  it('writes well-formed XMP whatever the title, dated or not', async () => {
    const tree = sampleTree()
    tree.meta.title = 'Trade & Tariffs: <Draft> “Q&A”'
    for (const timestamp of [null, new Date('2020-01-01T00:00:00Z')]) {
      const pdf = (await render(tree, loadTemplate('briefing'), timestamp)).toString('latin1')
      // pdfkit writes the XMP stream uncompressed.
      const xmp = /<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/.exec(pdf)?.[0]
      expect(xmp).toBeDefined()
      const text = Buffer.from(xmp!, 'latin1').toString('utf8')
      expect(() => parseXml(text)).not.toThrow()
      expect(text).toContain('Trade &amp; Tariffs: &lt;Draft&gt; “Q&amp;A”')
      expect(text.includes('xmp:CreateDate')).toBe(timestamp !== null)
    }
  })
})

const parserFile = new URL('../src/parse/index.ts', import.meta.url)
const corpusDir = new URL('../corpus/', import.meta.url)
const corpus = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort() : []

describe('pdf emitter on the corpus', async () => {
  const {parse} = (await import(parserFile.href)) as {parse: (input: string) => Transcript}
  for (const name of corpus) {
    const tree = parse(fs.readFileSync(new URL(name, corpusDir), 'utf8'))
    checkPdf(name.replace(/\.txt$/, ''), tree, 'briefing')
  }
  // The corpus is held by default: check the longest sample on the streamed path too.
  const longest = corpus
    .map((name) => ({name, text: fs.readFileSync(new URL(name, corpusDir), 'utf8')}))
    .sort((a, b) => b.text.length - a.text.length)[0]
  if (longest) checkPdf(longest.name.replace(/\.txt$/, '') + ', measured', parse(longest.text), 'briefing', {holdPagesUpTo: 0})
})

describe('a cover page', () => {
  // Issue 15: the title block on a page of its own carries only the marking, as the DOCX's first page does.
  it.runIf(poppler).each([
    ['pages held', Infinity],
    ['measured and streamed', 0]
  ])('has no running header or page number (%s); the pages after it are numbered of the whole', async (_path, holdPagesUpTo) => {
    const template = {...loadTemplate('briefing'), cover: true}
    const file = await renderToFile(`cover-${holdPagesUpTo}`, sampleTree(), template, {holdPagesUpTo})
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', file))![1])
    const page = (n: number) => run('pdftotext', '-f', String(n), '-l', String(n), '-enc', 'UTF-8', file, '-')
    expect(page(1)).not.toMatch(/Page 1 of/)
    expect(page(1)).toContain(sampleTree().meta.title!.slice(0, 20))
    expect(page(2).replace(/\s+/g, ' ')).toContain(`Page 2 of ${pages}`)
  })
})
