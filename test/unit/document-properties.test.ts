/**
 * One rule for who a document names as its author, in every format: the
 * officials who speak; a speaker known only by role (`Moderator`,
 * `Journalists`) is no author and no keyword.
 */
import {describe, expect, it} from 'vitest'
import {documentAuthors, namedSpeakers} from '../../src/emit/conventions.js'
import {toMarkdown} from '../../src/emit/markdown/index.js'
import {toTei} from '../../src/emit/tei/index.js'
import {documentInfo} from '../../src/emit/pdf/render.js'
import type {Transcript} from '../../src/model.js'
import {loadTemplate} from '../../src/template/load.js'

const tree: Transcript = {
  type: 'transcript',
  meta: {title: 'Press availability', language: 'en', source: {publisher: 'U.S. Department of State'}},
  participants: [
    {id: 'john-kerry', name: 'John Kerry', kind: 'official', labels: ['SECRETARY KERRY']},
    {id: 'moderator', name: 'Moderator', kind: 'moderator', labels: ['MODERATOR']},
    {id: 'journalists', name: 'Journalists', kind: 'journalist', group: true, labels: ['QUESTION']}
  ],
  children: [],
  removed: []
}
const context = {template: loadTemplate('briefing'), timestamp: new Date(0), version: '0.0.0'}

describe('document properties', () => {
  it('the officials are the authors; a speaker known by role is not', () => {
    expect(documentAuthors(tree)).toEqual(['John Kerry'])
    expect(namedSpeakers(tree).map((person) => person.name)).toEqual(['John Kerry'])
  })

  it('the PDF names the same author, and no generic speaker among its keywords', () => {
    const info = documentInfo(tree, context)
    expect(info.author).toBe('John Kerry')
    expect(info.keywords).not.toMatch(/Moderator|Journalists/)
  })

  it('the Markdown front matter names the same author', () => {
    expect(toMarkdown(tree)).toMatch(/^author:\n {2}- John Kerry\n/m)
  })

  it('the TEI gives a respStmt to who speaks by name, none to a speaker known by role', () => {
    const titleStmt = /<titleStmt>[^]*?<\/titleStmt>/.exec(toTei(tree, context))![0]
    expect(titleStmt).toContain('<persName ref="#john-kerry">John Kerry</persName>')
    expect(titleStmt).not.toMatch(/Moderator|Journalists/)
  })

  it('with no one speaking by name, the publisher is the author', () => {
    expect(documentAuthors({...tree, participants: tree.participants.slice(1)})).toEqual(['U.S. Department of State'])
  })
})
