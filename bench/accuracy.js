/**
 * `npm run bench:accuracy`: how well the reader finds the basic facts of real
 * transcripts it was not written for.
 *
 *     node bench/accuracy.js [--corpus test/fixtures/real] [--json] [--quiet] [name…]
 *
 * Each `<name>.txt` (or `.md`, `.vtt`, `.srt`, `.html`, `.htm`, `.docx`) in the corpus is read as
 * `verbatim convert` reads it, with no people registry, and checked against
 * `<name>.facts.yaml` (see `test/fixtures/real/FACTS.md`; the format readers'
 * corpora, `test/fixtures/formats/<kind>/`, add `times:`). Prints, per file and in total, the facts right
 * out of the facts checked, and every miss with what was expected and found. The default run (the
 * real corpus, every file) then gives each format reader's corpus in one line: the same 97 % bar
 * holds for each (`test/accuracy.test.ts`); `--corpus test/fixtures/formats/rev` shows one's misses.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import YAML from 'yaml'
import {readTranscript} from '../dist/index.js'
import {score} from './accuracy-score.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

export function runAccuracy(corpus, only = []) {
  const results = []
  for (const entry of fs.readdirSync(corpus).sort()) {
    if (!entry.endsWith('.facts.yaml')) continue
    const name = entry.slice(0, -'.facts.yaml'.length)
    if (only.length > 0 && !only.some((part) => name.includes(part))) continue
    const facts = YAML.parse(fs.readFileSync(path.join(corpus, entry), 'utf8'))
    const input = ['.txt', '.md', '.vtt', '.srt', '.html', '.htm', '.docx'].map((extension) => path.join(corpus, name + extension)).find((file) => fs.existsSync(file))
    if (!input) {
      results.push({name, facts, error: 'no transcript beside the facts file', checks: []})
      continue
    }
    try {
      const {tree} = readTranscript(input)
      results.push({name, facts, ...score(tree, facts)})
    } catch (error) {
      results.push({name, facts, error: String(error?.message ?? error), checks: [{fact: 'read', right: false}]})
    }
  }
  return results
}

const percent = (right, total) => (total === 0 ? 100 : (100 * right) / total).toFixed(1)

/** Facts right and checked over a run's results. */
function tally(results) {
  let right = 0
  let total = 0
  for (const result of results) {
    right += result.checks.filter((check) => check.right).length
    total += result.checks.length
  }
  return {right, total}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      corpus: {type: 'string'},
      json: {type: 'boolean', default: false},
      quiet: {type: 'boolean', default: false}
    }
  })
  const results = runAccuracy(values.corpus ?? path.join(root, 'test', 'fixtures', 'real'), positionals)
  if (values.json) {
    process.stdout.write(JSON.stringify(results.map(({name, checks, error}) => ({name, error, checks})), null, 2) + '\n')
  } else {
    let right = 0
    let total = 0
    const weak = []
    const publishers = new Set()
    const languages = new Map()
    for (const result of results) {
      const ok = result.checks.filter((check) => check.right).length
      right += ok
      total += result.checks.length
      publishers.add(String(result.facts.publisher ?? '').split(/[(,;]/)[0].trim())
      const language = String(result.facts.language ?? 'en')
      languages.set(language, (languages.get(language) ?? 0) + 1)
      const share = percent(ok, result.checks.length)
      if (Number(share) < 90) weak.push(result.name)
      console.log(`${share.padStart(5)} %  ${String(ok).padStart(3)}/${String(result.checks.length).padEnd(3)}  ${result.name}`)
      if (result.error) console.log(`          error: ${result.error}`)
      if (!values.quiet) {
        for (const check of result.checks.filter((item) => !item.right)) {
          console.log(`          miss ${check.fact}: expected ${JSON.stringify(check.expected)}, found ${JSON.stringify(check.found)}`)
        }
      }
    }
    const foreign = [...languages].filter(([language]) => !language.startsWith('en')).reduce((sum, [, count]) => sum + count, 0)
    console.log('')
    console.log(`${results.length} transcripts, ${publishers.size} publishers, ${foreign} not in English (${[...languages].map(([l, n]) => `${l} ${n}`).join(', ')})`)
    console.log(`files under 90 %: ${weak.length === 0 ? 'none' : weak.join(', ')}`)
    console.log(`facts right: ${right} / ${total} (${percent(right, total)} %)`)
    if (values.corpus === undefined && positionals.length === 0) {
      const formats = path.join(root, 'test', 'fixtures', 'formats')
      console.log('')
      console.log('format readers’ corpora (test/fixtures/formats/; --corpus for one kind’s misses):')
      for (const kind of fs.readdirSync(formats, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
        const kindResults = runAccuracy(path.join(formats, kind))
        const counts = tally(kindResults)
        console.log(`  ${kind.padEnd(6)} ${String(kindResults.length).padStart(2)} files  ${counts.right} / ${counts.total} (${percent(counts.right, counts.total)} %)`)
      }
    }
  }
}
