/**
 * The readers of saved web pages and Word files (issue 16): small inputs in,
 * speakers, turns, text and what was set aside out; detection by content;
 * a page's declared encoding; bad input told in words; the same transcript
 * as a page, a Word file and plain text read the same; `verify` accounts for
 * every visible word. The command line's part is at the end.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {readTranscript} from '../src/convert/read.js'
import {paragraphText, turns, type Transcript} from '../src/model.js'
import {fromHtml} from '../src/read/html/index.js'
import {lostSourceWords} from '../src/verify/source.js'
import {runCli} from './helpers/cli.js'

const temporary = () => fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-formats-'))
const formats = path.join('test', 'fixtures', 'formats')
const real = path.join('test', 'fixtures', 'real')

function write(folder: string, name: string, content: string | Uint8Array): string {
  const file = path.join(folder, name)
  fs.writeFileSync(file, content)
  return file
}

const speakersOf = (tree: Transcript) => turns(tree).map((turn) => tree.participants.find((p) => p.id === turn.speaker)?.name ?? turn.speaker)
const textsOf = (tree: Transcript) => turns(tree).map((turn) => turn.children.map(paragraphText).join(' | '))

const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Remarks With Foreign Minister Lavrov | U.S. Department of State</title>
<script>var menu = "<p>QUESTION: not a turn</p>"</script><style>p { color: red }</style></head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/countries">Countries and Areas</a></li></ul></nav>
<div class="content">
<h1>Remarks With Foreign Minister Lavrov</h1>
<p>John Kerry<br>Secretary of State<br>Rome, Italy<br>December 14, 2014</p>
<div class="entry-content">
<p><strong>SECRETARY KERRY:</strong> Good evening, everybody. We have a number of critical issues to talk about today, and I am grateful to the minister for coming.</p>
<p><strong>Rishabh:</strong> Mr. Secretary, what about the sanctions, and what about the talks on the Middle East that you held this week in Rome?</p>
<p><strong>SECRETARY KERRY:</strong> We discussed them at length. I think we made progress, and I hope we will make more next week in London.</p>
<p><strong>QUESTION:</strong> And the minister, sir, did he agree with you on the timing of the next round, or was that left for later?</p>
<p><strong>SECRETARY KERRY:</strong> Thank you all. We are just going to go to work now. (Laughter.)</p>
</div></div>
<div class="share-tools"><a href="#">Share</a> <a href="#">Print</a></div>
<footer><p>Privacy Policy</p><p>The Office of Website Management manages this site.</p></footer>
</body></html>
`

describe('the HTML reader', () => {
  const file = new VFile({path: 'page.html', value: page})
  const tree = fromHtml(file)

  it('reads the article with the text rules: title, date, place, speakers, turns', () => {
    expect(tree.meta.title).toBe('Remarks With Foreign Minister Lavrov')
    expect(tree.meta.date).toBe('2014-12-14')
    expect(tree.meta.place?.city).toBe('Rome')
    expect(speakersOf(tree)).toEqual(['John Kerry', 'Rishabh', 'John Kerry', 'Journalists', 'John Kerry'])
    expect(textsOf(tree)[0]).toMatch(/^Good evening, everybody\./)
    expect(turns(tree).at(-1)!.children[0].children.some((node) => node.type === 'incident' && node.kind === 'laughter')).toBe(true)
  })

  it('takes a name in bold before a colon for a label, though it opens one paragraph only', () => {
    expect(turns(tree)[1].label).toBe('Rishabh')
  })

  it('sets aside what the extractor left out, with the reason the markup gives, and never reads a script', () => {
    const reasons = (text: string) => tree.removed.filter((item) => item.value.includes(text)).map((item) => item.reason)
    expect(reasons('Countries and Areas')).toEqual(['navigation'])
    expect(reasons('Share')).toEqual(['navigation'])
    expect(reasons('Privacy Policy')).toEqual(['page-furniture'])
    expect(reasons('U.S. Department of State')).toEqual(['metadata'])
    expect(JSON.stringify(tree)).not.toContain('not a turn')
  })

  it('places nodes and messages on the lines of the HTML', () => {
    const lines = page.split('\n')
    const first = turns(tree)[0]
    expect(lines[first.position!.start.line - 1]).toContain('Good evening, everybody')
    const footer = tree.removed.find((item) => item.value.includes('Privacy Policy'))!
    expect(lines[footer.position!.start.line - 1]).toContain('<footer>')
    for (const message of file.messages) expect(message.line).toBeGreaterThan(0)
  })

  it('accounts for every visible word', () => {
    expect(lostSourceWords(page, tree, 'html')).toEqual([])
  })

  it('keeps speech the extractor misjudged: a labelled block outside the article', () => {
    const split = page.replace('</div></div>', '</div></div><aside class="related"><p><strong>SECRETARY KERRY:</strong> One more thing.</p></aside>')
    const again = fromHtml(new VFile({path: 'page.html', value: split}))
    expect(textsOf(again).at(-1)).toBe('One more thing.')
  })
})

describe('reading a page or a Word file by its content', () => {
  it('reads a page named .txt as a page, and one with comments before its doctype', () => {
    const folder = temporary()
    expect(readTranscript(write(folder, 'page.txt', page)).kind).toBe('html')
    expect(readTranscript(write(folder, 'saved.htm', `\uFEFF<!-- saved from url=(0014)about:internet -->\n${page}`)).kind).toBe('html')
  })

  it('reads the encoding a page declares, and a byte order mark over it', () => {
    const folder = temporary()
    const russian = '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Брифинг</title></head><body><h1>Брифинг официального представителя МИД России</h1><p>Вопрос: Как вы оцениваете итоги переговоров в Женеве на этой неделе?</p><p>М.В.Захарова: Мы оцениваем их положительно, хотя работы ещё много.</p><p>Вопрос: Когда состоится следующий раунд переговоров?</p><p>М.В.Захарова: Об этом будет объявлено дополнительно.</p></body></html>'
    const bytes = new TextDecoder('windows-1251').decode(new Uint8Array([0xc0])) === 'А' ? encode1251(russian) : undefined
    const read = readTranscript(write(folder, 'mid.html', bytes!))
    expect(read.kind).toBe('html')
    expect(read.tree.meta.title).toBe('Брифинг официального представителя МИД России')
    expect(speakersOf(read.tree)).toHaveLength(4)
    expect(read.file.messages.find((message) => message.ruleId === 'encoding')?.reason).toMatch(/windows-1251/)
    // A UTF-8 byte order mark wins over a declaration that says otherwise.
    const marked = readTranscript(write(folder, 'marked.html', '\uFEFF' + russian))
    expect(marked.tree.meta.title).toBe('Брифинг официального представителя МИД России')
  })

  it('refuses a page with no text, naming the file', () => {
    const folder = temporary()
    const empty = write(folder, 'empty.html', '<!DOCTYPE html><html><head><title>Nothing</title><script>var x = 1</script></head><body><img src="a.png"></body></html>')
    expect(() => readTranscript(empty)).toThrow(/the page has no text in its body/)
  })

  it('reads a Word file whatever its name, and refuses other zips as archives', async () => {
    const folder = temporary()
    const docx = await wordFile()
    expect(readTranscript(write(folder, 'talk.bin', docx)).kind).toBe('docx')
    const zip = new JSZip()
    zip.file('notes.txt', 'hello')
    const archive = write(folder, 'archive.zip', await zip.generateAsync({type: 'uint8array'}))
    expect(() => readTranscript(archive)).toThrow(/this is a zip archive/)
  })

  it('tells a Word file cut short, and one without its document, apart from text', async () => {
    const folder = temporary()
    const docx = await wordFile()
    expect(() => readTranscript(write(folder, 'cut.docx', docx.subarray(0, Math.floor(docx.length / 2))))).toThrow(/Word file cannot be opened: the archive is cut short/)
    const zip = await JSZip.loadAsync(docx)
    zip.remove('word/document.xml')
    const hollow = write(folder, 'hollow.docx', await zip.generateAsync({type: 'uint8array'}))
    expect(() => readTranscript(hollow)).toThrow(/not a Word document: it has no word\/document\.xml/)
    const broken = await JSZip.loadAsync(docx)
    broken.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>')
    const brokenFile = write(folder, 'broken.docx', await broken.generateAsync({type: 'uint8array'}))
    expect(() => readTranscript(brokenFile)).toThrow(/word\/document\.xml is not well-formed XML at line 1, column \d+: /)
  })
})

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`
const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`

/** A Word file as a press office writes one, in raw WordprocessingML: title style, bold labels, a table, a text box, a deletion, notes, a header and a footer. */
async function wordFile(): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
  zip.file(
    'word/styles.xml',
    `<w:styles ${w}><w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="character" w:styleId="Speaker"><w:name w:val="Speaker"/><w:rPr><w:b/></w:rPr></w:style></w:styles>`
  )
  const body = [
    `<w:p><w:pPr><w:pStyle w:val="Titel"/></w:pPr>${run('Press Availability With Foreign Minister Lavrov')}</w:p>`,
    paragraph(run('Geneva, Switzerland')),
    paragraph(run('March 6, 2009')),
    paragraph(run('SEC', true), run('RETARY CLINTON:', true), run(' Thank you all very much. It is a pleasure to be here with the minister this evening.')),
    paragraph('<w:r><w:rPr><w:rStyle w:val="Speaker"/></w:rPr><w:t>Vitaly:</w:t></w:r>', run(' Madam Secretary, what did the two of you agree on tonight?')),
    paragraph(run('SECRETARY CLINTON:', true), run(' We agreed to work together on a new treaty'), '<w:del><w:r><w:delText> NEVER SAID</w:delText></w:r></w:del>', run(', and to meet again soon.')),
    paragraph(
      run('FOREIGN MINISTER LAVROV:', true),
      run(' We did.'),
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${paragraph(run('Photo: the two ministers'))}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${paragraph(run('Photo: the two ministers'))}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
    ),
    `<w:tbl><w:tr><w:tc>${paragraph(run('QUESTION:', true))}</w:tc><w:tc>${paragraph(run('And the timing of the next round?'))}</w:tc></w:tr></w:tbl>`,
    paragraph(run('SECRETARY CLINTON:', true), run(' Soon.'), '<w:r><w:footnoteReference w:id="1"/></w:r>')
  ]
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${w}><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`)
  zip.file('word/header1.xml', `<w:hdr ${w}>${paragraph(run('U.S. DEPARTMENT OF STATE', true))}${paragraph(run('Office of the Spokesperson'))}</w:hdr>`)
  zip.file('word/footer1.xml', `<w:ftr ${w}>${paragraph(run('Page '), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>', run('1'))}</w:ftr>`)
  zip.file(
    'word/footnotes.xml',
    `<w:footnotes ${w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">${paragraph(run('Unofficial transcript.'))}</w:footnote></w:footnotes>`
  )
  return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'})
}

function encode1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251')
  const table = new Map<string, number>()
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte)
  return Uint8Array.from([...text].map((char) => table.get(char) ?? 0x3f))
}

describe('the DOCX reader', () => {
  it('reads the document with the text rules: title, speakers, turns, a row as a paragraph', async () => {
    const folder = temporary()
    const input = write(folder, 'talk.docx', await wordFile())
    const {tree, kind} = readTranscript(input)
    expect(kind).toBe('docx')
    expect(tree.meta.title).toBe('Press Availability With Foreign Minister Lavrov')
    expect(tree.meta.date).toBe('2009-03-06')
    expect(turns(tree).map((turn) => turn.label)).toEqual(['SECRETARY CLINTON', 'Vitaly', 'SECRETARY CLINTON', 'FOREIGN MINISTER LAVROV', 'QUESTION', 'SECRETARY CLINTON'])
    expect(textsOf(tree)[2]).toBe('We agreed to work together on a new treaty, and to meet again soon.')
    expect(textsOf(tree)[4]).toBe('And the timing of the next round?')
  })

  it('sets aside the running header, the footer and the notes; reads a text box once, deleted text never', async () => {
    const folder = temporary()
    const {tree} = readTranscript(write(folder, 'talk.docx', await wordFile()))
    const setAside = tree.removed.map((item) => `${item.reason}: ${item.value}`)
    expect(setAside).toEqual(expect.arrayContaining(['page-furniture: U.S. DEPARTMENT OF STATE', 'page-furniture: Office of the Spokesperson', 'page-furniture: Page 1', 'page-furniture: Unofficial transcript.']))
    const all = JSON.stringify(tree)
    expect(all.split('Photo: the two ministers').length).toBe(2)
    expect(all).not.toContain('NEVER SAID')
  })

  it('places messages on paragraphs and accounts for every word', async () => {
    const folder = temporary()
    const bytes = await wordFile()
    const {tree, file} = readTranscript(write(folder, 'talk.docx', bytes))
    expect(turns(tree)[0].position?.start).toEqual({line: 4, column: 1})
    for (const message of file.messages) expect(message.line).toBeGreaterThan(0)
    expect(lostSourceWords(bytes, tree, 'docx')).toEqual([])
  })
})

describe('the same transcript as a page, a Word file and plain text', () => {
  const fixtures = (kind: string, extension: string) =>
    fs
      .readdirSync(path.join(formats, kind))
      .filter((name) => name.endsWith(extension))
      .map((name) => name.slice(0, -extension.length))

  it.each(fixtures('html', '.html'))('html %s: the speakers and turns of its text; every word accounted for', (name) => {
    const page = readTranscript(path.join(formats, 'html', `${name}.html`))
    const text = readTranscript(path.join(real, `${name}.txt`))
    expect(speakersOf(page.tree)).toEqual(speakersOf(text.tree))
    expect(page.tree.participants.map((p) => p.name)).toEqual(text.tree.participants.map((p) => p.name))
    expect(lostSourceWords(String(page.file.value), page.tree, 'html')).toEqual([])
  })

  it.each(fixtures('docx', '.docx'))('docx %s: the speakers and turns of its text; every word accounted for', (name) => {
    const document = readTranscript(path.join(formats, 'docx', `${name}.docx`))
    const text = readTranscript(path.join(real, `${name}.txt`))
    expect(speakersOf(document.tree)).toEqual(speakersOf(text.tree))
    expect(lostSourceWords(document.bytes, document.tree, 'docx')).toEqual([])
  })
})

describe('verbatim convert and verify with pages and Word files', () => {
  it('finds .html, .htm and .docx in a folder, names the outputs after them, and goes on past a broken one', async () => {
    const folder = temporary()
    const out = temporary()
    write(folder, 'page.html', page)
    write(folder, 'old.htm', page.replace('Rome, Italy', 'London, United Kingdom'))
    const docx = await wordFile()
    write(folder, 'talk.docx', docx)
    write(folder, 'cut.docx', docx.subarray(0, 200))
    const result = runCli(['convert', folder, '-t', 'md', '-o', out])
    expect(result.status).toBe(1)
    expect(fs.readdirSync(out).filter((name) => name.endsWith('.md')).sort()).toEqual(['old.md', 'page.md', 'talk.md'])
    expect(result.stderr).toMatch(/cut\.docx: .*Word file cannot be opened: the archive is cut short/)
    expect(fs.readdirSync(out).some((name) => name.startsWith('cut'))).toBe(false)
    expect(fs.readFileSync(path.join(out, 'page.md'), 'utf8')).toContain('Good evening, everybody.')
  })

  it('refuses to write a Word file over the Word file it reads', async () => {
    const folder = temporary()
    const input = write(folder, 'talk.docx', await wordFile())
    const before = fs.readFileSync(input)
    const result = runCli(['convert', input, '-t', 'docx', '-o', folder])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain(`its output would overwrite the input ${input}; choose another output folder (-o)`)
    expect(fs.readFileSync(input).equals(before)).toBe(true)
  })

  it('verify passes on a page and a Word file', () => {
    const html = fs.readdirSync(path.join(formats, 'html')).find((name) => name.endsWith('.html'))!
    const docx = fs.readdirSync(path.join(formats, 'docx')).find((name) => name.endsWith('.docx'))!
    const result = runCli(['verify', '-t', 'md', path.join(formats, 'html', html), path.join(formats, 'docx', docx)])
    expect(result.stdout).toMatch(/\.html: ok/)
    expect(result.stdout).toMatch(/\.docx: ok/)
    expect(result.status).toBe(0)
  })
})
