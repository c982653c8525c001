/**
 * Read each format back to plain text, the way a reader of the file gets
 * it: Markdown through Verbatim’s own reader (so a file that does not read
 * back fails), DOCX and TEI as the text of their XML, PDF through
 * `pdftotext`, JSON as the tree it holds.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import type {Transcript} from '../model.js'
import {paragraphText} from '../model.js'
import {fromMarkdown} from '../read/markdown/index.js'
import {pageSize} from '../template/page.js'
import type {Template} from '../template/schema.js'
import {xmlText} from './xml-text.js'

/** A tool a format needs for reading back is not installed: the format is skipped, not failed. */
export class MissingToolError extends Error {
  override name = 'MissingToolError'
}

export type ReadBack = (bytes: Uint8Array, template: Template) => Promise<string>

const decoder = new TextDecoder()

/** The body’s paragraphs of a tree, one per line. */
function treeText(tree: Transcript): string {
  return tree.children
    .flatMap((block) => (block.type === 'note' ? [block.value] : block.children.map(paragraphText)))
    .join('\n')
}

const wordBlocks = new Set(['p'])
const wordSpaces = new Set(['tab', 'br', 'cr'])
const teiBlocks = new Set(['p', 'seg', 'u', 'ab', 'head', 'note', 'div', 'item', 'label'])

export const readers: Record<string, ReadBack> = {
  async md(bytes) {
    return treeText(fromMarkdown(decoder.decode(bytes)))
  },
  async json(bytes) {
    return treeText(JSON.parse(decoder.decode(bytes)) as Transcript)
  },
  async tei(bytes) {
    return xmlText(decoder.decode(bytes), {blocks: teiBlocks, within: 'text'})
  },
  async docx(bytes) {
    const zip = await JSZip.loadAsync(bytes)
    const document = zip.file('word/document.xml')
    if (!document) throw new Error('the DOCX has no word/document.xml')
    return xmlText(await document.async('string'), {blocks: wordBlocks, spaces: wordSpaces, within: 'body'})
  },
  async pdf(bytes, template) {
    return pdfText(bytes, template)
  }
}

/**
 * The text of the body area of every page (inside the margins), so the
 * running header and footer and the paragraph numbers in the margin do not
 * interleave with a sentence that crosses a page. `-raw` keeps a hyphen that
 * ends a line, which the text has (the PDF emitter does not hyphenate).
 */
/** A character of Japanese or Chinese text: ideographs, kana, and their punctuation. */
const cjk = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]`

function pdfText(bytes: Uint8Array, template: Template): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-verify-'))
  try {
    const file = path.join(folder, 'output.pdf')
    fs.writeFileSync(file, bytes)
    const {width, height} = pageSize(template)
    const {top, right, bottom, left} = template.page.margins
    const crop = [left, top, width - left - right, height - top - bottom].map((n) => String(Math.floor(n)))
    let text: string
    try {
      text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-x', crop[0], '-y', crop[1], '-W', crop[2], '-H', crop[3], file, '-'], {
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe']
      })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new MissingToolError('pdftotext (from poppler-utils) is not installed')
      }
      throw error
    }
    // A word broken after its own hyphen at a line end is one word again (`anti-` / `Assad`),
    // and so is Japanese or Chinese, which breaks between any two characters and has no spaces.
    // poppler prints right-to-left text (the ActualText of the emitter's Arabic runs) in visual
    // order, between RLE and PDF marks: reversed, it is the text as written.
    return text
      .replace(/(\S-)\r?\n(?=\S)/g, '$1')
      .replace(new RegExp(`(?<=${cjk})\\r?\\n(?=${cjk})`, 'gu'), '')
      .replace(/\u202B([^\u202C]*)\u202C/gu, (_, visual: string) => [...visual].reverse().join(''))
  } finally {
    fs.rmSync(folder, {recursive: true, force: true})
  }
}
