/**
 * The DOCX and PDF emitters' block handlers, one small tree in, the part of
 * the file each handler makes out: what Word, a PDF reader and Verbatim's
 * own checks rely on. No external tool: the DOCX is unzipped by the
 * emitter's own zip reader, the PDF's dictionaries are read as bytes.
 */
import {describe, expect, it} from 'vitest'
import {docxEmitter} from '../../src/emit/docx/index.js'
import {inflated, readZip} from '../../src/emit/docx/zip.js'
import {pdfEmitter} from '../../src/emit/pdf/index.js'
import type {Block, Participant, Transcript} from '../../src/model.js'
import {loadTemplate} from '../../src/template/load.js'
import {renderedBytes} from '../../src/verify/index.js'

const kerry: Participant = {id: 'john-kerry', name: 'John Kerry', kind: 'official', labels: ['SECRETARY KERRY']}
const press: Participant = {id: 'journalists', name: 'Journalists', kind: 'journalist', group: true, labels: ['QUESTION']}
const context = {template: loadTemplate('briefing'), timestamp: new Date('2016-07-15T12:00:00Z'), version: '0.0.0'}

function tree(...blocks: Block[]): Transcript {
  return {type: 'transcript', meta: {title: 'Remarks', language: 'en'}, participants: [kerry, press], children: blocks, removed: []}
}

const turn: Block = {type: 'turn', n: 1, speaker: 'john-kerry', label: 'SECRETARY KERRY', children: [{type: 'paragraph', n: 1, children: [{type: 'text', value: 'Thank you all. '}, {type: 'incident', kind: 'laughter', value: '(Laughter.)'}]}]}
const question: Block = {type: 'turn', n: 2, speaker: 'journalists', label: 'QUESTION', children: [{type: 'paragraph', n: 2, children: [{type: 'text', value: 'A question?'}]}]}
const narrative: Block = {type: 'narrative', children: [{type: 'paragraph', n: 3, children: [{type: 'text', value: 'The ministers left.'}]}]}
const note: Block = {type: 'note', kind: 'omission', value: 'Words are missing.'}

async function documentXml(...blocks: Block[]): Promise<string> {
  const bytes = await renderedBytes(await docxEmitter.render(tree(...blocks), context))
  const entry = readZip(bytes).find((part) => part.name === 'word/document.xml')!
  return inflated(entry.content).toString('utf8')
}

/** The text runs of a DOCX paragraph holding `text`, in order. */
function runsAround(xml: string, text: string): string[] {
  const paragraph = xml.split('</w:p>').find((part) => part.includes(text)) ?? ''
  return [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1])
}

describe('docx handlers', () => {
  it('turn: the label as printed in the Speaker style under the turn’s bookmark, then each paragraph numbered under its own', async () => {
    const xml = await documentXml(turn)
    expect(xml).toMatch(/<w:pStyle w:val="Speaker"\/><\/w:pPr><w:bookmarkStart w:name="u1" w:id="\d+"\/><w:r><w:rPr><w:rStyle w:val="SpeakerLabel"\/><\/w:rPr><w:t xml:space="preserve">SECRETARY KERRY:<\/w:t>/)
    expect(runsAround(xml, 'Thank you all.')).toEqual(['¶1', 'Thank you all. ', '(Laughter.)'])
    expect(xml).toMatch(/<w:bookmarkStart w:name="p1" w:id="\d+"\/>/)
  })

  it('narrative and note: their text, each in a paragraph of its own', async () => {
    const xml = await documentXml(narrative, note)
    expect(runsAround(xml, 'The ministers left.').join('')).toContain('The ministers left.')
    expect(runsAround(xml, 'Words are missing.').join('')).toContain('Words are missing.')
  })

  it('an XML-special character is escaped, never dropped', async () => {
    const xml = await documentXml({...turn, children: [{type: 'paragraph', n: 1, children: [{type: 'text', value: 'AT&T <and> "quotes"'}]}]} as Block)
    expect(xml).toMatch(/AT&amp;T &lt;and&gt; (&quot;|")quotes(&quot;|")/)
  })
})

describe('pdf handlers', () => {
  async function pdf(...blocks: Block[]): Promise<string> {
    return Buffer.from(await renderedBytes(await pdfEmitter.render(tree(...blocks), context))).toString('latin1')
  }

  it('turn: a named destination the contents and bookmarks point at', async () => {
    const bytes = await pdf(turn, question)
    expect(bytes).toContain('(u1)')
    expect(bytes).toContain('(u2)')
  })

  it('every block is tagged: paragraphs in the structure tree', async () => {
    const bytes = await pdf(turn, narrative, note)
    expect(bytes).toMatch(/\/StructTreeRoot/)
    expect(bytes).toMatch(/\/S \/P\b/)
  })
})
