/**
 * No catastrophic patterns: adversarial input (long runs of capitals,
 * colons, parentheses, spaces, links, repeated paragraphs) parses in time
 * of the same order as a real transcript of the same size.
 *
 * Each shape of 160,000 characters is timed against a calibration run in the
 * same process: the corpus's own text, cut to the same size, timed just
 * before. A shared, loaded machine slows both alike, so the ratio holds where
 * a fixed time would not (ratios of a few milliseconds at n and 8n failed two
 * fresh-clone runs in three). Every shape is under 9 times the calibration
 * today; a quadratic step at this size is hundreds of times, and an
 * exponential pattern never returns (the test's timeout catches that). The
 * growth from n to 8n is measured by `npm run bench:adversarial`.
 */
import fs from 'node:fs'
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

const size = 160_000
const sample = fs.readFileSync('corpus/state-2013-05-07-kerry-lavrov-remarks-qa.txt', 'utf8')
const calibration = sample.repeat(Math.ceil(size / sample.length)).slice(0, size)

/** How many times the calibration's time an adversarial shape may take. */
const allowed = 30

describe('parse time on adversarial input is of the order of a real transcript’s', () => {
  it.each(Object.keys(shapes))('%s', (name) => {
    const shape = shapes[name](size)
    const reference = parseTime(calibration)
    const time = parseTime(shape)
    expect(time / reference, `${time.toFixed(1)} ms against ${reference.toFixed(1)} ms for the corpus's text`).toBeLessThan(allowed)
  }, 60_000)
})
