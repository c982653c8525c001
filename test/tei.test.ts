/**
 * The TEI emitter and reader on the fixture and the corpus: well-formed,
 * every spoken word kept, every pointer resolves, the header says what an
 * archivist needs, and TEI → tree → TEI gives the same bytes.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {paragraphId, turnId} from '../src/emit/conventions.js'
import {getEmitter} from '../src/emit/registry.js'
import {teiEmitter, toTei} from '../src/emit/tei/index.js'
import {createDocument, element, serialize} from '../src/emit/tei/xml.js'
import {paragraphText, type Transcript} from '../src/model.js'
import {fromTei} from '../src/read/tei/index.js'
import {sampleTree} from './fixtures/sample-tree.js'
import {corpus, parseXml, teiContext, textContent, walk, withoutPositions, type Element} from './helpers/tei.js'

const trees: Array<[string, Transcript]> = [
  ['fixture', sampleTree()],
  ...corpus().map(([name, , tree]): [string, Transcript] => [name, tree])
]

function byId(document: Element): Map<string, Element> {
  const ids = new Map<string, Element>()
  for (const node of walk(document)) if (node.attributes['xml:id']) ids.set(node.attributes['xml:id'], node)
  return ids
}

describe('tei emitter', () => {
  it('is registered as `tei`, writing `.tei.xml`', () => {
    expect(getEmitter('tei')).toMatchObject({name: teiEmitter.name, extension: teiEmitter.extension})
    expect(teiEmitter.extension).toBe('tei.xml')
  })

  it.each(trees)('%s: keeps every paragraph’s text in the seg or p with its number', (_, tree) => {
    const document = parseXml(toTei(tree, teiContext()))
    const ids = byId(document)
    for (const block of tree.children) {
      if (block.type === 'note') continue
      for (const paragraph of block.children) {
        const node = ids.get(paragraphId(paragraph))
        expect(node?.name).toBe(block.type === 'turn' ? 'seg' : 'p')
        expect(textContent(node!)).toBe(paragraphText(paragraph))
      }
    }
  })

  it.each(trees)('%s: every @who, @ana, @toWhom, @corresp, @resp, @ref and @target resolves', (_, tree) => {
    const document = parseXml(toTei(tree, teiContext()))
    const ids = byId(document)
    const pointers = ['who', 'ana', 'toWhom', 'corresp', 'resp', 'ref', 'target']
    let checked = 0
    for (const node of walk(document)) {
      for (const attribute of pointers) {
        for (const pointer of node.attributes[attribute]?.split(/\s+/) ?? []) {
          if (!pointer.startsWith('#')) continue
          expect(ids.has(pointer.slice(1)), `${node.name}/@${attribute}="${pointer}"`).toBe(true)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(0)
  })

  it.each(trees)('%s: each turn is a speaker note with the label as printed, then a u pointing at a person', (_, tree) => {
    const document = parseXml(toTei(tree, teiContext()))
    const ids = byId(document)
    for (const block of tree.children) {
      if (block.type !== 'turn') continue
      const u = ids.get(turnId(block))!
      expect(u.name).toBe('u')
      const person = ids.get(u.attributes.who!.slice(1))!
      expect(['person', 'personGrp']).toContain(person.name)
      const kind = tree.participants.find((p) => p.id === block.speaker)!.kind
      expect(u.attributes.ana!.split(' ')).toContain(`#speaker-${kind}`)
      if (block.label !== undefined) {
        const division = [...walk(document)].find((node) => node.children.includes(u))!
        const siblings = division.children.filter((child): child is Element => typeof child !== 'string')
        const speakerNote = siblings[siblings.indexOf(u) - 1]
        expect(speakerNote.attributes.type).toBe('speaker')
        expect(textContent(speakerNote)).toBe(block.label + ':')
      }
    }
  })

  // A sentence of speech has at least one word that starts in lower case;
  // datelines and titles in capitals (which the parser reads into the
  // metadata) do not. Compared on letters and digits alone, since the parser
  // repairs typography.
  it.each(corpus())('%s: every spoken sentence of the source is in the TEI text', (_, source, tree) => {
    const letters = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
    const text = letters(textContent(parseXml(toTei(tree, teiContext()))))
    const sentences = source
      .split(/\r?\n/)
      .flatMap((line) => line.split(/(?<=[.?!:;])\s+|\s+[–—-]+\s+|""|“”/))
      .filter((sentence) => /(^|\s)\p{Ll}/u.test(sentence))
    expect(sentences.length).toBeGreaterThan(5)
    expect(sentences.filter((sentence) => !text.includes(letters(sentence)))).toEqual([])
  })

  it('keeps the line breaks of a passage set aside as lb, and reads them back as line breaks', () => {
    const tree = sampleTree()
    tree.removed = [{reason: 'legal-footer', value: 'United Press Association, Inc.\n3651 Lindell Road, Suite D168\nLas Vegas, NV 89103, USA'}]
    const xml = toTei(tree, teiContext())
    expect(xml).toContain('>United Press Association, Inc.<lb/>3651 Lindell Road, Suite D168<lb/>Las Vegas, NV 89103, USA</ab>')
    expect(xml).not.toMatch(/<ab [^>]*>[^<]*\n/)
    expect(fromTei(xml).removed.map((entry) => entry.value)).toEqual([tree.removed[0]!.value])
  })

  it('writes the header an archive needs', () => {
    const xml = toTei(sampleTree(), teiContext())
    const document = parseXml(xml)
    const names = new Set([...walk(document)].map((node) => node.name))
    for (const name of [
      'titleStmt', 'respStmt', 'publicationStmt', 'availability', 'idno', 'sourceDesc', 'bibl',
      'editorialDecl', 'classDecl', 'taxonomy', 'settingDesc', 'setting', 'listPerson', 'person',
      'personGrp', 'langUsage', 'revisionDesc', 'change'
    ]) {
      expect(names, name).toContain(name)
    }
    expect(xml).toContain('<change when="2016-07-15" who="#verbatim">Encoded in TEI by Verbatim 0.1.0.</change>')
    expect(xml).toContain('<idno type="URI">https://example.org/remarks?id=1&amp;x=2</idno>')
    expect(xml).toContain('<idno type="release">2013/T05-02</idno>')
    expect(xml).toContain('<language ident="ru" xml:id="lang-ru">Russian</language>')
    expect(xml).toMatch(/<person xml:id="john-kerry" ana="#speaker-official">\s*<persName>John Kerry<\/persName>\s*<occupation>Secretary of State<\/occupation>\s*<affiliation>United States<\/affiliation>/)
    // What was set aside is counted in the editorialDecl and kept in the back.
    expect(xml).toContain('2 passages of the source were set aside')
    expect(xml).toContain('<ab type="removed" subtype="link" xml:id="removed-2">&lt;http://www.portfolio.uspa24.com/&gt;</ab>')
  })

  it('encodes stage directions by kind, keeping the printed text', () => {
    const xml = toTei(sampleTree(), teiContext())
    expect(xml).toContain('<vocal type="laughter"><desc>(Laughter.)</desc></vocal>')
    expect(xml).toContain('<gap reason="inaudible"><desc>(inaudible)</desc></gap>')
    expect(xml).toContain('<note type="foreign-language" corresp="#lang-ru">(In Russian.)</note>')
    expect(xml).toContain('<note type="interpretation">(Via interpretation)</note>')
    expect(xml).toContain('ana="#speaker-official #delivery-interpreted"')
    expect(xml).toContain('toWhom="#john-kerry"')
    expect(xml).toContain('<note type="editorial" subtype="omission" resp="#verbatim">')
  })

  it('takes the publisher and licence from the template', () => {
    const context = teiContext()
    context.template = {
      ...context.template,
      tei: {publisher: 'National Archive', licence: 'CC0 1.0', licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/'}
    }
    const xml = toTei(sampleTree(), context)
    expect(xml).toContain('<publisher>National Archive</publisher>')
    expect(xml).toMatch(/<availability status="free">\s*<licence target="https:\/\/creativecommons.org\/publicdomain\/zero\/1.0\/">CC0 1.0<\/licence>/)
  })

  it('is deterministic: the same tree and context give the same bytes', async () => {
    const first = await teiEmitter.render(sampleTree(), teiContext())
    const second = await teiEmitter.render(sampleTree(), teiContext())
    expect(first).toBe(second)
  })

  it('writes the tree’s characters as they are, only escaping (the tree holds none XML cannot carry)', () => {
    const tree = sampleTree()
    const paragraph = tree.children.find((block) => block.type === 'turn')!.children[0]
    paragraph.children.push({type: 'text', value: ' \uFFFD, \u0085, \u00A0 and \u{1F600} stay'})
    const file = new VFile({path: 'x.txt'})
    const xml = toTei(tree, {...teiContext(), file})
    expect(() => parseXml(xml)).not.toThrow()
    expect(xml).toContain(' \uFFFD, \u0085, \u00A0 and \u{1F600} stay')
    expect(file.messages).toEqual([])
  })

  it('escapes text so that what is read back is what was written', () => {
    const tree = sampleTree()
    const value = 'AT&amp;T &#169; <b> ]]> "quoted" \r\n\ttab'
    tree.children.find((block) => block.type === 'turn')!.children[1].children = [{type: 'text', value}]
    const xml = toTei(tree, teiContext())
    expect(textContent([...walk(parseXml(xml))].find((node) => node.attributes['xml:id'] === 'p3')!)).toBe(value)
  })
})

describe('tei xml writer', () => {
  it('escapes attribute values so that a parser reads back what was written', () => {
    const value = 'AT&amp;T <b> "quoted" \r\n\ttab'
    const root = createDocument('TEI', {'xml:id': 'doc'}, new Set(['TEI']))
    element(root, 'note', {n: value, type: undefined}, 'text')
    const document = parseXml(serialize(root))
    const note = [...walk(document)].find((node) => node.name === 'note')!
    expect(note.attributes).toEqual({n: value})
  })

  it('indents only elements that hold elements alone, and closes empty ones', () => {
    const root = createDocument('TEI', {}, new Set(['TEI', 'div']))
    const div = element(root, 'div')
    element(element(div, 'p', {}, 'said '), 'hi', {}, 'this')
    element(root, 'div')
    expect(serialize(root)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <div>\n    <p>said <hi>this</hi></p>\n  </div>\n  <div/>\n</TEI>\n'
    )
  })
})

describe('tei reader', () => {
  it.each(trees)('%s: TEI → tree gives the tree back, and tree → TEI the same bytes', (_, tree) => {
    const xml = toTei(tree, teiContext())
    const read = fromTei(xml)
    expect(read).toEqual(withoutPositions(tree))
    expect(toTei(read, teiContext())).toBe(xml)
  })

  it('reads a participant id that is no XML name back from @n', () => {
    const tree = sampleTree()
    tree.participants[1].id = '3 kerry'
    for (const block of tree.children) if (block.type === 'turn' && block.speaker === 'john-kerry') block.speaker = '3 kerry'
    const xml = toTei(tree, teiContext())
    expect(xml).toContain('<person xml:id="person-2" n="3 kerry"')
    expect(fromTei(xml).participants[1].id).toBe('3 kerry')
  })

  it('reports what is not TEI, with the line and column', () => {
    expect(() => fromTei('<?xml version="1.0"?>\n<html/>', new VFile())).toThrow(
      expect.objectContaining({message: expect.stringMatching(/^expected a TEI document/), line: 2, fatal: true})
    )
    // saxes's own "1:48:" prefix is not repeated in the reason: the place is the error's.
    expect(() => fromTei('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>', new VFile())).toThrow(
      expect.objectContaining({message: expect.stringMatching(/^not well-formed XML: [a-z]/), line: 1})
    )
  })

  it('keeps the words of markup it does not know, and says so', () => {
    const xml = toTei(sampleTree(), teiContext()).replace(
      '<seg xml:id="p3">Anyway,',
      '<seg xml:id="p3"><hi rend="italic">Anyway</hi>,'
    )
    const file = new VFile()
    const tree = fromTei(xml, file)
    const turn = tree.children.find((block) => block.type === 'turn')!
    expect(paragraphText(turn.children[1])).toBe('Anyway, we still need to get started.')
    expect(file.messages.map((message) => message.reason)).toEqual([
      '<hi> is not part of Verbatim’s TEI encoding; its text is kept'
    ])
  })
})
