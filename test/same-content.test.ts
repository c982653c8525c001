/**
 * The same content in every format (issue 15), read back with the tools
 * their users have: who asks a question is in the Markdown, the DOCX, the PDF
 * and the TEI; pandoc takes the title of the Markdown and of the DOCX for the
 * document's title, once; the DOCX has the PDF's section headings.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from './helpers/cli.js'
import {hasTool, hasTools} from './helpers/tools.js'

const name = 'state-2013-05-07-kerry-lavrov-remarks-qa'
const title = 'Remarks With Russian Foreign Minister Sergey Lavrov'
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-same-'))
const file = (extension: string) => path.join(folder, `${name}.${extension}`)

beforeAll(() => {
  const result = runCli(['convert', `corpus/${name}.txt`, '-t', 'md,docx,pdf,tei', '-o', folder, '--force'])
  expect(result.status, result.stderr).toBe(0)
})

afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

/** Whitespace folded: formats wrap lines where they like. */
const folded = (text: string) => text.replace(/\s+/g, ' ')

describe('who asks is in all four formats', () => {
  it('Markdown: after the journalist’s label', () => {
    expect(fs.readFileSync(file('md'), 'utf8')).toContain('¶12 **QUESTION:** *\\[Arshad Mohammed, Reuters]* Foreign Minister Lavrov')
  })

  it('TEI: a questioner note with the name and the outlet', () => {
    expect(fs.readFileSync(file('tei.xml'), 'utf8')).toMatch(/<note type="questioner"[^>]*>[^]*?Arshad Mohammed[^]*?Reuters[^]*?<\/note>/)
  })

  it('DOCX: beside the label', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(file('docx')))
    const document = await zip.file('word/document.xml')!.async('string')
    expect(document).toContain('Arshad Mohammed, Reuters')
  })

  it.skipIf(!hasTool('pdftotext'))('PDF: beside the label, as pdftotext reads it', () => {
    expect(folded(execFileSync('pdftotext', [file('pdf'), '-'], {encoding: 'utf8'}))).toContain('Arshad Mohammed, Reuters')
  })
})

describe.skipIf(!hasTool('pandoc'))('pandoc takes the title for the title, once', () => {
  it('Markdown: pandoc -s makes one heading of the title, the front matter’s', () => {
    const html = execFileSync('pandoc', ['-s', file('md'), '-t', 'html'], {encoding: 'utf8'})
    expect(folded(html)).toContain(`<title>${title}</title>`)
    expect(html.match(/<h1\b/g)).toHaveLength(1)
    expect(folded(html)).toMatch(new RegExp(`<h1 class="title">${title}</h1>`))
  })

  it('DOCX: pandoc reads its title as the title, and the PDF’s section headings as headings', () => {
    const markdown = execFileSync('pandoc', ['-s', file('docx'), '-t', 'markdown'], {encoding: 'utf8'})
    expect(markdown).toMatch(new RegExp(`^---\\ntitle: ${title}\\n`))
    expect(markdown).toMatch(/^## Opening statements$/m)
    expect(markdown).toMatch(/^## Questions and answers$/m)
    expect(markdown).not.toMatch(/^## Transcript$/m)
  })
})

describe.skipIf(!hasTools('pdftotext'))('the PDF and the DOCX have the same sections', () => {
  it('the PDF prints the headings the DOCX has', () => {
    const text = execFileSync('pdftotext', [file('pdf'), '-'], {encoding: 'utf8'})
    expect(text).toMatch(/^Opening statements$/m)
    expect(text).toMatch(/^Questions and answers$/m)
  })
})
