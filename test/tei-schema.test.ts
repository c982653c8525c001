/**
 * Every TEI Verbatim writes is valid against the project’s own schema
 * (`schema/verbatim-tei.rnc`), against the whole of TEI P5 (`tei_all.rng`,
 * from `../shared/schema/` or `VERBATIM_TEI_ALL`) and against Parla-CLARIN
 * (`../shared/schema/parla-clarin/parla-clarin.rng` or
 * `VERBATIM_PARLA_CLARIN`), with jing: the corpus, the fixture and a batch of
 * generated transcripts, dated (`SOURCE_DATE_EPOCH`) and not, all in one jing
 * call per schema. Skipped locally without jing; under CI jing must be there.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {toTei} from '../src/emit/tei/index.js'
import {parse} from '../src/parse/index.js'
import {sampleTree} from './fixtures/sample-tree.js'
import {readTranscript} from '../src/convert/read.js'
import {corpus, ownSchema, parlaClarin, teiAll, teiContext, transcripts} from './helpers/tei.js'
import {hasTool} from './helpers/tools.js'

const jing = hasTool('jing')

/** An English transcript with a paragraph in French: the paragraph carries its own `xml:lang`. */
const mixedLanguages = [
  'Remarks',
  'May 1, 2014',
  'SECRETARY KERRY: Good morning, and thank you all for coming today. We have had a very productive meeting on a range of issues that matter to the people of both of our countries, and we will continue to work together in the weeks ahead.',
  'Nous sommes très heureux d’être ici avec nos amis français, et nous allons travailler ensemble pour la paix et la sécurité de tous les peuples de la région.',
  'QUESTION: Thank you, and what do you expect from the talks that are going to be held in the next weeks?'
].join('\n\n')

/** tei_all and Parla-CLARIN are read from outside the project: skip locally without them, fail under CI. */
function hasSchema(file: string, variable: string): boolean {
  if (fs.existsSync(file)) return true
  if (process.env.CI === 'true') throw new Error(`${path.basename(file)} not found at ${file} (set ${variable})`)
  return false
}
const hasTeiAll = () => hasSchema(teiAll, 'VERBATIM_TEI_ALL')
const hasParlaClarin = () => hasSchema(parlaClarin, 'VERBATIM_PARLA_CLARIN')

function runJing(schema: string, files: string[], compact: boolean) {
  const result = spawnSync('jing', [...(compact ? ['-c'] : []), schema, ...files], {encoding: 'utf8'})
  // jing prints its own classpath warnings on stderr; errors go to stdout.
  return {status: result.status, errors: result.stdout.trim()}
}

describe.skipIf(!jing)('tei schemas (jing)', () => {
  let folder: string
  let files: string[]

  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-tei-'))
    const documents: Array<[string, string]> = [
      ['fixture', toTei(sampleTree(), teiContext())],
      ...corpus().map(([name, , tree]): [string, string] => [name, toTei(tree, teiContext())]),
      // With no time of conversion: no publicationStmt/date, a change without @when.
      ['fixture-undated', toTei(sampleTree(), {...teiContext(), timestamp: undefined})],
      ...corpus().map(([name, , tree]): [string, string] => [`${name}-undated`, toTei(tree, {...teiContext(), timestamp: undefined})]),
      // Real transcripts of every publisher and script in the accuracy corpora, empty turns and paragraphs in other languages among them.
      ...['real', 'holdout'].flatMap((set) => {
        const folder = path.join('test', 'fixtures', set)
        return fs
          .readdirSync(folder)
          .filter((name) => name.endsWith('.txt'))
          .map((name): [string, string] => [`${set}-${name}`, toTei(parse(fs.readFileSync(path.join(folder, name))), teiContext())])
      }),
      ['paragraph-language', toTei(parse(mixedLanguages), teiContext())],
      // The event's time with its zone: an offset in @when (EDT), or none (CST is ambiguous).
      ...['1:05 P.M. EDT', '1:05 P.M. CST'].map((time, index): [string, string] => [
        `time-zone-${index}`,
        toTei(parse(`Press Briefing\n\nJuly 15, 2016\n\n${time}\n\nMR. EARNEST: Good afternoon.\n`), teiContext())
      ]),
      // Captions and transcription services' exports: turns with the times they were spoken (a timeline).
      ...['vtt', 'srt', 'otter', 'rev', 'teams'].flatMap((kind) => {
        const folder = path.join('test', 'fixtures', 'formats', kind)
        return fs
          .readdirSync(folder)
          .filter((name) => /\.(?:vtt|srt|txt)$/.test(name))
          .map((name): [string, string] => [`${kind}-${name}`, toTei(readTranscript(path.join(folder, name)).tree, teiContext())])
      }),
      ...fc.sample(transcripts, {numRuns: 40, seed: 20160715}).map((tree, index): [string, string] => [
        `generated-${index}`,
        toTei(tree, teiContext())
      ])
    ]
    files = documents.map(([name, xml]) => {
      const file = path.join(folder, name + '.tei.xml')
      fs.writeFileSync(file, xml)
      return file
    })
  })

  afterAll(() => {
    if (folder) fs.rmSync(folder, {recursive: true, force: true})
  })

  it('the project’s schema accepts every document Verbatim writes', () => {
    expect(runJing(ownSchema, files, true)).toEqual({status: 0, errors: ''})
  })

  it.skipIf(!hasTeiAll())('tei_all accepts every document Verbatim writes', () => {
    expect(runJing(teiAll, files, false)).toEqual({status: 0, errors: ''})
  })

  it.skipIf(!hasParlaClarin())('Parla-CLARIN accepts every document Verbatim writes', () => {
    expect(runJing(parlaClarin, files, false)).toEqual({status: 0, errors: ''})
  })

  it('the undated documents are undated: no date of making in publicationStmt or change', () => {
    const xml = fs.readFileSync(files.find((file) => file.endsWith('fixture-undated.tei.xml'))!, 'utf8')
    expect(xml).toMatch(/<publicationStmt>(?:(?!<date)[^])*<\/publicationStmt>/)
    expect(xml).toMatch(/<change who="#verbatim">/)
  })

  it('writes a paragraph in another language with its own xml:lang, inside a document in English', () => {
    const xml = fs.readFileSync(files.find((file) => file.endsWith('paragraph-language.tei.xml'))!, 'utf8')
    expect(xml).toMatch(/<TEI [^>]*xml:lang="en"/)
    expect(xml).toMatch(/<seg xml:id="p2" xml:lang="fr">Nous sommes/)
    expect(xml).toContain('<language ident="fr" xml:id="lang-fr">French</language>')
  })

  it('langUsage declares every language an xml:lang names, in every document', () => {
    for (const file of files) {
      const xml = fs.readFileSync(file, 'utf8')
      const declared = new Set([...xml.matchAll(/<language ident="([^"]+)"/g)].map((match) => match[1]))
      const used = new Set([...xml.matchAll(/ xml:lang="([^"]+)"/g)].map((match) => match[1]))
      expect([...used].filter((tag) => !declared.has(tag)), path.basename(file)).toEqual([])
    }
  })

  it('the project’s schema rejects what Verbatim does not write', () => {
    const xml = toTei(sampleTree(), teiContext())
    const cases = {
      'unknown-type': xml.replace('<vocal type="laughter">', '<vocal type="giggle">'),
      'u-without-ana': xml.replace(/ ana="#speaker-official #delivery-interpreted"/, ''),
      'seg-without-id': xml.replace('<seg xml:id="p3">', '<seg>')
    }
    const bad = Object.entries(cases).map(([name, text]) => {
      expect(text).not.toBe(xml)
      const file = path.join(folder, `bad-${name}.xml`)
      fs.writeFileSync(file, text)
      return file
    })
    const result = runJing(ownSchema, bad, true)
    expect(result.status).not.toBe(0)
    for (const file of bad) expect(result.errors).toContain(file)
  })
})
