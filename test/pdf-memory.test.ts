/**
 * A long PDF streams: pages are written out as layout proceeds, so the heap
 * does not hold the document (transcripts short enough to hold, see
 * `src/emit/pdf/pagination.ts`, are laid out once with their pages held). pdfkit still keeps a little bookkeeping per
 * turn until the end (structure tree, bookmarks, destinations), so the
 * guard is a per-turn budget far below what buffering every page costs
 * (about 70 kB per turn of this synthetic transcript with `bufferPages`).
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import {describe, expect, it} from 'vitest'
import type {Transcript, Turn} from '../src/model.js'
import {renderPdf} from '../src/emit/pdf/render.js'
import {loadTemplate} from '../src/template/load.js'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

/** A long press conference: official answers and questions, two paragraphs each. */
function syntheticTranscript(turnCount: number): Transcript {
  const sentence = 'We discussed the situation in the region at length, and we agreed – “frankly” – to keep talking. '
  const children: Turn[] = []
  let paragraph = 0
  for (let n = 1; n <= turnCount; n++) {
    const asks = n % 2 === 0
    children.push({
      type: 'turn',
      n,
      speaker: asks ? 'journalists' : 'minister',
      label: asks ? 'QUESTION' : 'FOREIGN MINISTER',
      children: [1, 2].map(() => ({
        type: 'paragraph' as const,
        n: ++paragraph,
        children: [{type: 'text' as const, value: `${n}. ${sentence.repeat(3)}`}]
      }))
    })
  }
  return {
    type: 'transcript',
    meta: {title: 'Synthetic press conference', date: '2016-07-15', language: 'en'},
    participants: [
      {id: 'minister', name: 'Сергей Лавров', kind: 'official', labels: ['FOREIGN MINISTER']},
      {id: 'journalists', name: 'Journalists', kind: 'journalist', group: true, labels: ['QUESTION']}
    ],
    children,
    removed: []
  }
}

/** Highest heap (after collection) while streaming, above the heap before; and bytes out. */
async function peakHeap(turnCount: number): Promise<{peak: number; bytes: number}> {
  const tree = syntheticTranscript(turnCount)
  const template = loadTemplate('briefing')
  gc()
  const before = process.memoryUsage().heapUsed
  let peak = 0
  let bytes = 0
  let chunks = 0
  // The streamed path, whatever the length: shorter transcripts are held for one pass by default.
  const rendered = renderPdf(tree, {template, timestamp: new Date(0), version: 'test'}, {holdPagesUpTo: 0})
  for await (const chunk of rendered) {
    bytes += chunk.length
    if (++chunks % 200 === 0) {
      gc()
      peak = Math.max(peak, process.memoryUsage().heapUsed - before)
    }
  }
  return {peak, bytes}
}

describe('pdf memory', () => {
  it('streams a long transcript without holding its pages', async () => {
    const short = await peakHeap(100)
    const long = await peakHeap(500)
    const perTurn = (long.peak - short.peak) / 400
    // Measured about 15 kB per turn (bookkeeping and pdfkit’s word-layout cache).
    expect(perTurn).toBeLessThan(25_000)
    // Fonts are a fixed cost: five times the turns make about four times the bytes.
    expect(long.bytes).toBeGreaterThan(3 * short.bytes)
  })
})
