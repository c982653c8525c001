/**
 * TEI → tree → TEI on generated transcripts: any tree the model allows
 * (XML-special characters, entity look-alikes, carriage returns, ids that are
 * no XML names, every incident kind and relation), once refined as every
 * reader refines its tree, comes back the same. (So refining is idempotent:
 * the reader refines again what was refined before it was written.)
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {toTei} from '../src/emit/tei/index.js'
import {fromTei} from '../src/read/tei/index.js'
import {refine} from '../src/transform/refine.js'
import {VFile} from 'vfile'
import {parseXml, teiContext, transcripts, walk, withoutPositions} from './helpers/tei.js'

describe('tei round trip on generated transcripts', () => {
  it('tree → TEI → tree is the same tree, and TEI → tree → TEI the same bytes', () => {
    fc.assert(
      fc.property(transcripts, (generated) => {
        const tree = refine(structuredClone(generated), new VFile(), {language: generated.meta.language, doubts: false})
        const xml = toTei(tree, teiContext())
        const read = fromTei(xml)
        // (through JSON: fast-check builds records without a prototype)
        expect(read).toStrictEqual(withoutPositions(tree))
        expect(toTei(read, teiContext())).toBe(xml)
      }),
      {numRuns: 200}
    )
  })

  it('every pointer of a generated document resolves', () => {
    fc.assert(
      fc.property(transcripts, (tree) => {
        const document = parseXml(toTei(tree, teiContext()))
        const ids = new Set([...walk(document)].map((node) => node.attributes['xml:id']).filter(Boolean))
        for (const node of walk(document)) {
          for (const attribute of ['who', 'ana', 'toWhom', 'corresp', 'resp', 'ref', 'target']) {
            for (const pointer of node.attributes[attribute]?.split(/\s+/) ?? []) {
              if (pointer.startsWith('#')) expect(ids, `@${attribute}="${pointer}"`).toContain(pointer.slice(1))
            }
          }
        }
      }),
      {numRuns: 100}
    )
  })
})
