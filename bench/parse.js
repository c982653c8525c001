/**
 * The reader's speed alone: parse the transcripts of the given folders again
 * and again, warm, and print the best of seven loops in milliseconds per
 * kilobyte. The machine's other work only ever slows a loop down, so the best
 * loop is the nearest to the reader's own cost.
 *
 *     node bench/parse.js corpus test/fixtures/real
 */
import {parse} from '../dist/index.js'
import {readTexts} from './texts.js'

const folders = process.argv.slice(2)
if (folders.length === 0) folders.push('corpus')
const {texts, kilobytes} = readTexts(folders)
const loops = Math.max(10, Math.round(3000 / kilobytes))

for (let warm = 0; warm < 20; warm++) for (const text of texts) parse(text)
let best = Infinity
for (let round = 0; round < 7; round++) {
  const started = performance.now()
  for (let loop = 0; loop < loops; loop++) for (const text of texts) parse(text)
  best = Math.min(best, (performance.now() - started) / loops)
}
console.log(`${texts.length} transcripts, ${kilobytes.toFixed(0)} KB: ${(best / kilobytes).toFixed(3)} ms/KB (best of 7 loops of ${loops})`)
