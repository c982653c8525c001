/**
 * The template's parts (src/emit/docx/template-parts.ts), compiled once and
 * swapped into each document, must give the bytes the `docx` library gives
 * when it builds every part of every document itself.
 */
import {Document} from 'docx'
import {describe, expect, test} from 'vitest'
import type {EmitContext} from '../src/emit/emitter.js'
import {docxEmitter, documentStyles, pageFurniture, pageProperties, transcriptContent} from '../src/emit/docx/index.js'
import {embeddedFonts} from '../src/emit/docx/fonts.js'
import {packageParts} from '../src/emit/docx/package-parts.js'
import {documentProperties} from '../src/emit/docx/properties.js'
import {makeReproducible, type Parts} from '../src/emit/docx/reproducible.js'
import {deflated, zipArchive} from '../src/emit/docx/zip.js'
import type {Transcript} from '../src/model.js'
import {loadTemplate} from '../src/template/load.js'
import type {Template} from '../src/template/schema.js'
import {corpusFile, parseCorpus} from './helpers/corpus.js'

const noon = new Date('2016-07-15T12:00:00Z')
const context = (template: Template): EmitContext => ({template, timestamp: noon, version: '0.0.0-test'})

/** The emitter as it was before the template's parts were shared: the library builds every part. */
async function everyPartBuilt(tree: Transcript, template: Template): Promise<Uint8Array> {
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
        children: transcriptContent(tree, template, {bodyOnNewPage: cover})
      }
    ]
  })
  const parts: Parts = await packageParts(document)
  makeReproducible(parts, noon)
  const names = [...parts.keys()].sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'))
  return zipArchive(
    names.map((name) => {
      const content = parts.get(name)!
      return {name, content: typeof content === 'string' || content instanceof Uint8Array ? deflated(content) : content}
    }),
    noon
  )
}

const briefing = loadTemplate('briefing')
const templates: Array<[string, Template]> = [
  ['briefing', briefing],
  ['plain', loadTemplate('plain')],
  ['briefing with cover and marking', {...briefing, cover: true, marking: {...briefing.marking, enabled: true}}],
  ['briefing without embedded fonts', {...briefing, fonts: {...briefing.fonts, embed: false}}]
]

describe('template parts', () => {
  test.each(templates)('%s: the same bytes as building every part, for each of two transcripts', async (_, template) => {
    for (const part of ['mfa', 'uspa']) {
      const {tree} = parseCorpus(corpusFile(part))
      const shared = (await docxEmitter.render(tree, context(template))) as Uint8Array
      expect(Buffer.from(shared).equals(Buffer.from(await everyPartBuilt(tree, template))), part).toBe(true)
    }
  })
})
