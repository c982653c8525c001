/**
 * No catastrophic patterns: the parser’s time is linear in the size of
 * adversarial input (long runs of capitals, colons, parentheses, spaces,
 * links, repeated paragraphs). Each shape is parsed at n and 8n characters;
 * linear code takes about 8 times as long, quadratic 64 times, and an
 * exponential pattern never returns (the test’s timeout catches that).
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/parse/index.js'

const shapes: Record<string, (n: number) => string> = {
  'capitals': (n) => 'A'.repeat(n),
  'capital words': (n) => 'AB '.repeat(n / 3),
  'colons': (n) => ':'.repeat(n),
  'label-like runs': (n) => 'A: '.repeat(n / 3),
  'open parentheses': (n) => '('.repeat(n),
  'empty parentheses': (n) => '()'.repeat(n / 2),
  'parenthetical label': (n) => 'SECRETARY KERRY (' + 'a '.repeat(n / 2),
  'square brackets': (n) => '['.repeat(n),
  'angle brackets': (n) => '<'.repeat(n),
  'links run together': (n) => 'www.'.repeat(n / 4) + ' !',
  'unclosed autolinks': (n) => '<http:'.repeat(n / 6),
  'spaces': (n) => 'a' + ' '.repeat(n) + 'b',
  'tabs and odd spaces': (n) => 'a' + '\t\u00A0\u200B'.repeat(n / 3) + 'b',
  'heading hashes': (n) => '# ' + ' #'.repeat(n / 2) + 'x',
  'dashes': (n) => '- '.repeat(n / 2) + 'x',
  'commas': (n) => 'A' + ', '.repeat(n / 2),
  'damaged dashes': (n) => ' "" '.repeat(n / 4),
  'emphasis markers': (n) => '**a'.repeat(n / 3),
  'dots': (n) => 'a.'.repeat(n / 2) + '...',
  'numbers and dots': (n) => '1.1.'.repeat(n / 4),
  'weekdays': (n) => 'Monday '.repeat(n / 7),
  'front matter fences': (n) => '---\n'.repeat(n / 4),
  'short lines': (n) => 'A\n'.repeat(n / 2),
  'Q Q Q': (n) => 'Q '.repeat(n / 2),
  'ellipsis after spaces': (n) => 'a ' + ' '.repeat(n) + '…',
  'many paragraphs': (n) => Array.from({length: n / 80}, (_, i) => `QUESTION: This is question number ${i} and it is long enough to count.`).join('\n\n'),
  'repeated paragraphs': (n) => 'QUESTION: The same paragraph of speech, long enough to be taken for a repeat.\n\n'.repeat(n / 80)
}

/** Inside a transcript with a header and a turn, as well as alone. */
const contexts = (text: string) => [text, `Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: ${text}\n\n${text}`]

function parseTime(text: string): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const started = performance.now()
    for (const input of contexts(text)) parse(input)
    best = Math.min(best, performance.now() - started)
  }
  return best
}

describe('parse time is linear on adversarial input', () => {
  const small = 20_000
  it.each(Object.keys(shapes))('%s', (name) => {
    const make = shapes[name]
    const smallTime = parseTime(make(small))
    const largeTime = parseTime(make(small * 8))
    // 8 times the input: linear is about 8 times the time; allow noise (a shared CI machine),
    // and a floor for inputs parsed in a few milliseconds. Quadratic would be 64 times.
    expect(largeTime, `${smallTime.toFixed(1)} ms → ${largeTime.toFixed(1)} ms`).toBeLessThan(Math.max(smallTime * 24, 60))
    expect(largeTime).toBeLessThan(3000)
  }, 30_000)
})
