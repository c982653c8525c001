/**
 * Markdown: front matter a pandoc user recognises, the shared label and
 * stage-direction conventions, and Verbatim reading its own Markdown back.
 */
import fc from 'fast-check'
import YAML from 'yaml'
import {describe, expect, it} from 'vitest'
import {toMarkdown} from '../src/emit/markdown/index.js'
import {parse} from '../src/parse/index.js'
import {fromMarkdown} from '../src/read/markdown/index.js'
import {corpusFile, corpusFiles, parseCorpus, spokenSentences, withoutPositions} from './helpers/corpus.js'
import {fuzzParameters, transcriptText} from './helpers/generate.js'
import {sampleTree} from './fixtures/sample-tree.js'


describe('Markdown of the corpus', () => {
  it.each(corpusFiles)('%s reads back to the same tree and the same bytes', (path) => {
    const {tree} = parseCorpus(path)
    const markdown = toMarkdown(tree)
    const reread = fromMarkdown(markdown)
    expect(withoutPositions(reread)).toEqual(withoutPositions(tree))
    expect(toMarkdown(reread)).toBe(markdown)
  })

  it.each(corpusFiles)('%s keeps every spoken sentence', (path) => {
    const {tree} = parseCorpus(path)
    const markdown = toMarkdown(tree)
    const spoken = spokenSentences(fromMarkdown(markdown))
    expect(spoken).toEqual(spokenSentences(tree))
  })

  it('writes front matter with pandoc’s keys and the participants', () => {
    const {tree} = parseCorpus(corpusFile('state-2013'))
    const markdown = toMarkdown(tree)
    const yaml = YAML.parse(/^---\n([\s\S]*?)\n---/.exec(markdown)![1])
    expect(yaml).toMatchObject({
      title: 'Remarks With Russian Foreign Minister Sergey Lavrov',
      date: '2013-05-07',
      lang: 'en',
      // The officials, as the PDF and DOCX name them; neither the moderator by role nor the one by name.
      author: ['John Kerry'],
      place: {venue: 'Osobnyak Guesthouse', city: 'Moscow', country: 'Russia'}
    })
    expect(yaml.participants.map((p: {id: string}) => p.id)).toEqual(['john-kerry', 'jen-psaki', 'journalists', 'moderator'])
    expect(yaml.removed).toEqual([{reason: 'metadata', where: '96:1-96:17', text: 'PRN: 2013/T05-02'}])
  })

  it('marks labels, paragraph numbers, stage directions and notes the same way everywhere', () => {
    const markdown = toMarkdown(sampleTree())
    expect(markdown).toContain('¶2 **\\[Sergey Lavrov]:** *(Via interpretation)* Dear Secretary of State')
    expect(markdown).toContain('¶6 **SECRETARY KERRY:** Maybe nyet. *(Laughter.)*')
    expect(markdown).toContain('> ¶1 In Moscow, on July 15, 2016')
    expect(markdown).toContain('*\\[omission: Sergey Lavrov speaks after John Kerry')
  })

  it('names who asks after a journalist’s label, and reads it back with no introduction to derive it from', () => {
    const tree = sampleTree()
    const markdown = toMarkdown(tree)
    expect(markdown).toContain('¶5 **Question (addressed to John Kerry):** *\\[Arshad Mohammed, Reuters]* Thank you.')
    // Psaki’s introduction gone, the aside alone says who asks.
    const psaki = tree.children.find((block) => block.type === 'turn' && block.speaker === 'jen-psaki')!
    tree.children = tree.children.filter((block) => block !== psaki)
    const reread = fromMarkdown(toMarkdown(tree))
    const question = reread.children.find((block) => block.type === 'turn' && block.speaker === 'journalists')
    expect(question).toMatchObject({questioner: {name: 'Arshad Mohammed', outlet: 'Reuters'}})
    // The paragraphs are numbered again (Psaki's is gone); who asks is still there.
    expect(toMarkdown(reread)).toContain('**Question (addressed to John Kerry):** *\\[Arshad Mohammed, Reuters]* Thank you.')
  })

  it('a bracketed stage direction opening a question stays a stage direction', () => {
    const markdown = toMarkdown(sampleTree()).replace('*\\[Arshad Mohammed, Reuters]* Thank you.', '*\\[inaudible]* Thank you.')
    const question = fromMarkdown(markdown).children.find((block) => block.type === 'turn' && block.speaker === 'journalists')!
    expect(question.type === 'turn' && question.children[0]!.children[0]).toEqual({type: 'incident', kind: 'inaudible', value: '[inaudible]'})
  })

  it('gives the title once, in the front matter (pandoc prints it), with no # heading', () => {
    const markdown = toMarkdown(sampleTree())
    expect(markdown).toMatch(/^title: Remarks With Foreign Minister/m)
    expect(markdown).not.toMatch(/^# /m)
  })

  it('reads back the hand-built tree with every node type', () => {
    const tree = sampleTree()
    const reread = fromMarkdown(toMarkdown(tree))
    expect(withoutPositions(reread)).toEqual(withoutPositions({...tree, removed: tree.removed}))
  })
})

describe('Markdown of generated transcripts', () => {
  it('reads back to the same tree and the same bytes', () => {
    fc.assert(
      fc.property(transcriptText, (text) => {
        const tree = parse(text)
        const markdown = toMarkdown(tree)
        const reread = fromMarkdown(markdown)
        expect(withoutPositions(reread)).toEqual(withoutPositions(tree))
        expect(toMarkdown(reread)).toBe(markdown)
      }),
      fuzzParameters
    )
  })
})
