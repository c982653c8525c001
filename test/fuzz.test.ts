/**
 * Fuzzing (issue 8): generated transcripts — random labels, stage
 * directions, header shapes, Unicode, control characters, odd line ends —
 * never crash the parser or an emitter, never hang, always give well-formed
 * XML and Markdown that reads back, and every spoken word of the input is in
 * every output. Bounded runs; a fixed seed under CI (`fuzzParameters`).
 * `FUZZ_RUNS=n` runs longer (see docs/robustness.md, Fuzzing).
 */
import fc from 'fast-check'
import JSZip from 'jszip'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {Emitter} from '../src/emit/emitter.js'
import {getEmitter} from '../src/emit/registry.js'
import type {Transcript} from '../src/model.js'
import {paragraphText} from '../src/model.js'
import {parse} from '../src/parse/index.js'
import {fromMarkdown} from '../src/read/markdown/index.js'
import {loadTemplate} from '../src/template/load.js'
import {renderedBytes, spokenSentences, verifyTree} from '../src/verify/index.js'
import {fuzzParameters, transcriptText} from './helpers/generate.js'
import {parseXml} from './helpers/tei.js'
import {hasTool} from './helpers/tools.js'

const runs = Number(process.env.FUZZ_RUNS ?? fuzzParameters.numRuns)
const parameters = {...fuzzParameters, numRuns: runs}
/** DOCX and PDF take a tenth of a second or more per document: fewer runs. */
const slowParameters = {...fuzzParameters, numRuns: Math.max(10, Math.round(runs / 10))}

const template = loadTemplate('briefing')
const emitter = (name: string): Emitter => getEmitter(name)!

// ------------------------------------------------------------------ generators

/** Words of speech: Latin, Cyrillic, Greek, Arabic, CJK, emoji, combining marks, numbers, markup-like tokens. */
const word = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom('agree', 'Syria', 'talks', 'we', 'the', 'ceasefire', 'Moscow', 'naïve', '1,000', 'U.S.', 'co-chair', 'don’t', 'a_b', 'x*y', '<tag>', '&amp;', '#5', '100%', '`code`', '\\', '|', '~~', '>', '+', '1.', '-')},
  {weight: 2, arbitrary: fc.constantFrom('Сергей', 'переговоры', 'Ελλάδα', 'سلام', '北京', '😀', 'e\u0301te\u0301', 'ﬁne', 'Straße', 'İstanbul')},
  {weight: 1, arbitrary: fc.string({unit: fc.constantFrom(...'abcxyzÆØÅçñßАБВ'), minLength: 1, maxLength: 10})}
)

/** Between words: usually a space, sometimes what scrapers and word processors leave. */
const gap = fc.oneof(
  {weight: 12, arbitrary: fc.constant(' ')},
  {weight: 1, arbitrary: fc.constantFrom('\t', '\u00A0', ' \u200B', '  ', ' \u0007', '\u2003', ' \uFEFF', ' \u0000 ', ' \uFFFF ')}
)

const direction = fc.constantFrom('(Laughter.)', '(inaudible)', '(In Russian.)', '(Applause.)', '[crosstalk]', '(Off-mike.)', '(Via interpretation)')

const sentence = fc
  .tuple(fc.array(fc.tuple(word, gap), {minLength: 1, maxLength: 10}), fc.constantFrom('.', '?', '!', '…'), fc.option(direction, {freq: 5}))
  .map(([pairs, stop, note]) => {
    const text = pairs.map(([w, g], index) => (index === 0 ? w : g + w)).join('')
    return text.charAt(0).toUpperCase() + text.slice(1) + stop + (note ? ' ' + note : '')
  })

/** A paragraph, sometimes wrapped over lines as e-mail does. */
const paragraph = fc
  .tuple(fc.array(sentence, {minLength: 1, maxLength: 4}), fc.boolean())
  .map(([sentences, wrapped]) => sentences.join(wrapped ? '\n' : ' '))

/** Labels of every shape, some random: capitals, title case, parentheticals. */
const label = fc.oneof(
  fc.constantFrom('SECRETARY KERRY', 'FOREIGN MINISTER LAVROV', 'QUESTION', 'MODERATOR', 'MS. PSAKI', 'Q', 'Question (addressed to John Kerry)', 'Sergey Lavrov (speaking after John Kerry)', 'President of Russia Vladimir Putin', 'ПРЕЗИДЕНТ ПУТИН'),
  fc.array(fc.constantFrom('MR.', 'SPEAKER', 'O’BRIEN', 'JEAN-LUC', 'DE', 'ÉLYSÉE', 'AL-JUBEIR'), {minLength: 1, maxLength: 5}).map((words) => words.join(' '))
)

const header = fc.constantFrom(
  'Remarks With Russian Foreign Minister Sergey Lavrov\n\nJohn Kerry\nSecretary of State\nMoscow, Russia\nJuly 15, 2016',
  'Foreign Minister Sergey Lavrov’s remarks at a joint news conference with US Secretary of State John Kerry, Moscow\n\nJuly 15, 2016',
  '## PRESS BRIEFING ON SYRIA\n\nMOSCOW, DECEMBER 15, 2015\n\nBeat: News',
  'Press Availability\n\nUnited Nations\nNew York City\nSeptember 30, 2015',
  ''
)

const newline = fc.constantFrom('\n', '\r\n', '\r')

interface Generated {
  text: string
  /** The paragraphs spoken under labels, as generated. */
  speech: string[]
}

/** A transcript with known speech: header, turns, line ends of one kind. */
const generated: fc.Arbitrary<Generated> = fc
  .tuple(header, fc.array(fc.tuple(label, fc.array(paragraph, {minLength: 1, maxLength: 3})), {minLength: 1, maxLength: 8}), newline, fc.boolean())
  .map(([head, turns, end, bom]) => {
    const body = turns.map(([name, paragraphs]) => `${name}: ${paragraphs.join('\n\n')}`)
    const text = (bom ? '\uFEFF' : '') + [head, ...body].filter(Boolean).join('\n\n').replace(/\n/g, end)
    return {text, speech: turns.flatMap(([, paragraphs]) => paragraphs)}
  })

/** Anything at all that looks a little like a transcript: lines of random pieces. */
const chaos = fc
  .array(
    fc.oneof(
      paragraph,
      label.map((name) => name + ':'),
      fc.string({unit: 'grapheme', maxLength: 40}),
      fc.string({unit: 'binary', maxLength: 20}),
      fc.constantFrom('', '###', 'END', '... TO BE CONTINUED', 'PRN: 2013/T05-02', '<http://example.com/a>', '---', 'participants:', '(((', ':::', '¶1', '**USPA NEWS** - In Moscow')
    ),
    {maxLength: 30}
  )
  .chain((lines) => fc.array(fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\n\n\n'), {minLength: lines.length, maxLength: lines.length}).map((ends) => lines.map((line, i) => line + ends[i]).join('')))

// ------------------------------------------------------------------ checks

// Ligature characters (`ﬁ`) are spelt out by the parser, as letters.
const words = (text: string): string[] =>
  text.normalize('NFC').replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC')).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []

/** The body’s text as the tree has it: turns and narrative. */
function bodyText(tree: Transcript): string {
  return tree.children.flatMap((block) => (block.type === 'note' ? [] : block.children.map(paragraphText))).join('\n')
}

/** Parse within a time limit: a hang is a failure, not a stuck test run. */
function parseQuickly(text: string): Transcript {
  const started = performance.now()
  const tree = parse(new VFile({value: text}))
  expect(performance.now() - started, 'parse time (ms)').toBeLessThan(2000)
  return tree
}

/** Render with each emitter and read back: no error, no sentence lost. */
async function expectNothingLost(tree: Transcript, names: string[]): Promise<void> {
  const results = await verifyTree(tree, {emitters: names.map(emitter), template})
  for (const result of results) {
    expect(result.error, result.format).toBeUndefined()
    expect(result.lost.map((lost) => lost.text), result.format).toEqual([])
  }
}

const context = {template, timestamp: new Date('2016-07-15T00:00:00Z'), version: '0.0.0'}

describe('fuzz: generated transcripts', () => {
  it('every spoken word of the input is in the tree, and every sentence in Markdown, TEI and JSON', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async ({text, speech}) => {
        const tree = parseQuickly(text)
        const kept = new Set(words(bodyText(tree)))
        const lost = speech.flatMap(words).filter((token) => !kept.has(token))
        expect(lost).toEqual([])
        await expectNothingLost(tree, ['md', 'tei', 'json'])
      }),
      parameters
    )
  }, 300_000)

  it('the helpers’ transcripts too', async () => {
    await fc.assert(
      fc.asyncProperty(transcriptText, async (text) => {
        await expectNothingLost(parseQuickly(text), ['md', 'tei', 'json'])
      }),
      parameters
    )
  }, 300_000)

  it('Markdown reads back to the same spoken sentences; TEI is well-formed XML', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(generated.map((g) => g.text), chaos), async (text) => {
        const tree = parseQuickly(text)
        const markdown = new TextDecoder().decode(await renderedBytes(await emitter('md').render(tree, context)))
        expect(spokenSentences(fromMarkdown(markdown)).map((s) => s.text)).toEqual(spokenSentences(tree).map((s) => s.text))
        const tei = new TextDecoder().decode(await renderedBytes(await emitter('tei').render(tree, context)))
        expect(() => parseXml(tei)).not.toThrow()
      }),
      parameters
    )
  }, 300_000)

  it('random input (binary, graphemes, stray labels and markers) never crashes, and loses no sentence', async () => {
    await fc.assert(
      fc.asyncProperty(chaos, async (text) => {
        await expectNothingLost(parseQuickly(text), ['md', 'tei', 'json'])
      }),
      parameters
    )
  }, 300_000)

  it('DOCX: well-formed document.xml, every sentence kept', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(generated.map((g) => g.text), chaos), async (text) => {
        const tree = parseQuickly(text)
        const docx = await renderedBytes(await emitter('docx').render(tree, context))
        const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')
        expect(() => parseXml(xml)).not.toThrow()
        await expectNothingLost(tree, ['docx'])
      }),
      slowParameters
    )
  }, 300_000)

  it.runIf(hasTool('pdftotext'))('PDF: every sentence kept in pdftotext’s text', async () => {
    await fc.assert(
      // Only scripts the PDF fonts cover (Latin, Cyrillic): Greek, Arabic, CJK and emoji cannot
      // be drawn, which the emitter reports as a `missing-glyphs` warning (test/glyphs.test.ts).
      fc.asyncProperty(generated.filter(({text}) => !/[\u0370-\u03FF\u0600-\u06FF\u4E00-\u9FFF\u{1F000}-\u{1FFFF}]/u.test(text)), async ({text}) => {
        await expectNothingLost(parseQuickly(text), ['pdf'])
      }),
      slowParameters
    )
  }, 300_000)
})
