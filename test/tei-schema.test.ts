/**
 * Every TEI Verbatim writes is valid against the project’s own schema
 * (`schema/verbatim-tei.rnc`) and against the whole of TEI P5 (`tei_all.rng`,
 * from `../shared/schema/` or `VERBATIM_TEI_ALL`), with jing: the corpus, the
 * fixture and a batch of generated transcripts, all in one jing call per
 * schema. Skipped locally without jing; under CI jing must be there.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {toTei} from '../src/emit/tei/index.js'
import {sampleTree} from './fixtures/sample-tree.js'
import {corpus, ownSchema, teiAll, teiContext, transcripts} from './helpers/tei.js'
import {hasTool} from './helpers/tools.js'

const jing = hasTool('jing')

/** tei_all is read from outside the project: skip locally without it, fail under CI. */
function hasTeiAll(): boolean {
  if (fs.existsSync(teiAll)) return true
  if (process.env.CI === 'true') throw new Error(`tei_all.rng not found at ${teiAll} (set VERBATIM_TEI_ALL)`)
  return false
}

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
