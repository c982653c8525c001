/**
 * Linear time on pathological input: each shape is read (and, where the
 * cost is in a format, rendered) at size n and 8n, and the ratio of the
 * times printed. A linear step gives about 8; a quadratic one 64. Results
 * go into bench/RESULTS.md by hand, with the machine they ran on.
 *
 *     npm run bench:adversarial            # n as below
 *     node bench/adversarial.js 2          # every n doubled
 */
import {VFile} from 'vfile'
import {getEmitter, parse} from '../dist/index.js'
import {fromMarkdown} from '../dist/read/markdown/index.js'
import {fromTei} from '../dist/read/tei/index.js'
import {renderedBytes} from '../dist/verify/index.js'

const scale = Number(process.argv[2] ?? 1)

const tei = (body) =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`
const front = '---\ntitle: T\nparticipants:\n  - id: a\n    name: A\n    kind: official\n    labels: [A]\n---\n\n'
const letters = (n) => [3, 2, 1, 0].map((place) => String.fromCharCode(65 + (Math.floor(n / 26 ** place) % 26))).join('')

/** name, n, build(n) → input, run(input) → promise */
const shapes = [
  ['distinct labels (parse)', 2500, (n) => 'Remarks\n\n' + Array.from({length: n}, (_, i) => `SPEAKER ${letters(i)}: Words.\n\n`).join(''), (text) => parse(text)],
  ['paragraphs in one turn (parse)', 5000, (n) => 'Remarks\n\nSECRETARY KERRY: Opening.\n\n' + 'More words of the same speech here.\n\n'.repeat(n), (text) => parse(text)],
  ['one long line (parse)', 100_000, (n) => 'Remarks\n\nSECRETARY KERRY: ' + 'word, '.repeat(n) + '\n', (text) => parse(text)],
  ['one unbroken token (PDF)', 25_000, (n) => parse('Remarks\n\nSECRETARY KERRY: ' + 'x'.repeat(n) + '\n'), async (tree) => renderedBytes(await getEmitter('pdf').render(tree, {}))],
  ['nested TEI divisions (read)', 25, (n) => tei('<div>'.repeat(n) + '<u who="#a"><seg>Words.</seg></u>' + '</div>'.repeat(n)), (xml) => fromTei(xml, new VFile())],
  ['nested TEI elements in a seg (read; refused past 1,000)', 100, (n) => tei('<div><u who="#a"><seg>' + '<hi>'.repeat(n) + 'Words.' + '</hi>'.repeat(n) + '</seg></u></div>'), (xml) => fromTei(xml, new VFile())],
  ['paragraphs in one turn (Markdown render)', 25_000, (n) => parse('Remarks\n\nSECRETARY KERRY: Opening.\n\n' + 'More words of the same speech here.\n\n'.repeat(n)), async (tree) => renderedBytes(await getEmitter('md').render(tree, {}))],
  ['front matter of n words (parse)', 100_000, (n) => `---\ntitle: T\nnote: "${'word '.repeat(n)}"\n---\n\nSECRETARY KERRY: Hello.\n`, (text) => parse(text)],
  ['nested Markdown quotes (read)', 250, (n) => front + '> '.repeat(n) + 'Deep words.\n', (text) => fromMarkdown(text)]
]

console.log('| shape | n | time at n (ms) | time at 8n (ms) | ratio (linear ≈ 8) |')
console.log('|---|---:|---:|---:|---:|')
for (const [name, base, build, run] of shapes) {
  const n = Math.round(base * scale)
  const times = []
  for (const size of [n, 8 * n]) {
    const input = build(size)
    await run(input) // warm
    const started = performance.now()
    await run(input)
    times.push(performance.now() - started)
  }
  console.log(`| ${name} | ${n.toLocaleString('en')} | ${times[0].toFixed(0)} | ${times[1].toFixed(0)} | ${(times[1] / times[0]).toFixed(1)} |`)
}
