/**
 * The reader's speed, two builds against each other: loads main's `dist` and
 * this checkout's in one process and parses the samples with each in turn,
 * round after round, so that both meet the same load on a shared machine.
 * Prints the best and the median round of each, in milliseconds per kilobyte
 * of CPU time (the machine's other work counts less in CPU time than in wall
 * time), and the ratio of the medians.
 *
 *     node bench/parse-ab.js <other-checkout>/dist [folders…]
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const [otherDist, ...given] = process.argv.slice(2)
if (!otherDist) throw new Error('usage: node bench/parse-ab.js <other-checkout>/dist [folders…]')
const folders = given.length > 0 ? given : ['corpus', 'test/fixtures/real']
const texts = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(folder, name), 'utf8'))
)
const kilobytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024
const builds = [
  {name: 'other', parse: (await import(pathToFileURL(path.resolve(otherDist, 'index.js')).href)).parse, rounds: []},
  {name: 'this', parse: (await import('../dist/index.js')).parse, rounds: []}
]
const loops = Math.max(2, Math.round(300 / kilobytes))
for (const build of builds) for (let warm = 0; warm < 20; warm++) for (const text of texts) build.parse(text)
for (let round = 0; round < 15; round++) {
  for (const build of round % 2 ? builds : [...builds].reverse()) {
    const started = process.cpuUsage()
    for (let loop = 0; loop < loops; loop++) for (const text of texts) build.parse(text)
    const used = process.cpuUsage(started)
    build.rounds.push((used.user + used.system) / 1000 / loops / kilobytes)
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
for (const build of builds) {
  console.log(`${build.name.padEnd(6)} best ${Math.min(...build.rounds).toFixed(3)} median ${median(build.rounds).toFixed(3)} ms/KB (CPU, ${build.rounds.length} rounds of ${loops} loops)`)
}
console.log(`this / other (medians): ${(median(builds[1].rounds) / median(builds[0].rounds)).toFixed(3)}`)
