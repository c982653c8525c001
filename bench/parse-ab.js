/**
 * The reader's speed, two builds against each other on a shared machine:
 * each run parses the samples warm in a process of its own, one build's run
 * then the other's, again and again, so that both meet the same load. A run
 * reports the median of its rounds in CPU time (the machine's other work
 * counts less in CPU time than in wall time); the report is the median run
 * of each build, in milliseconds per kilobyte, and their ratio. (One process
 * holding both builds is biased: whichever runs second shares the first's
 * warmed-up built-ins.)
 *
 *     node bench/parse-ab.js <other-checkout>/dist [runs] [folders…]
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {readTexts} from './texts.js'

const [mode, ...args] = process.argv.slice(2)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

if (mode === '--run') {
  // One build, one process: `--run <dist> <folders…>` prints the median round in CPU ms/KB.
  const [dist, ...folders] = args
  const {parse} = await import(pathToFileURL(path.resolve(dist, 'index.js')).href)
  const {texts, kilobytes} = readTexts(folders)
  const loops = Math.max(2, Math.round(300 / kilobytes))
  for (let warm = 0; warm < 20; warm++) for (const text of texts) parse(text)
  const rounds = []
  for (let round = 0; round < 9; round++) {
    const started = process.cpuUsage()
    for (let loop = 0; loop < loops; loop++) for (const text of texts) parse(text)
    const used = process.cpuUsage(started)
    rounds.push((used.user + used.system) / 1000 / loops / kilobytes)
  }
  console.log(median(rounds))
} else {
  const otherDist = mode
  if (!otherDist) throw new Error('usage: node bench/parse-ab.js <other-checkout>/dist [runs] [folders…]')
  const runs = Number(args[0] ?? 5)
  const folders = args.length > 1 ? args.slice(1) : ['corpus', 'test/fixtures/real']
  const thisDist = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'dist')
  const builds = [
    {name: 'other', dist: otherDist, runs: []},
    {name: 'this', dist: thisDist, runs: []}
  ]
  for (let run = 0; run < runs; run++) {
    for (const build of run % 2 ? [...builds].reverse() : builds) {
      const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--run', build.dist, ...folders], {encoding: 'utf8'})
      if (result.status !== 0) throw new Error(result.stderr)
      build.runs.push(Number(result.stdout.trim()))
    }
  }
  for (const build of builds) {
    console.log(`${build.name.padEnd(6)} median ${median(build.runs).toFixed(3)} ms/KB of CPU (runs: ${build.runs.map((value) => value.toFixed(3)).join(', ')})`)
  }
  console.log(`this / other: ${(median(builds[1].runs) / median(builds[0].runs)).toFixed(3)}`)
}
