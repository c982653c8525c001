/**
 * Batch conversion as CI uses it (issue 7): parallel workers that survive a
 * bad file, incremental re-runs from the manifest, shards, JSON and JUnit
 * reports. Runs the built CLI (`npm test` builds first).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {SaxesParser} from 'saxes'
import {describe, expect, it} from 'vitest'
import {shardOf, type FileReport, type RunReport} from '../src/convert/index.js'
import {junitReport, JunitWriter} from '../src/batch/junit.js'
import {progressLine} from '../src/batch/progress.js'
import {JsonReportWriter} from '../src/batch/report.js'
import {manifestName} from '../src/batch/manifest.js'
import {runCli} from './helpers/cli.js'
import {corpusFiles, corpusFolder} from './helpers/corpus.js'

interface ReportFile {
  input: string
  status: 'converted' | 'skipped' | 'failed'
  outputs: string[]
  error?: string
}
interface Report {
  files: ReportFile[]
  vanished: Array<{input: string; outputs: string[]; removed: boolean}>
  summary: {converted: number; skipped: number; failed: number}
}

const temporary = () => fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-batch-'))
const readReport = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Report
const statusOf = (report: Report) => Object.fromEntries(report.files.map((file) => [path.basename(file.input), file.status]))

/** An archive of `count` transcripts: the corpus samples under new names, with the registry beside them. */
function archive(count: number): string {
  const folder = temporary()
  for (let index = 0; index < count; index++) {
    const sample = corpusFiles[index % corpusFiles.length]
    fs.copyFileSync(sample, path.join(folder, `t${String(index).padStart(3, '0')}-${path.basename(sample)}`))
  }
  fs.copyFileSync(path.join(corpusFolder, 'people.yaml'), path.join(folder, 'people.yaml'))
  return folder
}

/**
 * A plugin emitter that fails on a transcript containing BOOM and never
 * returns on one containing HANG: a file a user’s plugin chokes on.
 */
function troublesomePlugin(): string {
  const file = path.join(temporary(), 'trouble.js')
  fs.writeFileSync(
    file,
    `export default {
  name: 'trouble', extension: 'trouble.txt', description: 'fails on BOOM, hangs on HANG',
  render(tree) {
    const text = JSON.stringify(tree.children)
    if (text.includes('BOOM')) throw new Error('cannot render a BOOM')
    if (text.includes('HANG')) for (;;) {}
    return 'ok\\n'
  }
}
`
  )
  return file
}

function addTurn(file: string, words: string): void {
  fs.appendFileSync(file, `\nSECRETARY KERRY: ${words}\n`)
}

describe('sharding', () => {
  it('covers every input exactly once across shards', () => {
    const folder = archive(12)
    const seen: string[] = []
    for (const k of [1, 2, 3, 4]) {
      const report = path.join(temporary(), 'report.json')
      const result = runCli(['convert', folder, '-t', 'md', '-o', temporary(), '--shard', `${k}/4`, '--report', report, '-j', '1'])
      expect(result.status).toBe(0)
      seen.push(...readReport(report).files.map((file) => file.input))
    }
    const all = fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => path.join(folder, name))
    expect(seen.sort()).toEqual(all.sort())
  })

  it('keeps every input in its shard when files are added, and agrees on equivalent paths', () => {
    const names = Array.from({length: 200}, (_, index) => `archive/${index}.txt`)
    const before = names.map((name) => shardOf(name, 8))
    // The shard depends on the input alone, not on what else is in the archive.
    expect(names.map((name) => shardOf(name, 8))).toEqual(before)
    expect(new Set(before).size).toBe(8)
    expect(shardOf('./archive/7.txt', 8)).toBe(shardOf('archive/7.txt', 8))
  })
})

describe('a failing input', () => {
  it('exits 1, the rest still converted, the reports name it', () => {
    const folder = archive(4)
    const bad = path.join(folder, 't000-' + path.basename(corpusFiles[0]))
    addTurn(bad, 'BOOM goes the plugin.')
    const out = temporary()
    const report = path.join(out, 'reports', 'report.json')
    const junit = path.join(out, 'reports', 'junit.xml')
    const result = runCli(['--plugin', troublesomePlugin(), 'convert', folder, '-t', 'md,trouble', '-o', out, '-j', '2', '--report', report, '--junit', junit])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${bad}: error: cannot render a BOOM`)
    expect(result.stderr).toMatch(/3 converted, 1 failed/)

    const run = readReport(report)
    expect(run.files.filter((file) => file.status === 'failed')).toEqual([expect.objectContaining({input: bad, error: 'cannot render a BOOM'})])
    for (const file of run.files.filter((file) => file.input !== bad)) {
      expect(file.status).toBe('converted')
      expect(file.outputs.map((output) => path.basename(output))).toEqual([path.basename(file.input, '.txt') + '.md', path.basename(file.input, '.txt') + '.trouble.txt'])
      for (const output of file.outputs) expect(fs.existsSync(output)).toBe(true)
    }

    const cases = parseJunit(fs.readFileSync(junit, 'utf8'))
    expect(cases).toHaveLength(4)
    expect(cases.filter((test) => test.failure)).toEqual([{name: bad, failure: 'cannot render a BOOM'}])
  })

  it('under --strict, a file with warnings is a JUnit failure', () => {
    const folder = temporary()
    const input = path.join(folder, 'nodate.txt')
    fs.writeFileSync(input, 'Remarks\n\nSECRETARY KERRY: Good morning.\n')
    const junit = path.join(folder, 'junit.xml')
    expect(runCli(['convert', input, '-t', 'md', '-o', temporary(), '--strict', '--junit', junit]).status).toBe(1)
    expect(parseJunit(fs.readFileSync(junit, 'utf8'))).toEqual([{name: input, failure: expect.stringContaining('warning')}])
  })

  it('a file that never finishes is stopped at --timeout; the others are converted', () => {
    const {stuck, run} = runWithStuckFile(3, 2)
    expect(run.summary).toMatchObject({converted: 2, failed: 1})
    expect(run.files.find((file) => file.input === stuck)).toMatchObject({status: 'failed', error: expect.stringContaining('--timeout')})
  })
})

/** Convert `count` files on `jobs` threads with a 3 s limit, the first of which never finishes; exit 1 expected. */
function runWithStuckFile(count: number, jobs: number) {
  const folder = archive(count)
  const stuck = path.join(folder, 't000-' + path.basename(corpusFiles[0]))
  addTurn(stuck, 'HANG on forever.')
  const report = path.join(temporary(), 'report.json')
  const result = runCli(['--plugin', troublesomePlugin(), 'convert', folder, '-t', 'trouble', '-o', temporary(), '-j', String(jobs), '--timeout', '3', '--report', report])
  expect(result.status).toBe(1)
  return {stuck, run: readReport(report)}
}

describe('a time limit on one thread', () => {
  it('fails only the file that runs past --timeout, not a good one that shares its thread', () => {
    const {stuck, run} = runWithStuckFile(4, 1)
    expect(run.summary).toMatchObject({converted: 3, failed: 1})
    expect(run.files.filter((file) => file.status === 'failed').map((file) => file.input)).toEqual([stuck])
  })
})

describe('incremental runs', () => {
  const convert = (folder: string, out: string, ...extra: string[]) => {
    const report = path.join(temporary(), 'report.json')
    const result = runCli(['convert', folder, '-t', 'md,json', '-o', out, '-j', '2', '--report', report, ...extra])
    expect(result.status).toBe(0)
    return readReport(report)
  }

  it('an unchanged re-run converts nothing and leaves the outputs alone', () => {
    const folder = archive(5)
    const out = temporary()
    expect(convert(folder, out).summary).toMatchObject({converted: 5, skipped: 0})
    const times = new Map(fs.readdirSync(out).map((name) => [name, fs.statSync(path.join(out, name)).mtimeMs]))
    const again = convert(folder, out)
    expect(again.summary).toMatchObject({converted: 0, skipped: 5, failed: 0})
    expect(again.files.every((file) => file.outputs.length === 2)).toBe(true)
    for (const [name, time] of times) if (name !== manifestName) expect(fs.statSync(path.join(out, name)).mtimeMs).toBe(time)
  })

  it('skips unchanged inputs in any encoding: a BOM, Windows-1252', () => {
    const folder = temporary()
    fs.writeFileSync(path.join(folder, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: Hello.\n')]))
    fs.writeFileSync(path.join(folder, 'cp1252.txt'), Buffer.from('Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: Caf\xe9 \x93quoted\x94.\n', 'latin1'))
    const out = temporary()
    expect(convert(folder, out).summary).toMatchObject({converted: 2})
    expect(convert(folder, out).summary).toMatchObject({converted: 0, skipped: 2})
  })

  it('never takes its own output folder inside an input folder for inputs', () => {
    const folder = archive(2)
    const out = path.join(folder, 'out')
    expect(convert(folder, out).summary).toMatchObject({converted: 2, failed: 0})
    expect(convert(folder, out).summary).toMatchObject({converted: 0, skipped: 2, failed: 0})
  })

  it('converts again what changed: an input, the registry beside it, the template’s content; --force redoes all', () => {
    const folder = archive(3)
    const out = temporary()
    const template = path.join(temporary(), 'desk.json')
    fs.copyFileSync(path.resolve('templates/briefing.json'), template)
    convert(folder, out, '--template', template)

    const edited = path.join(folder, fs.readdirSync(folder).filter((name) => name.endsWith('.txt'))[1])
    addTurn(edited, 'One more thing.')
    const afterEdit = convert(folder, out, '--template', template)
    expect(Object.values(statusOf(afterEdit)).sort()).toEqual(['converted', 'skipped', 'skipped'])
    expect(statusOf(afterEdit)[path.basename(edited)]).toBe('converted')

    fs.writeFileSync(template, fs.readFileSync(template, 'utf8').replace('"paragraphNumbers": true', '"paragraphNumbers": false'))
    expect(convert(folder, out, '--template', template).summary).toMatchObject({converted: 3, skipped: 0})

    fs.appendFileSync(path.join(folder, 'people.yaml'), '- id: jane-roe\n  name: Jane Roe\n')
    expect(convert(folder, out, '--template', template).summary).toMatchObject({converted: 3, skipped: 0})

    expect(convert(folder, out, '--template', template).summary).toMatchObject({converted: 0, skipped: 3})
    expect(convert(folder, out, '--template', template, '--force').summary).toMatchObject({converted: 3, skipped: 0})
  })

  it('reports outputs whose input vanished, and removes them with --prune', () => {
    const folder = archive(3)
    const out = temporary()
    convert(folder, out)
    const gone = path.join(folder, fs.readdirSync(folder).filter((name) => name.endsWith('.txt'))[0])
    fs.rmSync(gone)
    const outputs = ['md', 'json'].map((extension) => path.join(out, path.basename(gone, '.txt') + '.' + extension))

    const reported = convert(folder, out)
    expect(reported.vanished).toEqual([{input: gone, outputs, removed: false}])
    for (const output of outputs) expect(fs.existsSync(output)).toBe(true)

    const pruned = convert(folder, out, '--prune')
    expect(pruned.vanished).toEqual([{input: gone, outputs, removed: true}])
    for (const output of outputs) expect(fs.existsSync(output)).toBe(false)
    expect(convert(folder, out).vanished).toEqual([])
  })

  it('redoes an input whose output was deleted', () => {
    const folder = archive(2)
    const out = temporary()
    convert(folder, out)
    const output = fs.readdirSync(out).find((name) => name.endsWith('.md'))!
    fs.rmSync(path.join(out, output))
    expect(convert(folder, out).summary).toMatchObject({converted: 1, skipped: 1})
    expect(fs.existsSync(path.join(out, output))).toBe(true)
  })
})

describe('output names', () => {
  it('two inputs with the same name fail the second instead of overwriting the first', () => {
    const folder = temporary()
    for (const sub of ['a', 'b']) {
      fs.mkdirSync(path.join(folder, sub))
      fs.copyFileSync(corpusFiles[0], path.join(folder, sub, 'same.txt'))
    }
    const report = path.join(temporary(), 'report.json')
    const result = runCli(['convert', folder, '-t', 'md', '-o', temporary(), '--report', report])
    expect(result.status).toBe(1)
    expect(readReport(report).files.map((file) => file.status)).toEqual(['converted', 'failed'])
    expect(result.stderr).toContain(`${path.join(folder, 'b', 'same.txt')}: error: its outputs would overwrite those of ${path.join(folder, 'a', 'same.txt')}`)
  })
})

describe('options', () => {
  it('exit 2 for a number of jobs or a time limit that is not a positive number', () => {
    expect(runCli(['convert', 'corpus', '-j', '0', '-o', temporary()])).toMatchObject({status: 2, stderr: expect.stringContaining('--jobs takes a positive number')})
    expect(runCli(['convert', 'corpus', '--timeout', 'soon', '-o', temporary()]).status).toBe(2)
  })
})

describe('reports of any size', () => {
  /** A run as the library reports it, with a file of each kind and characters XML and JSON must escape. */
  function sampleRun(count: number): RunReport {
    const kinds: FileReport[] = [
      {input: 'a/one.txt', status: 'converted', outputs: ['out/one.md'], warnings: [{message: 'Joined a paragraph', line: 4, column: 1, fatal: undefined}], milliseconds: 12, durations: {read: 5, md: 7}, contentHash: 'ab'},
      {input: 'a/two & <three>.txt', status: 'failed', outputs: [], warnings: [{message: 'odd "quote"', line: 2, column: 3, ruleId: 'x', fatal: false}], error: 'cannot render\na BOOM', milliseconds: 3},
      {input: 'a/four.txt', status: 'skipped', outputs: ['out/four.md'], warnings: [], milliseconds: 0}
    ]
    const files = Array.from({length: count}, (_, index) => ({...kinds[index % kinds.length]!, input: `${index}-${kinds[index % kinds.length]!.input}`}))
    return {version: '1.2.3', files, missing: [{input: 'gone.txt', error: 'no such file'}], vanished: [], swept: [], summary: {converted: 1, skipped: 1, failed: 1, warned: 1, milliseconds: 1234}}
  }

  for (const count of [0, 1, 7]) {
    it(`streams the JSON report as JSON.stringify prints the whole run (${count} files)`, () => {
      const run = sampleRun(count)
      const target = path.join(temporary(), 'deep', 'report.json')
      const writer = new JsonReportWriter(target, run.version)
      for (const file of run.files) writer.add(file)
      writer.commit(run)
      expect(fs.readFileSync(target, 'utf8')).toBe(JSON.stringify(run, null, 2) + '\n')
      expect(fs.readdirSync(path.dirname(target))).toEqual(['report.json'])
    })

    it(`streams the JUnit report as the whole run gives it, with its counts (${count} files)`, () => {
      const run = sampleRun(count)
      const target = path.join(temporary(), 'junit.xml')
      const writer = new JunitWriter(target, {strict: true})
      for (const file of run.files) writer.add(file)
      writer.commit(run)
      const xml = fs.readFileSync(target, 'utf8')
      expect(xml).toBe(junitReport(run, {strict: true}))
      expect(fs.readdirSync(path.dirname(target))).toEqual(['junit.xml'])
      const cases = parseJunit(xml)
      expect(cases.map((test) => test.name)).toEqual([...run.files.map((file) => file.input), 'gone.txt'])
      // Failed, and (under --strict) warned: two of every three, and the missing input.
      const failures = cases.filter((test) => test.failure).length
      expect(failures).toBe(run.files.filter((file) => file.status === 'failed' || file.warnings.some((w) => w.fatal === false)).length + 1)
      expect(xml).toContain(`<testsuites name="verbatim convert" tests="${count + 1}" failures="${failures}"`)
    })
  }

  it('leaves nothing behind when the run is abandoned', () => {
    const folder = temporary()
    const json = new JsonReportWriter(path.join(folder, 'report.json'), '1')
    const junit = new JunitWriter(path.join(folder, 'junit.xml'))
    json.add(sampleRun(1).files[0]!)
    junit.add(sampleRun(1).files[0]!)
    json.discard()
    junit.discard()
    expect(fs.readdirSync(folder)).toEqual([])
  })

  it('hands reports on in input order, without keeping them when asked not to', async () => {
    // The built library: its worker threads load the compiled worker module.
    const {convert, getEmitter} = await import('../dist/index.js')
    const folder = archive(12)
    const inputs = fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => path.join(folder, name))
    const seen: string[] = []
    const finished: string[] = []
    const run = await convert([folder], {emitters: [getEmitter('json')!], outDir: temporary(), jobs: 2, keepReports: false, onProgress: (report) => finished.push(report.input)}, (report) => seen.push(report.input))
    expect(seen).toEqual(inputs.sort())
    expect(finished.sort()).toEqual(seen)
    expect(run.files).toEqual([])
    expect(run.summary).toMatchObject({converted: 12, failed: 0})
  })
})

describe('progress', () => {
  it('draws no bar when standard error is not a terminal', () => {
    const result = runCli(['convert', corpusFiles[0], '-t', 'md', '-o', temporary()])
    expect(result.stderr).not.toContain('files/s')
    expect(result.stderr).not.toContain('\r')
  })

  it('shows the count, the rate and the time left', () => {
    expect(progressLine(25, 100, 5)).toBe('[=====>                  ] 25/100  5.0 files/s  ETA 00:15')
    expect(progressLine(100, 100, 10)).toMatch(/^\[=+\] 100\/100 {2}10\.0 files\/s {2}ETA 00:00$/)
  })
})

/** The test cases of a JUnit file, parsed by an XML parser: a malformed file throws. */
function parseJunit(xml: string): Array<{name: string; failure?: string}> {
  const parser = new SaxesParser()
  const cases: Array<{name: string; failure?: string}> = []
  let root = ''
  parser.on('opentag', (tag) => {
    if (!root) root = tag.name
    if (tag.name === 'testcase') cases.push({name: String(tag.attributes.name)})
    if (tag.name === 'failure') cases[cases.length - 1]!.failure = String(tag.attributes.message)
  })
  parser.write(xml).close()
  expect(root).toBe('testsuites')
  return cases
}
