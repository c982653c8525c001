/**
 * The DOCX emitter, read back the way users meet it: the parts Word reads
 * (styles, document, headers, properties), and LibreOffice’s rendering of
 * it (PDF text and fonts).
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {fillPlaceholders, humanDate} from '../src/emit/conventions.js'
import {xorHead} from '../src/emit/docx/font-parts.js'
import {docxEmitter} from '../src/emit/docx/index.js'
import type {EmitContext} from '../src/emit/emitter.js'
import {fonts} from '../src/emit/fonts.js'
import {getEmitter} from '../src/emit/registry.js'
import {planSections} from '../src/emit/sections.js'
import type {Transcript} from '../src/model.js'
import {loadTemplate} from '../src/template/load.js'
import type {Template} from '../src/template/schema.js'
import {sampleTree} from './fixtures/sample-tree.js'
import {corpusFiles, parseCorpus, spokenSentences} from './helpers/corpus.js'
import {hasTools} from './helpers/tools.js'

interface Font {
  postscriptName: string
  numGlyphs: number
  hasGlyphForCodePoint(codePoint: number): boolean
  layout(text: string): {advanceWidth: number}
}
const fontkit = createRequire(import.meta.url)('fontkit') as {create(bytes: Buffer): Font}

const noon = new Date('2016-07-15T12:00:00Z')

async function render(tree: Transcript, template: Template = loadTemplate('briefing'), timestamp = noon) {
  const context: EmitContext = {template, timestamp, version: '0.0.0-test'}
  return (await docxEmitter.render(tree, context)) as Uint8Array
}

async function part(docx: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(docx)
  const file = zip.file(name)
  if (!file) throw new Error(`no ${name} in the DOCX`)
  return file.async('string')
}

/** Paragraph style ids of `document.xml`, in order. */
function paragraphStyles(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(?:<w:pPr>)?(?:<w:pStyle w:val="([^"]+)"\/>)?/g)].map((match) => match[1] ?? '')
}

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim()
}

describe('styles', () => {
  let styles: string
  let document: string

  beforeAll(async () => {
    const docx = await render(sampleTree())
    styles = await part(docx, 'word/styles.xml')
    document = await part(docx, 'word/document.xml')
  })

  const named = [
    ['paragraph', 'Title', 'Title'],
    ['paragraph', 'Metadata', 'Metadata'],
    ['paragraph', 'Heading2', 'Heading 2'],
    ['paragraph', 'Participant', 'Participant'],
    ['paragraph', 'Speaker', 'Speaker'],
    ['paragraph', 'Turn', 'Turn'],
    ['paragraph', 'Question', 'Question'],
    ['paragraph', 'Narrative', 'Narrative'],
    ['paragraph', 'EditorialNote', 'Editorial Note'],
    ['character', 'SpeakerLabel', 'Speaker Label'],
    ['character', 'StageDirection', 'Stage Direction'],
    ['character', 'ParagraphNumber', 'Paragraph Number']
  ] as const

  test.each(named)('a %s style “%s” is defined with a readable name and used', (type, id, name) => {
    expect(styles).toContain(`<w:style w:type="${type}" w:styleId="${id}">`)
    const definition = styles.slice(styles.indexOf(`w:styleId="${id}"`))
    expect(definition).toMatch(new RegExp(`^[^]*?<w:name w:val="${name}"/>`))
    const reference = type === 'paragraph' ? 'pStyle' : 'rStyle'
    expect(document).toContain(`<w:${reference} w:val="${id}"/>`)
  })

  test('the body carries no direct formatting: fonts, sizes, colours, bold and italics come from styles', () => {
    for (const direct of ['<w:rFonts', '<w:sz ', '<w:color ', '<w:b/>', '<w:i/>', '<w:jc ', '<w:ind ', '<w:spacing ']) {
      expect(document, direct).not.toContain(direct)
    }
  })

  test('a speaker label is kept with the next paragraph and always followed by the turn’s text', () => {
    const speaker = styles.slice(styles.indexOf('w:styleId="Speaker"'))
    expect(speaker.slice(0, speaker.indexOf('</w:style>'))).toContain('<w:keepNext/>')
    const order = paragraphStyles(document)
    order.forEach((style, index) => {
      if (style === 'Speaker') expect(['Turn', 'Question']).toContain(order[index + 1])
    })
  })

  test('turn and narrative paragraphs keep widow and orphan control', () => {
    for (const id of ['Turn', 'Narrative']) {
      const style = styles.slice(styles.indexOf(`w:styleId="${id}"`))
      expect(style.slice(0, style.indexOf('</w:style>')), id).toContain('<w:widowControl/>')
    }
  })

  test('the body is under the PDF’s section headings (Heading 2), not one “Transcript” heading', () => {
    const plan = planSections(sampleTree())
    const titles = plan.blocks.flatMap((planned) => (planned.section ? [planned.section.title] : []))
    expect(titles).toEqual(['Introduction', 'Opening statements', 'Questions and answers'])
    const headings = [...document.matchAll(/<w:pStyle w:val="Heading2"\/>.*?<w:t[^>]*>([^<]+)<\/w:t>/g)].map((match) => match[1])
    expect(headings).toEqual(['Participants', ...titles])
    expect(document).not.toContain('>Transcript<')
  })

  test('a question is set in roman, as in the PDF: its style adds no italics to the Turn style', () => {
    const question = styles.slice(styles.indexOf('w:styleId="Question"'))
    const definition = question.slice(0, question.indexOf('</w:style>'))
    expect(definition).toContain('<w:basedOn w:val="Turn"/>')
    expect(definition).not.toMatch(/<w:i\/>|<w:iCs\/>/)
  })

  test('journalists’ turns use the Question style, others Turn', () => {
    const order = paragraphStyles(document).filter((style) => style === 'Turn' || style === 'Question')
    // Sample: Lavrov ¶2 ¶3, Psaki ¶4, question ¶5, Kerry ¶6, Lavrov ¶7.
    expect(order).toEqual(['Turn', 'Turn', 'Turn', 'Question', 'Turn', 'Turn'])
  })

  test('paragraph numbers ¶1…¶7 in order, with bookmarks p1…p7 and u1…u5 for links', () => {
    const marks = [...document.matchAll(/¶(\d+)/g)].map((match) => Number(match[1]))
    expect(marks).toEqual([1, 2, 3, 4, 5, 6, 7])
    const bookmarks = [...document.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((match) => match[1])
    expect(bookmarks).toEqual(['p1', 'u1', 'p2', 'p3', 'u2', 'p4', 'u3', 'p5', 'u4', 'p6', 'u5', 'p7'])
  })

  test('labels are shown as every format shows them; text with & < and Cyrillic is escaped, not lost', () => {
    expect(document).toContain('>[Sergey Lavrov]:<')
    expect(document).toContain('>Question (addressed to John Kerry):<')
    expect(document).toContain('with Сергей Лавров &amp; Co &lt; 3.')
  })

  test('without paragraph numbers, no ¶ marks', async () => {
    const template = {...loadTemplate('briefing'), paragraphNumbers: false}
    const xml = await part(await render(sampleTree(), template), 'word/document.xml')
    expect(xml).not.toContain('¶')
    expect(xml).toContain('<w:bookmarkStart w:name="p7"')
  })
})

describe('templates', () => {
  test('page size and margins: briefing is US Letter, plain is A4', async () => {
    const letter = await part(await render(sampleTree(), loadTemplate('briefing')), 'word/document.xml')
    expect(letter).toContain('<w:pgSz w:w="12240" w:h="15840"')
    expect(letter).toContain('w:left="1800"') // 90 pt
    const a4 = await part(await render(sampleTree(), loadTemplate('plain')), 'word/document.xml')
    expect(a4).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(a4).toContain('w:left="1280"') // 64 pt
  })

  test('fonts and sizes come from the template', async () => {
    const briefing = await part(await render(sampleTree(), loadTemplate('briefing')), 'word/styles.xml')
    expect(briefing).toMatch(/<w:docDefaults>.*w:ascii="PT Serif".*<w:sz w:val="22"\/>/)
    expect(briefing).toMatch(/w:styleId="SpeakerLabel">.*?w:ascii="PT Sans".*?<\/w:style>/)
    const plain = await part(await render(sampleTree(), loadTemplate('plain')), 'word/styles.xml')
    expect(plain).not.toContain('PT Sans')
  })

  test('header: title and date; footer: Page X of Y as fields', async () => {
    const docx = await render(sampleTree())
    const header = await part(docx, 'word/header1.xml')
    expect(header).toContain('Remarks With Foreign Minister Сергей Лавров &amp; &lt;Friends&gt; — July 15, 2016')
    const footer = await part(docx, 'word/footer1.xml')
    expect(footer).toMatch(/Page <\/w:t>.*PAGE.*> of <\/w:t>.*NUMPAGES/)
  })

  test('the handling marking is off by default and printed top and bottom when enabled', async () => {
    const briefing = loadTemplate('briefing')
    const off = await render(sampleTree(), briefing)
    expect(await part(off, 'word/header1.xml')).not.toContain('UNCLASSIFIED')
    const on = await render(sampleTree(), {...briefing, marking: {enabled: true, text: 'UNCLASSIFIED'}})
    expect(await part(on, 'word/header1.xml')).toContain('>UNCLASSIFIED<')
    expect(await part(on, 'word/footer1.xml')).toContain('>UNCLASSIFIED<')
  })

  test('a cover page: the first page has no running header, the transcript starts on a new page', async () => {
    const docx = await render(sampleTree(), {...loadTemplate('briefing'), cover: true})
    const document = await part(docx, 'word/document.xml')
    expect(document).toMatch(/<w:titlePg\/>|<w:titlePg w:val="true"\/>/)
    // The first section's heading starts the page after the cover.
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/><w:pageBreakBefore\/>.*?Introduction</)
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1)
    const noCover = await part(await render(sampleTree()), 'word/document.xml')
    expect(noCover).not.toContain('pageBreakBefore')
    // One section, no heading (as in the PDF): the first label starts the page.
    const single = sampleTree()
    single.children = single.children.filter((block) => block.type === 'turn').slice(0, 1)
    const unsectioned = await part(await render(single, {...loadTemplate('briefing'), cover: true}), 'word/document.xml')
    expect(unsectioned.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1)
    expect(unsectioned).toMatch(/<w:pStyle w:val="Speaker"\/><w:pageBreakBefore\/>/)
    expect(unsectioned.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(1)
  })
})

describe('document properties', () => {
  test('title, subject, participants as keywords, author, date; source URL as a custom property', async () => {
    const docx = await render(sampleTree())
    const core = await part(docx, 'docProps/core.xml')
    expect(core).toContain('<dc:title>Remarks With Foreign Minister Сергей Лавров &amp; &lt;Friends&gt;</dc:title>')
    expect(core).toContain('<dc:subject>Remarks, Osobnyak Guesthouse, Moscow, Russia, July 15, 2016</dc:subject>')
    expect(core).toContain('<cp:keywords>Sergey Lavrov; John Kerry; Psaki</cp:keywords>')
    // The PDF's Author too: the officials who speak.
    expect(core).toContain('<dc:creator>Sergey Lavrov, John Kerry</dc:creator>')
    expect(core).toContain('>2016-07-15T12:00:00Z</dcterms:created>')
    const custom = await part(docx, 'docProps/custom.xml')
    expect(custom).toMatch(/name="Source URL"><vt:lpwstr>https:\/\/example.org\/remarks\?id=1&amp;x=2</)
    expect(custom).toMatch(/name="Transcript Date"><vt:lpwstr>2016-07-15</)
  })

  test('no source URL, no Source URL property', async () => {
    const tree = sampleTree()
    delete tree.meta.source
    const custom = await part(await render(tree), 'docProps/custom.xml')
    expect(custom).not.toContain('Source URL')
  })
})

describe('reproducible', () => {
  test('the same input gives byte-identical DOCX, even after other documents were made', async () => {
    const first = await render(sampleTree())
    await render(sampleTree(), loadTemplate('plain'))
    const second = await render(sampleTree())
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })

  test('with no timestamp, no date of making: core properties without created or modified, zip entries at 1980-01-01', async () => {
    const docx = (await docxEmitter.render(sampleTree(), {template: loadTemplate('briefing'), timestamp: undefined, version: '0.0.0-test'})) as Uint8Array
    const core = await part(docx, 'docProps/core.xml')
    expect(core).not.toMatch(/dcterms:(created|modified)/)
    expect(core).toContain('<dc:title>')
    const zip = await JSZip.loadAsync(docx)
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString().slice(0, 10), entry.name).toBe('1980-01-01')
    // The event's date stays where it belongs: the custom property and the metadata line.
    expect(await part(docx, 'docProps/custom.xml')).toMatch(/name="Transcript Date"><vt:lpwstr>2016-07-15</)
  })

  test('the timestamp is the one given (SOURCE_DATE_EPOCH), in properties and zip entries', async () => {
    const epoch = new Date(1_700_000_000_000)
    const docx = await render(sampleTree(), loadTemplate('briefing'), epoch)
    expect(await part(docx, 'docProps/core.xml')).toContain('>2023-11-14T22:13:20Z</dcterms:modified>')
    const zip = await JSZip.loadAsync(docx)
    for (const entry of Object.values(zip.files)) {
      expect(entry.date.toISOString().slice(0, 16), entry.name).toBe('2023-11-14T22:13')
    }
  })

  test('fonts are embedded (PT Serif and PT Sans) as subsets, with keys derived from the fonts, not random ones', async () => {
    const docx = await render(sampleTree())
    const table = await part(docx, 'word/fontTable.xml')
    expect(table).toContain('<w:font w:name="PT Serif">')
    expect(table).toContain('<w:font w:name="PT Sans">')
    expect(table).toMatch(/<w:embedRegular r:id="rId\d+" w:fontKey="\{[0-9A-F-]{36}\}" w:subsetted="1"\/>/)
    // Word, saving the file again, keeps embedding subsets.
    expect(await part(docx, 'word/settings.xml')).toContain('<w:embedTrueTypeFonts/><w:saveSubsetFonts/>')
  })

  test('a valid package, fonts deflated: every CRC checks, [Content_Types].xml first, well under 150 kB', async () => {
    const docx = await render(sampleTree())
    const zip = await JSZip.loadAsync(docx, {checkCRC32: true})
    const names = Object.keys(zip.files)
    expect(names[0]).toBe('[Content_Types].xml')
    expect(names.filter((name) => name.endsWith('/'))).toEqual([])
    for (const name of names) await zip.files[name]!.async('uint8array') // checks the CRC
    // Five whole faces made 0.7 MB; their subsets, a few tens of kB.
    expect(docx.length).toBeLessThan(100_000)
  })

  test('each embedded font part is a subset of its font file, obfuscated with the key fontTable.xml names, holding the Western characters and what else the text uses', async () => {
    const tree = sampleTree()
    const zip = await JSZip.loadAsync(await render(tree))
    const table = await zip.file('word/fontTable.xml')!.async('string')
    const relations = await zip.file('word/_rels/fontTable.xml.rels')!.async('string')
    const files = Object.values(fonts).flatMap((family) => [family.regular, family.bold, family.italic, family.boldItalic])
    const embeds = [...table.matchAll(/<w:embed\w+ r:id="([^"]+)" w:fontKey="([^"]+)" w:subsetted="1"\/>/g)]
    expect(embeds).toHaveLength(5)
    const used = [...new Set(tree.meta.title! + 'Сергей Лавров')].filter((character) => character.trim() !== '')
    for (const [, id, key] of embeds) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(relations)![1]!
      const part = await zip.file('word/' + target.replace(/^\/?(word\/)?/, ''))!.async('uint8array')
      const subset = fontkit.create(Buffer.from(xorHead(part, key!)))
      const whole = files.map((file) => fontkit.create(fs.readFileSync(file))).find((font) => font.postscriptName === subset.postscriptName)
      expect(whole, `${target}: ${subset.postscriptName}`).toBeDefined()
      expect(subset.numGlyphs).toBeLessThan(whole!.numGlyphs / 2)
      for (const character of used) expect(subset.hasGlyphForCodePoint(character.codePointAt(0)!), `${target} ${character}`).toBe(true)
      // The same advance widths as the whole font: text sets the same.
      expect(subset.layout('Сергей Лавров').advanceWidth).toBe(whole!.layout('Сергей Лавров').advanceWidth)
      // The Western repertoire whatever the text (ß, Œ and € are not in it), so every Western document embeds the same faces…
      for (const character of 'ßŒ€') expect(subset.hasGlyphForCodePoint(character.codePointAt(0)!), character).toBe(true)
      // …and beyond it nothing the document does not use (ж is in neither the text nor the furniture).
      expect(subset.hasGlyphForCodePoint('ж'.codePointAt(0)!)).toBe(false)
    }
  })

  test('bookmark ids are 1, 2, 3… in reading order, the same after other documents were made', async () => {
    await render(sampleTree(), loadTemplate('plain'))
    const document = await part(await render(sampleTree()), 'word/document.xml')
    const starts = [...document.matchAll(/<w:bookmarkStart w:name="[^"]+" w:id="(\d+)"\/>/g)].map((match) => Number(match[1]))
    const ends = [...document.matchAll(/<w:bookmarkEnd w:id="(\d+)"\/>/g)].map((match) => Number(match[1]))
    expect(starts).toEqual(Array.from({length: 12}, (_, index) => index + 1))
    expect(ends).toEqual(starts)
  })

  test('the source URL links through a relationship named from the document, not at random', async () => {
    const docx = await render(sampleTree())
    const relations = await part(docx, 'word/_rels/document.xml.rels')
    expect(relations).toMatch(/<Relationship Id="rIdLink1" Type="[^"]+\/hyperlink" Target="https:\/\/example.org\/remarks\?id=1&amp;x=2" TargetMode="External"\/>/)
    expect(await part(docx, 'word/document.xml')).toContain('<w:hyperlink w:history="1" r:id="rIdLink1">')
  })
})

describe('fonts', () => {
  test('only the faces the styles use are embedded: briefing needs five of the eight', async () => {
    const zip = await JSZip.loadAsync(await render(sampleTree()))
    const table = await zip.file('word/fontTable.xml')!.async('string')
    const embedded = (family: string) => {
      const font = table.slice(table.indexOf(`<w:font w:name="${family}">`))
      return [...font.slice(0, font.indexOf('</w:font>')).matchAll(/<w:embed(\w+)/g)].map((match) => match[1])
    }
    expect(embedded('PT Serif')).toEqual(['Regular', 'Italic'])
    expect(embedded('PT Sans')).toEqual(['Regular', 'Bold', 'Italic'])
    expect(zip.file(/^word\/fonts\//)).toHaveLength(5)
  })

  test('a template can turn embedding off, for small files', async () => {
    const template = loadTemplate('briefing')
    const docx = await render(sampleTree(), {...template, fonts: {...template.fonts, embed: false}})
    const zip = await JSZip.loadAsync(docx)
    expect(zip.file(/^word\/fonts\//)).toHaveLength(0)
    expect(docx.length).toBeLessThan(50_000)
    // The styles still name the families, for machines that have them.
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('PT Serif')
  })
})

test('the emitter is registered as `docx` with extension docx', () => {
  expect(getEmitter('docx')).toMatchObject({name: docxEmitter.name, extension: docxEmitter.extension})
  expect(docxEmitter.extension).toBe('docx')
})

describe.skipIf(!hasTools('soffice', 'pdftotext', 'pdffonts', 'pdfinfo'))('LibreOffice reads it', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-docx-'))
  const template = loadTemplate('briefing')
  const documents = new Map<string, Transcript>()

  beforeAll(async () => {
    documents.set('sample', sampleTree())
    for (const file of corpusFiles) documents.set(path.basename(file, '.txt'), parseCorpus(file).tree)
    const files: string[] = []
    for (const [name, tree] of documents) {
      const file = path.join(folder, name + '.docx')
      fs.writeFileSync(file, await render(tree, template))
      files.push(file)
    }
    // The sample again, on plain A4 with a cover page and the handling marking.
    const covered = path.join(folder, 'cover.docx')
    const plain = loadTemplate('plain')
    fs.writeFileSync(covered, await render(sampleTree(), {...plain, cover: true, marking: {enabled: true, text: 'Unclassified'}}))
    files.push(covered)
    // One LibreOffice run for every file, with a private profile.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...files],
      {stdio: 'pipe', timeout: 180_000}
    )
  })

  afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

  /** The PDF’s text without the running header and footer, whitespace normalised. */
  function pdfText(name: string, tree: Transcript): string {
    // `-raw`: without it pdftotext drops a hyphen that ends a line (`anti-` / `Assad` gives `antiAssad`).
    const text = execFileSync('pdftotext', ['-raw', path.join(folder, name + '.pdf'), '-'], {encoding: 'utf8'})
    const values = {title: tree.meta.title ?? '', date: humanDate(tree.meta.date), marking: template.marking.text}
    const furniture = [template.header.text, template.footer.text]
      .filter((line) => line.trim() !== '')
      .map((line) =>
        normalise(fillPlaceholders(line.replace(/\{pages?\}/g, '\u0000'), values))
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\u0000/g, '\\d+')
      )
    // A line broken after a hyphen (`anti-` / `Assad`) is one word again: LibreOffice does not
    // hyphenate these styles, so every hyphen at a line end is one the text has.
    let body = normalise(text.replace(/(\S-)\n(?=\S)/g, '$1'))
    for (const pattern of furniture) body = body.replace(new RegExp(pattern, 'g'), ' ')
    return normalise(body)
  }

  test('every document converts to PDF', () => {
    for (const name of documents.keys()) {
      expect(fs.existsSync(path.join(folder, name + '.pdf')), name).toBe(true)
    }
  })

  test('the text read back contains every spoken sentence', () => {
    for (const [name, tree] of documents) {
      const text = pdfText(name, tree)
      const missing = spokenSentences(tree)
        .map(normalise)
        .filter((sentence) => !text.includes(sentence))
      expect(missing, name).toEqual([])
    }
  })

  test('the footer numbers pages: Page 1 of N', () => {
    const text = execFileSync('pdftotext', [path.join(folder, 'sample.pdf'), '-'], {encoding: 'utf8'})
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(folder, 'sample.pdf')], {encoding: 'utf8'}))![1]
    expect(text).toContain(`Page 1 of ${pages}`)
  })

  test('a cover page: title and marking on page 1 without page number; the transcript on page 2', () => {
    const page = (n: number) =>
      execFileSync('pdftotext', ['-raw', '-f', String(n), '-l', String(n), path.join(folder, 'cover.pdf'), '-'], {
        encoding: 'utf8'
      })
    const info = execFileSync('pdfinfo', [path.join(folder, 'cover.pdf')], {encoding: 'utf8'})
    expect(info).toMatch(/Pages:\s+2\n/)
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
    const cover = page(1)
    expect(cover).toContain('UNCLASSIFIED')
    expect(cover).toContain('Participants')
    expect(cover).not.toMatch(/1 \/ 2/)
    expect(cover).not.toContain('We receive our news in real time.')
    const body = page(2)
    expect(body).toMatch(/^UNCLASSIFIED/)
    expect(body).toContain('2 / 2')
    // The body starts on the page after the cover with its first section's heading, as the PDF's does.
    expect(body).toMatch(/^UNCLASSIFIED\s+Introduction/)
    expect(body).toContain('We receive our news in real time.')
  })

  test('Cyrillic renders in the embedded PT fonts, with no substitute font', () => {
    const fonts = execFileSync('pdffonts', [path.join(folder, 'sample.pdf')], {encoding: 'utf8'})
    const names = [...fonts.matchAll(/^\w{6}\+(\S+)/gm)].map((match) => match[1]!)
    expect(names.length).toBeGreaterThan(0)
    for (const font of names) expect(font).toMatch(/^PT(Serif|Sans)-/)
    expect(pdfText('sample', sampleTree())).toContain('Сергей Лавров')
  })
})

describe.skipIf(!hasTools('pandoc'))('pandoc reads it', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-docx-pandoc-'))
  const documents = new Map<string, Transcript>()

  beforeAll(async () => {
    documents.set('sample', sampleTree())
    for (const file of corpusFiles) documents.set(path.basename(file, '.txt'), parseCorpus(file).tree)
    for (const [name, tree] of documents) fs.writeFileSync(path.join(folder, name + '.docx'), await render(tree))
  })

  afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

  test('with the styles named as a user sees them in Word', () => {
    const json = execFileSync('pandoc', ['-f', 'docx+styles', '-t', 'json', path.join(folder, 'sample.docx')], {
      encoding: 'utf8'
    })
    const used = new Set([...json.matchAll(/\["custom-style","([^"]+)"\]/g)].map((match) => match[1]))
    for (const name of ['Metadata', 'Speaker', 'Turn', 'Question', 'Speaker Label', 'Stage Direction', 'Paragraph Number']) {
      expect(used, name).toContain(name)
    }
    // Word's own Title: pandoc takes it for the document's title, not for a custom style.
    expect(json).toMatch(/"title":\{"t":"MetaInlines"/)
  })

  test('the text pandoc reads holds every spoken sentence of every document', () => {
    for (const [name, tree] of documents) {
      const plain = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', path.join(folder, name + '.docx')], {
        encoding: 'utf8'
      })
      const text = normalise(plain)
      const missing = spokenSentences(tree)
        .map(normalise)
        .filter((sentence) => !text.includes(sentence))
      expect(missing, name).toEqual([])
    }
  })
})
