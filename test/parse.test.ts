/**
 * What the parser understands of the five sample transcripts: the turns, the
 * speakers, the metadata, what is repaired and what is set aside.
 */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {paragraphText, turns, type Transcript} from '../src/model.js'
import {parse} from '../src/parse/index.js'
import {corpusFile, corpusFiles, parseCorpus} from './helpers/corpus.js'

function names(tree: Transcript): string[] {
  return tree.participants.map((p) => p.name)
}

function allText(tree: Transcript): string {
  return tree.children
    .flatMap((block) => (block.type === 'note' ? [block.value] : block.children.map(paragraphText)))
    .join('\n')
}

describe('State Department remarks (2016)', () => {
  const {tree} = parseCorpus(corpusFile('state-2016'))

  it('reads the header block', () => {
    expect(tree.meta).toMatchObject({
      title: 'Remarks With Russian Foreign Minister Sergey Lavrov Before Their Meeting',
      date: '2016-07-15',
      place: {city: 'Moscow', country: 'Russia'},
      eventType: 'remarks',
      language: 'en'
    })
  })

  it('finds two turns, Lavrov’s interpreted', () => {
    const [lavrov, kerry] = turns(tree)
    expect(turns(tree)).toHaveLength(2)
    expect(lavrov).toMatchObject({speaker: 'sergey-lavrov', label: 'FOREIGN MINISTER LAVROV', interpreted: true})
    expect(kerry).toMatchObject({speaker: 'john-kerry', label: 'SECRETARY KERRY'})
    expect(lavrov.children).toHaveLength(2)
    expect(kerry.children).toHaveLength(6)
  })

  it('marks stage directions inside sentences and keeps the words around them', () => {
    const first = turns(tree)[0].children[0]
    expect(first.children[0]).toEqual({type: 'incident', kind: 'interpretation', value: '(Via interpretation)'})
    const inaudible = first.children.filter((node) => node.type === 'incident' && node.kind === 'inaudible')
    expect(inaudible.length).toBeGreaterThan(0)
    expect(paragraphText(first)).toContain('I’d like to welcome you (inaudible). We’ll continue the dialogue')
  })
})

describe('Foreign Ministry transcript', () => {
  const {tree, file} = parseCorpus(corpusFile('mfa'))

  it('reads the descriptive title and the date line', () => {
    expect(tree.meta.date).toBe('2016-07-15')
    expect(tree.meta.place?.city).toBe('Moscow')
    expect(tree.meta.eventType).toBe('press conference')
  })

  it('gives the unlabelled opening to the minister the title names, with a note of it', () => {
    const list = turns(tree)
    expect(list).toHaveLength(7)
    expect(list[0].label).toBeUndefined()
    expect(list[0].speaker).toBe('sergey-lavrov')
    expect(list[0].children.length).toBeGreaterThan(10)
    expect(file.messages.some((m) => /Unlabelled opening attributed to Sergey Lavrov/.test(m.reason))).toBe(true)
  })

  it('reads addressees, “speaking after”, and a label broken over two lines', () => {
    const list = turns(tree)
    expect(list.map((t) => t.speaker)).toEqual([
      'sergey-lavrov', 'journalists', 'sergey-lavrov', 'journalists', 'sergey-lavrov', 'journalists', 'sergey-lavrov'
    ])
    expect(list[1]).toMatchObject({label: 'Question (addressed to John Kerry)', addressee: 'john-kerry'})
    expect(list[2]).toMatchObject({label: 'Sergey Lavrov (speaking after John Kerry)', after: 'john-kerry'})
    expect(list[6].label).toBe('Sergey Lavrov')
    expect(paragraphText(list[6].children[0])).toMatch(/^On the subject of Turkey/)
    // The question that runs over two paragraphs stays one turn.
    expect(list[5].children).toHaveLength(2)
  })

  it('notes that the other minister’s answers are not in the source', () => {
    const notes = tree.children.filter((block) => block.type === 'note')
    expect(notes).toHaveLength(2)
    expect(notes[0]).toMatchObject({kind: 'omission'})
    expect(names(tree).sort()).toEqual(['John Kerry', 'Journalists', 'Sergey Lavrov'])
  })
})

describe('State Department remarks with questions (2013)', () => {
  const {tree} = parseCorpus(corpusFile('state-2013'))
  const list = turns(tree)

  it('finds 22 turns, the release number not among them', () => {
    expect(list).toHaveLength(22)
    expect(list.some((t) => t.label?.startsWith('PRN'))).toBe(false)
    expect(tree.meta.source?.identifier).toBe('2013/T05-02')
    expect(tree.removed).toContainEqual(expect.objectContaining({reason: 'metadata', value: 'PRN: 2013/T05-02'}))
  })

  it('reads the venue line', () => {
    expect(tree.meta.place).toEqual({venue: 'Osobnyak Guesthouse', city: 'Moscow', country: 'Russia'})
  })

  it('records the questioners a moderator introduces on the next question', () => {
    const asked = list.filter((t) => t.questioner)
    expect(asked.map((t) => t.questioner)).toEqual([
      {name: 'Arshad Mohammed', outlet: 'Reuters'},
      {name: 'Jill Dougherty', outlet: 'CNN'}
    ])
    expect(asked.every((t) => t.speaker === 'journalists')).toBe(true)
    const psaki = tree.participants.find((p) => p.labels.includes('MS. PSAKI'))
    expect(psaki?.kind).toBe('moderator')
  })

  it('keeps turns that are only a stage direction, and two turns in a row by one speaker', () => {
    const russian = list.filter((t) => t.children.length === 1 && t.children[0].children.length === 1 && t.children[0].children[0].type === 'incident')
    expect(russian.length).toBe(4)
    expect(russian[0].children[0].children[0]).toMatchObject({kind: 'foreign-language', language: 'ru', value: '(In Russian.)'})
    expect(list[17].speaker).toBe('john-kerry')
    expect(list[18].speaker).toBe('john-kerry')
  })

  it('repairs a missing space after a comma', () => {
    expect(allText(tree)).toContain('Well, Olga, let me just say')
    expect(allText(tree)).not.toContain('Olga,let')
  })

  it('marks laughter', () => {
    const laughter = list.flatMap((t) => t.children.flatMap((p) => p.children)).filter((n) => n.type === 'incident' && n.kind === 'laughter')
    expect(laughter).toHaveLength(3)
  })
})

describe('news-agency article', () => {
  const {tree} = parseCorpus(corpusFile('uspa'))
  const text = allText(tree)

  it('finds one quoted turn after the narrative lead', () => {
    expect(turns(tree)).toHaveLength(1)
    expect(turns(tree)[0]).toMatchObject({speaker: 'john-kerry', label: 'U.S. SECRETARY OF STATE JOHN KERRY'})
    expect(tree.children[0].type).toBe('narrative')
    expect(tree.meta.eventType).toBe('news article')
  })

  it('repairs damaged dashes and leaves no "" anywhere', () => {
    expect(text).not.toContain('""')
    expect(text).not.toContain('“”')
    expect(text).toContain('In July – I just remind everybody – we were able')
  })

  it('joins the paragraph a page break split', () => {
    expect(text).toContain('accelerate the effort in order to proceed under the UN to that political process.')
  })

  it('sets aside the repeated lead, the teaser, and the page furniture, with reasons', () => {
    const reasons = tree.removed.map((r) => r.reason)
    expect(reasons).toContain('duplicate')
    expect(reasons).toContain('teaser')
    expect(reasons).toContain('byline')
    expect(reasons).toContain('link')
    expect(reasons).toContain('legal-footer')
    expect(text).not.toMatch(/Exemption from liability|Las Vegas/)
    expect(text.match(/In Moscow \(Russia\), on December 15, 2015/g)).toHaveLength(1)
  })

  it('reads the datelines, byline, publisher and article address', () => {
    expect(tree.meta.date).toBe('2015-12-15')
    expect(tree.meta.place?.city).toBe('Moscow')
    expect(tree.meta.source).toMatchObject({
      published: '2015-12-16T08:36',
      byline: 'Ruby BIRD',
      publisher: 'USPA NEWS',
      url: expect.stringMatching(/^https:\/\/www\.uspa24\.com\/bericht-6753\//)
    })
  })

  it('notes that the article is continued elsewhere', () => {
    expect(tree.children.at(-1)).toMatchObject({type: 'note', kind: 'continuation'})
  })
})

describe('State Department press availability at the UN', () => {
  const {tree} = parseCorpus(corpusFile('-un'))

  it('reads event type, venue and city from separate lines', () => {
    expect(tree.meta).toMatchObject({
      eventType: 'press availability',
      date: '2015-09-30',
      place: {venue: 'United Nations', city: 'New York City'}
    })
    expect(turns(tree).map((t) => t.speaker)).toEqual(['sergey-lavrov', 'john-kerry'])
  })

  it('without a registry, names Lavrov as the document does', () => {
    const bare = parse(fs.readFileSync(corpusFile('-un'), 'utf8'))
    expect(bare.participants.map((p) => p.name)).toEqual(['Lavrov', 'John Kerry'])
  })
})

describe('every corpus file', () => {
  it.each(corpusFiles)('%s: numbers paragraphs 1…n and loses no source paragraph', (path) => {
    const {tree} = parseCorpus(path)
    // The header’s words become metadata in normal form (dates, names); the body’s must all be kept.
    const firstBodyLine = Math.min(...tree.children.flatMap((block) => (block.type === 'note' ? [] : [block.position!.start.line])))
    const source = fs.readFileSync(path, 'utf8').split('\n').slice(firstBodyLine - 1).join('\n')
    const numbers = tree.children.flatMap((block) => (block.type === 'note' ? [] : block.children.map((p) => p.n)))
    expect(numbers).toEqual(numbers.map((_, index) => index + 1))
    // Every source word is in the body, the metadata or what was set aside.
    const kept = [allText(tree), JSON.stringify(tree.meta), tree.removed.map((r) => r.value).join(' '), tree.children.flatMap((b) => (b.type === 'turn' && b.label ? [b.label] : [])).join(' ')].join(' ')
    const normalise = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    const keptWords = new Set(kept.split(/[\s,]+/).map(normalise))
    const missing = source.split(/[\s,]+/).map(normalise).filter((word) => word !== '' && !keptWords.has(word) && !/^[""“”#*]+$/.test(word))
    expect(missing).toEqual([])
  })
})

describe('rules beyond the corpus', () => {
  const parseText = (text: string) => {
    const file = new VFile({path: 'sample.txt', value: text})
    return {tree: parse(file), file}
  }

  it.each([
    ['Q', 'Q Mr. President, will you go?', 'Q'],
    ['Q:', 'Q: Will you go?', 'Q'],
    ['Q.:', 'Q.: Will you go?', 'Q.'],
    ['A.:', 'A.: We will.', 'A.'],
    ['MR. EARNEST:', 'MR. EARNEST: Good afternoon.', 'MR. EARNEST'],
    ['SG:', 'SG: Thank you.', 'SG'],
    ['President of Russia Vladimir Putin:', 'President of Russia Vladimir Putin: Colleagues.', 'President of Russia Vladimir Putin']
  ])('reads the label %s', (_, line, label) => {
    const {tree} = parseText(`Press Briefing\n\nJanuary 5, 2015\n\n${line}`)
    expect(turns(tree)[0]?.label).toBe(label)
  })

  it('reads a White House header: a building as venue, the time on its own line', () => {
    const {tree} = parseText('Press Briefing by Press Secretary Josh Earnest\n\nJames S. Brady Press Briefing Room\n\n1:05 P.M. EDT\n\nMR. EARNEST: Good afternoon.\n\nQ Thanks, Josh.\n\nTHE PRESIDENT: Thank you. (Applause.)\n\nSG: Thank you.')
    expect(tree.meta).toMatchObject({time: '13:05', place: {venue: 'James S. Brady Press Briefing Room'}, eventType: 'briefing'})
    expect(tree.participants.map((p) => [p.id, p.name, p.role])).toEqual([
      ['josh-earnest', 'Josh Earnest', 'Press Secretary'],
      ['journalists', 'Journalists', undefined],
      ['the-president', 'The President', 'The President'],
      ['secretary-general', 'Secretary-General', 'Secretary-General']
    ])
  })

  it('reads a name and office out of a label', () => {
    const {tree} = parseText('Press Conference\n\nMarch 3, 2020\n\nPresident of Russia Vladimir Putin: Good afternoon.\n\nQUESTION: Thank you.\n\nMR. EARNEST: Next.')
    expect(tree.participants).toEqual([
      expect.objectContaining({id: 'vladimir-putin', name: 'Vladimir Putin', role: 'President of Russia', kind: 'official'}),
      expect.objectContaining({id: 'journalists', kind: 'journalist', group: true}),
      expect.objectContaining({id: 'earnest', name: 'Earnest', kind: 'unknown'})
    ])
  })

  it.each(['Note: the audio was poor.', 'Beat: News', 'Finally: we agreed.', 'The point is this: we agreed.', 'Time: 10:30'])('does not take “%s” for a label', (line) => {
    const {tree} = parseText(`Statement\n\nMay 1, 2014\n\nSECRETARY KERRY: Good morning.\n\n${line}`)
    expect(turns(tree)).toHaveLength(1)
  })

  it.each([
    ['(Laughter.)', 'laughter'], ['(Applause.)', 'applause'], ['(inaudible)', 'inaudible'], ['[crosstalk]', 'crosstalk'],
    ['(Off-mike.)', 'off-mike'], ['(Via interpretation)', 'interpretation'], ['(In French.)', 'foreign-language'], ['(Moment of silence.)', 'silence']
  ])('takes %s for a stage direction', (direction, kind) => {
    const {tree} = parseText(`Remarks\n\nMay 1, 2014\n\nMODERATOR: Welcome ${direction} and thanks.`)
    expect(turns(tree)[0].children[0].children[1]).toMatchObject({type: 'incident', kind, value: direction})
  })

  it('leaves an ordinary parenthesis as speech', () => {
    const {tree} = parseText('Remarks\n\nMay 1, 2014\n\nMODERATOR: The group (ISSG) met.')
    expect(turns(tree)[0].children[0].children).toEqual([{type: 'text', value: 'The group (ISSG) met.'}])
  })

  it('warns, with a position, about a missing date and title and text with no speaker, kept as narrative', () => {
    const {file, tree} = parseText('Just some words without a header, spoken by nobody we know.')
    const warnings = file.messages.filter((m) => m.fatal === false)
    expect(warnings.map((m) => m.ruleId).sort()).toEqual(['no-date', 'no-speaker', 'no-title'])
    expect(warnings.every((m) => typeof m.line === 'number')).toBe(true)
    expect(turns(tree)).toEqual([])
    expect(tree.children.map((block) => block.type)).toEqual(['narrative'])
  })

  it('warns about a label that names nobody the document or registry knows, at its line', () => {
    const {file} = parseText('Remarks\n\nMay 1, 2014\n\nMS. SMITH: Hello.\n\nFOREIGN MINISTER WANG: Welcome.')
    const warnings = file.messages.filter((m) => m.fatal === false)
    expect(warnings.map((m) => [m.ruleId, m.line, m.column])).toEqual([['unknown-label', 5, 1]])
  })

  it('spells out ligature characters a PDF copy left behind', () => {
    const {tree} = parseText('Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: A ﬁne and efﬁcient ceaseﬁre.')
    expect(paragraphText(turns(tree)[0].children[0])).toBe('A fine and efficient ceasefire.')
  })

  it('reads CRLF, CR, non-breaking spaces and zero-width spaces', () => {
    const {tree} = parseText('Remarks\r\n\r\nMay 1, 2014\r\rSECRETARY\u00A0KERRY: Good\u200B morning.\r\n')
    expect(turns(tree)[0]).toMatchObject({label: 'SECRETARY KERRY'})
    expect(paragraphText(turns(tree)[0].children[0])).toBe('Good morning.')
  })

  it('uses a registry for canonical names', () => {
    const tree = parse('Remarks\n\nMay 1, 2014\n\nFOREIGN MINISTER WANG: Welcome.', {
      registry: [{id: 'wang-yi', name: 'Wang Yi', role: 'Foreign Minister', affiliation: 'China', aliases: [], identifiers: {wikidata: 'Q000'}}]
    })
    expect(tree.participants[0]).toMatchObject({id: 'wang-yi', name: 'Wang Yi', affiliation: 'China', identifiers: {wikidata: 'Q000'}, labels: ['FOREIGN MINISTER WANG']})
  })

  it('is linear on adversarial input', () => {
    const hostile = ['A'.repeat(50_000) + ':', ':'.repeat(50_000), '('.repeat(50_000), ' '.repeat(50_000) + 'x', 'Q '.repeat(25_000)].join('\n\n')
    const started = performance.now()
    parse(hostile)
    // A catastrophic pattern takes minutes here; a linear parser, milliseconds.
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})
