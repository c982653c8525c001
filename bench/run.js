/**
 * `npm run bench`: Verbatim's batch conversion on a synthetic archive made
 * from `corpus/`, and the same work done by pandoc where it is installed.
 *
 *     node bench/run.js [--sizes 1000,4000] [--reference 1000] [--compare 1000] [--jobs N]
 *                       [--formats md,docx,pdf,tei] [--skip-each] [--keep]
 *
 * For every size: all formats at once (time, transcripts per second, peak
 * RSS). At the reference size: each format alone, and a re-run with nothing
 * changed. On the first `--compare` transcripts: each of DOCX, TEI and PDF
 * by Verbatim and by pandoc (PDF through wkhtmltopdf), with the same
 * parallelism, as ratios of throughput. Times are wall-clock for the whole
 * process, start-up included. Prints a Markdown report.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {generateArchive} from './archive.js'
import {pandocConvert, pandocFormats, toolVersion} from './pandoc.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '1000,4000'},
    reference: {type: 'string', default: '1000'},
    compare: {type: 'string', default: '1000'},
    jobs: {type: 'string', default: String(os.availableParallelism())},
    formats: {type: 'string', default: 'md,docx,pdf,tei'},
    'skip-each': {type: 'boolean', default: false},
    keep: {type: 'boolean', default: false}
  }
})
const sizes = values.sizes.split(',').map(Number)
const reference = Number(values.reference)
const compare = Number(values.compare)
const jobs = Number(values.jobs)
const formats = values.formats.split(',')

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-bench-'))
const lines = []
const say = (line = '') => {
  lines.push(line)
  console.log(line)
}
const progress = (text) => process.stderr.write(`bench: ${text}\n`)

/** Run one conversion in its own process; returns its figures. */
function measure(inputs, runFormats, outDir, extra = {}) {
  const request = JSON.stringify({inputs, formats: runFormats, outDir, jobs, ...extra})
  const started = performance.now()
  const result = spawnSync(process.execPath, [path.join(root, 'bench', 'measure.js'), request], {encoding: 'utf8', maxBuffer: 1 << 26})
  // Wall time of the whole process, start-up included, as a user or CI job sees it.
  const milliseconds = performance.now() - started
  if (result.status !== 0) throw new Error(`measure failed: ${result.stderr}`)
  const figures = JSON.parse(result.stdout.trim().split('\n').pop())
  if (figures.failures.length) progress(`failures: ${figures.failures.join('; ')}`)
  return {...figures, milliseconds}
}

const seconds = (ms) => (ms / 1000).toFixed(1)
const rate = (count, ms) => count / (ms / 1000)

const archives = new Map()
function archive(size) {
  if (!archives.has(size)) {
    progress(`generating ${size} transcripts`)
    const folder = path.join(work, `archive-${size}`)
    generateArchive(path.join(root, 'corpus'), folder, size)
    archives.set(size, folder)
  }
  return archives.get(size)
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
say(`# Verbatim batch benchmark`)
say()
say(`- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`)
say(`- Machine: ${cpu}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}, Node ${process.version}`)
say(`- Jobs: ${jobs}; sizes ${sizes.join(', ')}; reference ${reference}; pandoc comparison on ${compare} transcripts`)
say(`- Load average at start: ${os.loadavg().map((load) => load.toFixed(2)).join(', ')} (times are wall-clock, start-up included; CPU is all threads of the run)`)
say()

// 1. All formats at every size: throughput, linearity, memory.
say(`## All formats (${formats.join(', ')}) by archive size`)
say()
say('| transcripts | time (s) | transcripts/s | CPU (s) | peak RSS (MB) |')
say('|---:|---:|---:|---:|---:|')
const allRuns = new Map()
for (const size of sizes) {
  progress(`all formats, ${size} transcripts`)
  const figures = measure([archive(size)], formats, path.join(work, `out-all-${size}`))
  allRuns.set(size, figures)
  say(`| ${size} | ${seconds(figures.milliseconds)} | ${rate(size, figures.milliseconds).toFixed(1)} | ${figures.cpuSeconds.toFixed(0)} | ${figures.peakMb.toFixed(0)} |`)
}
say()
const sorted = [...allRuns.keys()].sort((a, b) => a - b)
for (let i = 1; i < sorted.length; i++) {
  const [small, large] = [sorted[i - 1], sorted[i]]
  const ratio = allRuns.get(large).milliseconds / allRuns.get(small).milliseconds
  say(`- ${large} vs ${small}: ${ratio.toFixed(2)}× the time for ${(large / small).toFixed(0)}× the transcripts; peak RSS ${allRuns.get(large).peakMb.toFixed(0)} vs ${allRuns.get(small).peakMb.toFixed(0)} MB`)
}

// 2. Re-run with nothing changed.
if (allRuns.has(reference)) {
  progress(`unchanged re-run, ${reference} transcripts`)
  const again = measure([archive(reference)], formats, path.join(work, `out-all-${reference}`))
  const full = allRuns.get(reference)
  say(`- Re-run of ${reference} with nothing changed: ${seconds(again.milliseconds)} s = ${((100 * again.milliseconds) / full.milliseconds).toFixed(2)}% of the full run (${again.summary.skipped} skipped, ${again.summary.converted} converted)`)
}
say()

// 3. Each format alone at the reference size.
if (!values['skip-each']) {
  say(`## Each format alone, ${reference} transcripts`)
  say()
  say('| format | time (s) | transcripts/s | CPU (s) | peak RSS (MB) |')
  say('|---|---:|---:|---:|---:|')
  for (const format of formats) {
    progress(`${format}, ${reference} transcripts`)
    const figures = measure([archive(reference)], [format], path.join(work, `out-${format}-${reference}`))
    say(`| ${format} | ${seconds(figures.milliseconds)} | ${rate(reference, figures.milliseconds).toFixed(1)} | ${figures.cpuSeconds.toFixed(0)} | ${figures.peakMb.toFixed(0)} |`)
  }
  say()
}

// 4. Against pandoc, on the same transcripts with the same parallelism.
const pandoc = toolVersion('pandoc')
const wkhtmltopdf = toolVersion('wkhtmltopdf', '--version')
if (compare > 0) {
  say(`## Against pandoc, ${compare} transcripts, ${jobs} at a time`)
  say()
  if (!pandoc) {
    say('pandoc is not installed: comparison skipped.')
  } else {
    say(`${pandoc}; ${wkhtmltopdf ?? 'wkhtmltopdf not installed (PDF comparison skipped)'}. Pandoc reads the Markdown Verbatim wrote for the same transcripts, one process per file.`)
    say()
    say('| format | Verbatim (transcripts/s) | pandoc (transcripts/s) | ratio |')
    say('|---|---:|---:|---:|')
    const folder = path.join(work, `compare-${compare}`)
    generateArchive(path.join(root, 'corpus'), folder, compare)
    progress(`markdown of ${compare} transcripts for pandoc`)
    const markdownDir = path.join(work, 'compare-md')
    measure([folder], ['md'], markdownDir)
    const markdown = fs.readdirSync(markdownDir).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(markdownDir, name))
    for (const format of Object.keys(pandocFormats)) {
      if (format === 'pdf' && !wkhtmltopdf) {
        say(`| pdf | – | – | skipped: wkhtmltopdf not installed |`)
        continue
      }
      progress(`${format}: Verbatim and pandoc, ${compare} transcripts`)
      const ours = measure([folder], [format], path.join(work, `compare-ours-${format}`))
      const theirs = await pandocConvert(markdown, format, path.join(work, `compare-pandoc-${format}`), jobs)
      const ourRate = rate(compare, ours.milliseconds)
      const theirRate = rate(markdown.length - theirs.failed, theirs.milliseconds)
      say(`| ${format} | ${ourRate.toFixed(1)} | ${theirRate.toFixed(1)}${theirs.failed ? ` (${theirs.failed} failed)` : ''} | ${(ourRate / theirRate).toFixed(2)}× |`)
    }
  }
  say()
}

if (!values.keep) fs.rmSync(work, {recursive: true, force: true})
else progress(`kept ${work}`)
