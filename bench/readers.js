/**
 * `npm run bench:readers`: how long reading takes for the same transcript as
 * plain text, as a saved web page and as a Word file.
 *
 *     node bench/readers.js [--runs 40] [--chrome 1]
 *
 * For each transcript of `corpus/`, the page and the Word file are built
 * from its text as `scripts/build-format-fixtures.js` builds the fixtures;
 * the page gets a site's weight around the article (`--chrome`: times a
 * saved State Department page's menus, inline scripts, icons and footer,
 * about 120 KB), so the figure is for a page as Ctrl-S saves it, not for
 * the article alone. Each input is read `--runs` times in this process after
 * a warm-up (`readTranscript`, as `verbatim convert` reads); the medians are
 * printed, with the ratio to the text. The issue's bar: under 2× the text.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {readTranscript} from '../dist/index.js'
import {documentDocx, pageHtml} from '../scripts/build-format-fixtures.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const {values} = parseArgs({options: {runs: {type: 'string', default: '40'}, chrome: {type: 'string', default: '1'}}})
const runs = Number(values.runs)

/** What a saved government page carries besides the article: a mega menu, inline scripts and styles, icons, JSON-LD, a footer. */
function siteChrome(weight) {
  const parts = []
  for (let copy = 0; copy < weight; copy++) {
    parts.push(`<script>${'window.__config = {"analytics": true, "region": "us-east", "features": ["search", "translate", "share"]};\n'.repeat(300)}</script>`)
    parts.push(`<style>${'.menu__item{display:block;padding:.5rem 1rem;color:#112e51}.menu__item:hover{text-decoration:underline}\n'.repeat(120)}</style>`)
    parts.push('<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Department Press Briefing"}</script>')
    const icon = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2C6.5 2 2 6.5 2 12s4.5 10 10 10 10-4.5 10-10S17.5 2 12 2zm0 18c-4.4 0-8-3.6-8-8s3.6-8 8-8 8 3.6 8 8-3.6 8-8 8z"/></svg>'
    const links = (n, word) => Array.from({length: n}, (_, i) => `<li class="menu__item"><a href="/${word}/${i}">${icon}<span>${word} ${i + 1}</span></a></li>`).join('')
    parts.push(`<nav class="mega-menu" aria-label="Main"><ul>${['Policy Issues', 'Countries and Areas', 'Bureaus and Offices', 'About'].map((word) => `<li><button>${word}</button><ul>${links(40, word)}</ul></li>`).join('')}</ul></nav>`)
    parts.push(`<footer class="site-footer"><ul>${links(60, 'Footer link')}</ul></footer>`)
  }
  return parts.join('\n')
}

function median(times) {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function timeRead(file) {
  for (let index = 0; index < 5; index++) readTranscript(file)
  const times = []
  for (let index = 0; index < runs; index++) {
    const started = performance.now()
    readTranscript(file)
    times.push(performance.now() - started)
  }
  return median(times)
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-readers-'))
const corpus = path.join(root, 'corpus')
const rows = []
try {
  for (const entry of fs.readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(corpus, entry), 'utf8')
    const name = entry.slice(0, -4)
    const facts = {speakers: []}
    const html = path.join(work, `${name}.html`)
    const docx = path.join(work, `${name}.docx`)
    fs.writeFileSync(html, pageHtml({site: 'state2014', bold: 'strong', roles: {title: [[1, 1]]}}, text, facts, siteChrome(Number(values.chrome))))
    fs.writeFileSync(docx, await documentDocx({office: ['U.S. DEPARTMENT OF STATE', 'Office of the Spokesperson'], roles: {title: [[1, 1]]}}, text, facts))
    const txt = path.join(corpus, entry)
    const figures = {name, kb: Math.round(text.length / 1024), htmlKb: Math.round(fs.statSync(html).size / 1024), text: timeRead(txt), html: timeRead(html), docx: timeRead(docx)}
    rows.push(figures)
  }
} finally {
  fs.rmSync(work, {recursive: true, force: true})
}

console.log(`| transcript | text KB | page KB | .txt ms | .html ms | ratio | .docx ms | ratio |`)
console.log(`|---|---:|---:|---:|---:|---:|---:|---:|`)
for (const row of rows) {
  console.log(`| ${row.name} | ${row.kb} | ${row.htmlKb} | ${row.text.toFixed(2)} | ${row.html.toFixed(2)} | ${(row.html / row.text).toFixed(2)}× | ${row.docx.toFixed(2)} | ${(row.docx / row.text).toFixed(2)}× |`)
}
const total = (key) => rows.reduce((sum, row) => sum + row[key], 0)
console.log(`| all | | | ${total('text').toFixed(2)} | ${total('html').toFixed(2)} | ${(total('html') / total('text')).toFixed(2)}× | ${total('docx').toFixed(2)} | ${(total('docx') / total('text')).toFixed(2)}× |`)
