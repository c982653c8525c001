/**
 * A synthetic archive for the benchmark, made from the samples in `corpus/`:
 * each transcript keeps a sample's header (so it parses as that source does)
 * and a body of that sample's paragraphs, cut or repeated to one of several
 * lengths (half to three times the sample). Deterministic: the same count
 * gives the same files.
 */
import fs from 'node:fs'
import path from 'node:path'

const lengths = [0.5, 1, 1.5, 2, 3]
const label = /^[A-Z][A-Za-z .’'()-]{1,80}:\s/

function sample(file) {
  const blocks = fs.readFileSync(file, 'utf8').split(/\n\s*\n/)
  const first = blocks.findIndex((block) => label.test(block))
  const start = first > 0 ? first : Math.min(2, blocks.length - 1)
  return {name: path.basename(file, '.txt'), header: blocks.slice(0, start), body: blocks.slice(start)}
}

/** Write `count` transcripts (and the corpus registry) into `folder`; returns their paths. */
export function generateArchive(corpusFolder, folder, count) {
  const samples = fs
    .readdirSync(corpusFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => sample(path.join(corpusFolder, name)))
  fs.mkdirSync(folder, {recursive: true})
  fs.copyFileSync(path.join(corpusFolder, 'people.yaml'), path.join(folder, 'people.yaml'))
  const files = []
  for (let index = 0; index < count; index++) {
    const source = samples[index % samples.length]
    const length = lengths[Math.floor(index / samples.length) % lengths.length]
    const size = Math.max(2, Math.round(source.body.length * length))
    const body = Array.from({length: size}, (_, n) => source.body[n % source.body.length])
    // A sentence of its own, so no two transcripts are the same text.
    body[0] = body[0].replace(/([.?!])(\s|$)/, `$1 This is archive item ${index + 1}.$2`)
    const file = path.join(folder, `${String(index + 1).padStart(5, '0')}-${source.name}.txt`)
    fs.writeFileSync(file, [...source.header, ...body].join('\n\n') + '\n')
    files.push(file)
  }
  return files
}
