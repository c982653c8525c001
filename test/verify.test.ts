/**
 * `verbatim verify`: every corpus file keeps every spoken sentence in every
 * format, and a lost or changed sentence is reported with its place (exit 1).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {lostSentences, spokenSentences} from '../src/verify/index.js'
import {parse} from '../src/parse/index.js'
import {runCli} from './helpers/cli.js'
import {corpusFiles} from './helpers/corpus.js'
import {hasTool} from './helpers/tools.js'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-verify-test-'))
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

describe('verbatim verify on the corpus', () => {
  const pdf = hasTool('pdftotext')
  it.each(corpusFiles.map((file) => [path.basename(file), file]))('%s: every format keeps every spoken sentence', (_, file) => {
    const result = runCli(['verify', file, '-t', 'md,docx,pdf,tei,json'])
    expect(result.stderr).not.toMatch(/lost-sentence|error:/)
    expect(result.status).toBe(0)
    const summary = /: ok \(sentences kept: (.*)\)$/m.exec(result.stdout)
    expect(summary, result.stdout).not.toBeNull()
    for (const format of ['md', 'docx', 'tei', 'json', ...(pdf ? ['pdf'] : [])]) {
      const counts = new RegExp(`\\b${format} (\\d+)/(\\d+)`).exec(summary![1])
      expect(counts, format).not.toBeNull()
      expect(Number(counts![1])).toBe(Number(counts![2]))
      expect(Number(counts![2])).toBeGreaterThan(20)
    }
  }, 120_000)
})

describe('verify reports what an output lost or changed', () => {
  const tree = parse('Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: We talked about Syria (inaudible) and Ukraine. Thank you all very much.\n\nQUESTION: Was it useful?\n')

  it('sentences are the runs between stage directions', () => {
    expect(spokenSentences(tree).map((s) => s.text)).toEqual(['We talked about Syria', 'and Ukraine.', 'Thank you all very much.', 'Was it useful?'])
  })

  it('a missing sentence and a changed one, with the paragraph and where it stood', () => {
    const text = 'We talked about Syria (inaudible) and Ukraine.\nThank you all very much indeed.'
    const lost = lostSentences(spokenSentences(tree), text)
    expect(lost.map((s) => [s.text, s.paragraph, s.position?.start.line, s.found])).toEqual([
      ['Thank you all very much.', 1, 5, 'Thank you all very much indeed.'],
      ['Was it useful?', 2, 7, undefined]
    ])
  })

  it('line breaks and page furniture between words do not count as a change, a different word does', () => {
    expect(lostSentences(spokenSentences(tree), 'We talked\nabout Syria\n and\n\nUkraine. Thank you all very much. Was it\nuseful?')).toEqual([])
    expect(lostSentences(spokenSentences(tree), 'We talked about Syria and Ukraine. Thank you all very much. Was it usefull?')).toHaveLength(1)
  })

  it('the command exits 1 and names the file, line, format and sentence', () => {
    const input = path.join(folder, 'talk.txt')
    fs.writeFileSync(input, 'Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: We talked about Syria.\n\nThank you all very much.\n')
    // A Markdown emitter that drops a word: what verify exists to catch.
    const plugin = path.join(folder, 'lossy.mjs')
    const markdown = pathToFileURL(path.resolve('dist/emit/markdown/index.js')).href
    fs.writeFileSync(
      plugin,
      `import {markdownEmitter} from '${markdown}'\nexport default {...markdownEmitter, render: (tree, context) => markdownEmitter.render(tree, context).replace('very much', 'much')}\n`
    )
    const result = runCli(['--plugin', plugin, 'verify', input, '-t', 'md,tei'])
    expect(result.stderr).toContain(`${input}:7:1: error: the md output lost or changed “Thank you all very much.” (¶2); it has “Thank you all much.`)
    expect(result.stderr).toContain('[lost-sentence]')
    expect(result.stdout).toContain(`${input}: LOST (sentences kept: md 1/2, tei 2/2)`)
    expect(result.status).toBe(1)
  })

  it('bad input and a bad format: exit 1 and 2', () => {
    const empty = path.join(folder, 'empty.txt')
    fs.writeFileSync(empty, '')
    const bad = runCli(['verify', empty])
    expect(bad.stderr).toContain(`${empty}: error: the file is empty`)
    expect(bad.status).toBe(1)
    const usage = runCli(['verify', empty, '-t', 'rtf'])
    expect(usage.stderr).toMatch(/unknown format “rtf”/)
    expect(usage.status).toBe(2)
  })

  it('-o keeps the outputs it checked', () => {
    const out = path.join(folder, 'kept')
    const result = runCli(['verify', corpusFiles[0], '-t', 'md,tei', '-o', out])
    expect(result.status).toBe(0)
    const base = path.basename(corpusFiles[0], '.txt')
    expect(fs.readdirSync(out).sort()).toEqual([`${base}.md`, `${base}.tei.xml`])
  })
})
