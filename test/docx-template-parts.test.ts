/**
 * The template's parts (src/emit/docx/template-parts.ts), made once and
 * handed to each document's `Packer` as overrides, with the fonts added
 * after packing, must give the parts the `docx` library gives when one
 * `Document` is given the styles and fonts itself and packed whole (its
 * fonts then cut to the document's characters, as the emitter cuts them).
 */
import {Document, Packer} from 'docx'
import {describe, expect, test} from 'vitest'
import type {EmitContext} from '../src/emit/emitter.js'
import {
  createState,
  docxEmitter,
  documentStyles,
  pageFurniture,
  pageProperties,
  transcriptContent
} from '../src/emit/docx/index.js'
import {embeddedFonts} from '../src/emit/docx/fonts.js'
import {readPackage} from '../src/emit/docx/package.js'
import {documentProperties} from '../src/emit/docx/properties.js'
import {charactersOf} from '../src/emit/docx/characters.js'
import {subsetPartContent, western} from '../src/emit/docx/font-parts.js'
import {makeReproducible, markSubsetFonts, rekeyFonts} from '../src/emit/docx/rewrites.js'
import {inflated, readZip} from '../src/emit/docx/zip.js'
import type {Transcript} from '../src/model.js'
import {loadTemplate} from '../src/template/load.js'
import type {Template} from '../src/template/schema.js'
import {corpusFile, parseCorpus} from './helpers/corpus.js'

const noon = new Date('2016-07-15T12:00:00Z')
const context = (template: Template): EmitContext => ({template, timestamp: noon, version: '0.0.0-test'})

/** Every part by path, uncompressed, in the package's order. */
type Contents = Array<[string, Buffer]>

/** One `Document` with every option, packed whole by docx, then given the same rewrites. */
async function everyPartBuilt(tree: Transcript, template: Template): Promise<Contents> {
  const styles = documentStyles(template, tree.meta.language)
  const cover = template.cover
  const document = new Document({
    ...documentProperties(tree, context(template)),
    styles,
    fonts: template.fonts.embed ? embeddedFonts(styles) : [],
    sections: [
      {
        properties: {...pageProperties(template), titlePage: cover},
        ...pageFurniture(tree.meta, template, {cover}),
        children: transcriptContent(createState(tree, context(template)), {bodyOnNewPage: cover})
      }
    ]
  })
  const parts = readPackage(await Packer.toBuffer(document))
  makeReproducible(parts, noon)
  const {fontTable, fonts} = rekeyFonts(parts)
  const contents: Contents = [...parts].map(([name, content]) => [name, inflated(content)])
  const codePoints = charactersOf(parts, western)
  const rekeyed = new Map(fonts.map((font) => [font.name, inflated(subsetPartContent(font.part, codePoints))]))
  for (const entry of contents) {
    if (entry[0] === 'word/fontTable.xml') entry[1] = Buffer.from(fontTable)
    if (entry[0] === 'word/settings.xml') entry[1] = Buffer.from(markSubsetFonts(entry[1].toString('utf8')))
    entry[1] = rekeyed.get(entry[0]) ?? entry[1]
  }
  // Where the emitter writes it.
  const types = contents.findIndex(([name]) => name === '[Content_Types].xml')
  return [...contents.splice(types, 1), ...contents]
}

const briefing = loadTemplate('briefing')
const templates: Array<[string, Template]> = [
  ['briefing', briefing],
  ['plain', loadTemplate('plain')],
  ['briefing with cover and marking', {...briefing, cover: true, marking: {...briefing.marking, enabled: true}}],
  ['briefing without embedded fonts', {...briefing, fonts: {...briefing.fonts, embed: false}}]
]

describe('template parts', () => {
  test.each(templates)('%s: the same parts, in the same order, as a document given everything, for each of two transcripts', async (_, template) => {
    for (const part of ['mfa', 'uspa']) {
      const {tree} = parseCorpus(corpusFile(part))
      const shared = readZip((await docxEmitter.render(tree, context(template))) as Uint8Array)
      const whole = await everyPartBuilt(tree, template)
      expect(shared.map((entry) => entry.name), part).toEqual(whole.map(([name]) => name))
      whole.forEach(([name, content], index) => {
        expect(inflated(shared[index]!.content).equals(content), `${part}: ${name}`).toBe(true)
      })
    }
  })
})
