#!/usr/bin/env node
/**
 * Benchmark: a briefing packet of 200 transcripts (the five corpus samples,
 * 40 copies each), as PDF and as DOCX. Prints time, peak memory (RSS) and
 * pages. Run after `npm run build`:
 *
 *     node bench/packet.js [count]
 *
 * Each format runs in a fresh process so that one’s peak does not hide the other’s.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const count = process.argv[2] === '--one' ? 0 : Number(process.argv[2] ?? 200)

if (process.argv[2] === '--one') {
  // Child: make one packet, report on stdout.
  const [, , , output, folder] = process.argv
  const {makePacket} = await import(path.join(root, 'dist/index.js'))
  const started = performance.now()
  const report = await makePacket([folder], {output})
  const seconds = (performance.now() - started) / 1000
  console.log(JSON.stringify({seconds, rssMB: process.resourceUsage().maxRSS / 1024, pages: report.pages, chapters: report.chapters.length, bytes: fs.statSync(output).size}))
} else {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-packet-bench-'))
  const corpus = path.join(root, 'corpus')
  const samples = fs.readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort()
  fs.copyFileSync(path.join(corpus, 'people.yaml'), path.join(folder, 'people.yaml'))
  for (let i = 0; i < count; i++) {
    const sample = samples[i % samples.length]
    fs.copyFileSync(path.join(corpus, sample), path.join(folder, `${String(i).padStart(3, '0')}-${sample}`))
  }
  for (const extension of ['pdf', 'docx']) {
    const output = path.join(folder, `packet.${extension}`)
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', output, folder], {encoding: 'utf8'})
    if (child.status !== 0) {
      console.error(child.stderr)
      process.exit(1)
    }
    const result = JSON.parse(child.stdout)
    const pages = result.pages ? `, ${result.pages} pages` : ''
    console.log(
      `${extension.padEnd(4)} ${result.chapters} transcripts${pages}: ${result.seconds.toFixed(1)} s, peak RSS ${Math.round(result.rssMB)} MB, ${(result.bytes / 1e6).toFixed(1)} MB`
    )
  }
  fs.rmSync(folder, {recursive: true, force: true})
}
