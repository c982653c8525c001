#!/usr/bin/env node
/**
 * `npm run bench:heap`: what one conversion thread keeps. Converts a
 * synthetic archive one file after another, as a worker does, and every
 * `--every` files forces a full garbage collection and prints the heap that
 * is still live, the heap V8 has reserved, and the process’s RSS. A thread
 * that keeps nothing of a file after writing it shows a flat live heap; the
 * reserved heap and RSS move with V8’s collection schedule.
 *
 *     node --expose-gc bench/heap.js [--count 2000] [--every 250] [--formats md,docx,pdf,tei]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {generateArchive} from './archive.js'

if (typeof globalThis.gc !== 'function') {
  console.error('run with node --expose-gc (npm run bench:heap does)')
  process.exit(2)
}

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const {values} = parseArgs({
  options: {
    count: {type: 'string', default: '2000'},
    every: {type: 'string', default: '250'},
    formats: {type: 'string', default: 'md,docx,pdf,tei'}
  }
})
const {convertFile, getEmitter, loadTemplate} = await import(path.join(root, 'dist', 'index.js'))

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-heap-'))
const inputs = generateArchive(path.join(root, 'corpus'), path.join(work, 'archive'), Number(values.count))
const options = {
  emitters: values.formats.split(',').map((name) => getEmitter(name)),
  outDir: path.join(work, 'out'),
  template: loadTemplate('briefing')
}
fs.mkdirSync(options.outDir)
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1)

console.log(`Formats ${values.formats}, one thread, Node ${process.version}`)
console.log()
console.log('| files | live heap after GC (MB) | reserved heap (MB) | RSS (MB) |')
console.log('|---:|---:|---:|---:|')
for (const [index, input] of inputs.entries()) {
  const report = await convertFile(input, options)
  if (report.status === 'failed') throw new Error(`${input}: ${report.error}`)
  if ((index + 1) % Number(values.every) === 0) {
    globalThis.gc()
    const heap = v8.getHeapStatistics()
    console.log(`| ${index + 1} | ${mb(heap.used_heap_size)} | ${mb(heap.total_heap_size)} | ${mb(process.memoryUsage.rss())} |`)
  }
}
fs.rmSync(work, {recursive: true, force: true})
