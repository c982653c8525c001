/**
 * PDF/UA-1 structure (ISO 14289-1) of every sample PDF and of a packet of
 * them, read back with qpdf's JSON and poppler (`helpers/pdf-structure.ts`):
 * links inside `Link` elements with their `/Contents`, notes with IDs,
 * `pdfuaid:part` in the XMP, list items with a body, contents entries that
 * read title then page. And the check itself fails on a PDF that lacks them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {titleOf} from '../src/emit/conventions.js'
import {pdfEmitter} from '../src/emit/pdf/index.js'
import {renderPdf} from '../src/emit/pdf/render.js'
import type {Transcript} from '../src/model.js'
import {makePacket, type PacketReport} from '../src/packet/index.js'
import {loadTemplate} from '../src/template/load.js'
import {runCli} from './helpers/cli.js'
import {corpusFiles, parseCorpus} from './helpers/corpus.js'
import {checkStructure, tocEntries, type StructureCheck} from './helpers/pdf-structure.js'
import {hasTools} from './helpers/tools.js'

const tools = hasTools('qpdf', 'pdfinfo')
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-pdfua-'))

async function writePdf(name: string, tree: Transcript, streamed = false): Promise<string> {
  const context = {template: loadTemplate('briefing'), timestamp: new Date('2016-07-15T12:00:00Z'), version: '0.0.0-test'}
  // `holdPagesUpTo: 0` takes the long-transcript path: measured, then streamed page by page.
  const rendered = streamed ? renderPdf(tree, context, {holdPagesUpTo: 0}) : await pdfEmitter.render(tree, context)
  if (typeof rendered === 'string' || rendered instanceof Uint8Array) throw new Error('expected a stream of chunks')
  const chunks: Uint8Array[] = []
  for await (const chunk of rendered) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  const file = path.join(outDir, `${name}${streamed ? '-streamed' : ''}.pdf`)
  fs.writeFileSync(file, Buffer.concat(chunks))
  return file
}

const notesOf = (tree: Transcript) => tree.children.filter((block) => block.type === 'note').length

describe.skipIf(!tools)('PDF/UA-1 structure of every sample PDF', () => {
  const samples = corpusFiles.map((file) => ({name: path.basename(file, '.txt'), tree: parseCorpus(file).tree}))

  it.each(samples.flatMap((sample) => [{...sample, streamed: false}, {...sample, streamed: true}]))(
    '$name (streamed: $streamed): notes with IDs, participants with a body, PDF/UA in the XMP',
    async ({name, tree, streamed}) => {
      const check = checkStructure(await writePdf(name, tree, streamed))
      expect(check.problems).toEqual([])
      expect(check.notes).toBe(notesOf(tree))
      expect(check.listItems).toBe(tree.participants.length)
    }
  )

  it('checked notes at all: the samples hold some', () => {
    expect(samples.reduce((sum, {tree}) => sum + notesOf(tree), 0)).toBeGreaterThan(0)
  })
})

describe.skipIf(!tools)('PDF/UA-1 structure of a packet of the five samples', () => {
  const pdf = path.join(outDir, 'packet.pdf')
  let report: PacketReport
  let check: StructureCheck

  beforeAll(async () => {
    report = await makePacket(corpusFiles, {output: pdf, title: 'Week of talks'})
    check = checkStructure(pdf)
  })

  it('has every link annotation inside a Link element, with /Contents; notes with IDs; PDF/UA in the XMP', () => {
    expect(check.problems).toEqual([])
    // One link per contents entry, at least one per person in the index of speakers.
    expect(check.links).toBeGreaterThanOrEqual(report.chapters.length + report.speakers!.length)
    const trees = corpusFiles.map((file) => parseCorpus(file).tree)
    expect(check.notes).toBe(trees.reduce((sum, tree) => sum + notesOf(tree), 0))
  })

  it('reads each contents entry as its number, its title, then its page', () => {
    const entries = tocEntries(pdf)
    expect(entries).toHaveLength(report.chapters.length)
    report.chapters.forEach((chapter, i) => {
      const entry = entries[i]!
      expect(entry.label).toBe(`${chapter.n}.`)
      const tree = parseCorpus(chapter.input).tree
      expect(entry.text.startsWith(titleOf(tree.meta))).toBe(true)
      expect(entry.text).toMatch(new RegExp(`\\D${chapter.page}$`))
    })
  })
})

describe.skipIf(!tools)('the structure check', () => {
  it('rejects what pdfkit’s public path leaves out: links outside the structure, notes without ID', () => {
    const pdf = path.join(outDir, 'public-path.pdf')
    const result = runCli(['packet', ...corpusFiles, '-o', pdf], {env: {...process.env, VERBATIM_PUBLIC_API_ONLY: 'pdfkit'}})
    expect(result.status, result.stderr).toBe(0)
    const problems = checkStructure(pdf).problems.join('\n')
    expect(problems).toMatch(/link annotation \d+ 0 R is in no Link element/)
    expect(problems).toMatch(/link annotation \d+ 0 R has no \/StructParent/)
    expect(problems).toMatch(/Note \d+ 0 R has no \/ID/)
    // What does not depend on the internals is still there.
    expect(problems).not.toMatch(/pdfuaid|LBody|TOCI|\/Contents/)
  })
})
