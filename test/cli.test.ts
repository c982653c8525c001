/**
 * The command line as users and scripts rely on it (design/cli.md):
 * inspect, convert, exit codes, messages, plugins. Runs the built CLI
 * (`npm test` builds first).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Transcript} from '../src/model.js'
import {turns} from '../src/model.js'
import {spawnSync} from 'node:child_process'
import {cliPath, runCli} from './helpers/cli.js'
import {corpusFile, corpusFiles} from './helpers/corpus.js'

const temporary = () => fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-'))

describe('verbatim inspect --json', () => {
  const inspect = (part: string): Transcript => {
    const result = runCli(['inspect', corpusFile(part), '--json'])
    expect(result.status).toBe(0)
    return JSON.parse(result.stdout) as Transcript
  }

  it.each([
    ['state-2016', 2, '2016-07-15', ['Sergey Lavrov', 'John Kerry']],
    ['mfa', 7, '2016-07-15', ['Sergey Lavrov', 'Journalists', 'John Kerry']],
    ['state-2013', 22, '2013-05-07', ['John Kerry', 'Jen Psaki', 'Journalists', 'Moderator']],
    ['uspa', 1, '2015-12-15', ['John Kerry']],
    ['-un', 2, '2015-09-30', ['Sergey Lavrov', 'John Kerry']]
  ])('%s: %i turns, the date, the place, canonical names', (part, count, date, names) => {
    const tree = inspect(part as string)
    expect(turns(tree)).toHaveLength(count as number)
    expect(tree.meta.title).toBeTruthy()
    expect(tree.meta.date).toBe(date)
    expect(tree.meta.place?.city).toBeTruthy()
    expect(tree.participants.map((p) => p.name)).toEqual(names)
  })

  it('the first Foreign Ministry turn is Lavrov’s, unlabelled', () => {
    const first = turns(inspect('mfa'))[0]
    expect(first.speaker).toBe('sergey-lavrov')
    expect(first.label).toBeUndefined()
  })

  it('the news article keeps no damaged dash', () => {
    const result = runCli(['inspect', corpusFile('uspa'), '--json'])
    const tree = JSON.parse(result.stdout) as Transcript
    expect(JSON.stringify(tree.children)).not.toContain('\\"\\"')
  })

  it('prints a summary for people', () => {
    const result = runCli(['inspect', corpusFile('state-2013')])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Osobnyak Guesthouse, Moscow, Russia')
    expect(result.stdout).toMatch(/jen-psaki\s+Jen Psaki, Spokesperson/)
    expect(result.stdout).toContain('asked by Arshad Mohammed, Reuters')
  })
})

describe('verbatim convert', () => {
  it('goes on to its end when its reader stops reading (`| head`), with no stack trace', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-pipe-'))
    // A PDF on standard output is more than a pipe holds, so the command is still writing when `head` leaves.
    const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cliPath}" convert "${corpusFile('state-2016-07-15-kerry-lavrov-remarks.txt')}" -t pdf -o - | head -c 100 > /dev/null`], {encoding: 'utf8'})
    expect(piped.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /)
    expect(piped.status).toBe(0)
    // Messages piped to a reader that leaves after the first: the run still converts every input.
    const out = path.join(folder, 'out')
    const messages = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cliPath}" convert "${path.resolve('corpus')}" -t md -o "${out}" --verbose 2>&1 | head -n 1 > /dev/null`], {encoding: 'utf8'})
    expect(messages.stderr).not.toMatch(/EPIPE|Unhandled/)
    expect(fs.readdirSync(out).filter((name) => name.endsWith('.md'))).toHaveLength(corpusFiles.length)
  })

  let out: string
  beforeAll(() => {
    out = temporary()
  })

  it('writes Markdown and JSON for every sample, named after the input', () => {
    const result = runCli(['convert', 'corpus', '-t', 'md,json', '-o', out])
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('5 converted, 0 failed')
    for (const file of corpusFiles) {
      const base = path.basename(file, '.txt')
      expect(fs.existsSync(path.join(out, base + '.md'))).toBe(true)
      expect(JSON.parse(fs.readFileSync(path.join(out, base + '.json'), 'utf8')).type).toBe('transcript')
    }
    expect(fs.readdirSync(out).filter((name) => name.includes('.partial'))).toEqual([])
  })

  it('passes over a folder’s README, but converts one named on the command line', () => {
    const dir = temporary()
    fs.copyFileSync(corpusFile('state-2016'), path.join(dir, 'talks.txt'))
    fs.writeFileSync(path.join(dir, 'README.md'), '# Transcripts of the week\n\nCollected by the desk.\n')
    const found = temporary()
    runCli(['convert', dir, '-t', 'json', '-o', found])
    expect(fs.readdirSync(found).filter((name) => !name.startsWith('.'))).toEqual(['talks.json'])
    const named = temporary()
    runCli(['convert', path.join(dir, 'README.md'), '-t', 'json', '-o', named])
    expect(fs.readdirSync(named).filter((name) => !name.startsWith('.'))).toEqual(['README.json'])
  })

  it('is deterministic: the same input gives the same bytes', () => {
    const again = temporary()
    runCli(['convert', 'corpus', '-t', 'md,json', '-o', again])
    for (const name of fs.readdirSync(out)) {
      expect(fs.readFileSync(path.join(again, name)).equals(fs.readFileSync(path.join(out, name)))).toBe(true)
    }
  })

  it('gives every file the same bytes whatever the process converted before it', () => {
    // PDF and DOCX share work between the documents of a process (shaped words, glyph
    // outlines, template parts): the order of the files must not show in any of them.
    const forwards = temporary()
    const backwards = temporary()
    expect(runCli(['convert', ...corpusFiles, '-t', 'all', '-o', forwards, '-j', '1']).status).toBe(0)
    expect(runCli(['convert', ...[...corpusFiles].reverse(), '-t', 'all', '-o', backwards, '-j', '1']).status).toBe(0)
    const outputs = fs.readdirSync(forwards).filter((name) => !name.startsWith('.'))
    expect(outputs).toHaveLength(corpusFiles.length * 4)
    for (const name of outputs) {
      expect(fs.readFileSync(path.join(backwards, name)).equals(fs.readFileSync(path.join(forwards, name))), name).toBe(true)
    }
  })

  it('reads its own Markdown back as input', () => {
    const again = temporary()
    const markdown = path.join(out, path.basename(corpusFile('state-2013'), '.txt') + '.md')
    const result = runCli(['convert', markdown, '-t', 'md', '-o', again])
    expect(result.status).toBe(0)
    expect(fs.readFileSync(path.join(again, path.basename(markdown)), 'utf8')).toBe(fs.readFileSync(markdown, 'utf8'))
  })

  it('reads standard input as “-” and names the output stdin', () => {
    const again = temporary()
    const result = runCli(['convert', '-', '-t', 'md', '-o', again], {input: fs.readFileSync(corpusFile('state-2016'), 'utf8')})
    expect(result.status).toBe(0)
    expect(fs.readFileSync(path.join(again, 'stdin.md'), 'utf8')).toContain('**SECRETARY KERRY:**')
  })

  it('exit 2 for a wrong command: unknown format, unknown option, no inputs', () => {
    expect(runCli(['convert', 'corpus', '-t', 'odt', '-o', temporary()])).toMatchObject({status: 2, stderr: expect.stringContaining('unknown format “odt”')})
    expect(runCli(['convert', 'corpus', '--frobnicate']).status).toBe(2)
    expect(runCli(['convert']).status).toBe(2)
    expect(runCli(['convert', 'corpus', '--shard', '3/2']).status).toBe(2)
  })

  it('exit 1 when an input is missing, the others still converted, no stack trace', () => {
    const again = temporary()
    const result = runCli(['convert', 'no/such/file.txt', corpusFile('state-2016'), '-t', 'md', '-o', again])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('no/such/file.txt: error: no such file or folder')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(fs.readdirSync(again).filter((name) => !name.startsWith('.'))).toEqual([path.basename(corpusFile('state-2016'), '.txt') + '.md'])
  })

  it('converts captions beside a broken caption file: exit 1, the broken one named with its line, nothing of it written, the others converted', () => {
    const dir = temporary()
    const out = path.join(dir, 'out')
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text)
      return path.join(dir, name)
    }
    const vtt = write('x.vtt', 'WEBVTT\n\n00:01.000 --> 00:03.000\n<v Roger Bingham>Good morning.\n\n00:03.000 --> 00:05.000\n<v Esme>Thank you.\n')
    const srt = write('y.srt', '1\r\n00:00:01,000 --> 00:00:03,000\r\nANN SMITH: Hello.\r\n\r\n3\r\n00:00:03,000 --> 00:00:05,000\r\nBOB JONES: Hi.\r\n')
    const broken = write('broken.vtt', 'WEBVTT\n\n1\n00:00:01.000 -> 00:00:03.000\nThe arrow is wrong.\n')
    const result = runCli(['convert', vtt, srt, broken, '-t', 'md', '-o', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${broken}:4:1: error: no WebVTT cue can be read`)
    expect(result.stderr).toContain(`${srt}:5:1: warning: Cue number 3 skips after cue 1`)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(fs.readdirSync(out).filter((name) => !name.startsWith('.')).sort()).toEqual(['x.md', 'y.md'])
    expect(fs.readFileSync(path.join(out, 'x.md'), 'utf8')).toContain('Roger Bingham')
  })

  it('prints warnings as file:line:column, and --strict makes them fail', () => {
    const dir = temporary()
    const input = path.join(dir, 'nodate.txt')
    fs.writeFileSync(input, 'Remarks\n\nSECRETARY KERRY: Good morning.\n')
    const loose = runCli(['convert', input, '-t', 'md', '-o', dir])
    expect(loose.status).toBe(0)
    expect(loose.stderr).toContain(`${input}:1:1: warning: No date found`)
    expect(runCli(['convert', input, '-t', 'md', '-o', dir, '--strict']).status).toBe(1)
  })

  it('splits inputs into shards that cover every input exactly once', () => {
    const seen: string[] = []
    for (const k of [1, 2, 3]) {
      const report = path.join(temporary(), 'report.json')
      runCli(['convert', 'corpus', '-t', 'json', '-o', temporary(), '--shard', `${k}/3`, '--report', report])
      seen.push(...(JSON.parse(fs.readFileSync(report, 'utf8')) as {files: Array<{input: string}>}).files.map((f) => f.input))
    }
    expect(seen.sort()).toEqual(corpusFiles.map((file) => path.relative(process.cwd(), file)).sort())
  })

  it('loads an emitter plugin with --plugin', () => {
    const again = temporary()
    const result = runCli(['--plugin', './test/fixtures/plugin/word-count.js', 'convert', corpusFile('state-2016'), '-t', 'wordcount', '-o', again])
    expect(result.status).toBe(0)
    const counts = fs.readFileSync(path.join(again, path.basename(corpusFile('state-2016'), '.txt') + '.words.txt'), 'utf8')
    expect(counts).toMatch(/^sergey-lavrov\t\d+\njohn-kerry\t\d+\n$/)
  })
})
