/**
 * The accuracy benchmark as a regression guard: the reader keeps the share of
 * facts it finds in the real corpus and in each format reader's corpus
 * (`bench/ACCURACY.md` records the figures), and the scorer itself counts a
 * wrong reading as wrong.
 */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {runAccuracy} from '../bench/accuracy.js'
import {isSpeaker, score} from '../bench/accuracy-score.js'

describe('accuracy on the real corpus', () => {
  const results = runAccuracy(new URL('fixtures/real/', import.meta.url).pathname)
  const right = results.reduce((sum, result) => sum + result.checks.filter((check) => check.right).length, 0)
  const total = results.reduce((sum, result) => sum + result.checks.length, 0)

  it('holds at least 50 transcripts, 20 publishers and 8 not in English', () => {
    expect(results.length).toBeGreaterThanOrEqual(50)
    const publishers = new Set(results.map((result) => String(result.facts.publisher).split(/[(,;]/)[0].trim()))
    expect(publishers.size).toBeGreaterThanOrEqual(20)
    expect(results.filter((result) => !String(result.facts.language).startsWith('en')).length).toBeGreaterThanOrEqual(8)
  })

  it('finds at least 97 % of the facts, and reads every file', () => {
    expect(results.filter((result) => result.error)).toEqual([])
    expect(right / total).toBeGreaterThanOrEqual(0.97)
  })
})

describe('accuracy on the format readers’ corpora (test/fixtures/formats/)', () => {
  const formats = new URL('fixtures/formats/', import.meta.url).pathname
  const kinds = fs.readdirSync(formats, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()

  it('holds the readers’ inputs: captions, transcription services, pages and Word files', () => {
    expect(kinds).toEqual(expect.arrayContaining(['docx', 'html', 'otter', 'rev', 'srt', 'teams', 'vtt']))
  })

  // The same bar as text, each reader's corpus on its own.
  for (const kind of kinds) {
    it(`${kind}: finds at least 97 % of the facts, and reads every file`, () => {
      const results = runAccuracy(formats + kind)
      const right = results.reduce((sum, result) => sum + result.checks.filter((check) => check.right).length, 0)
      const total = results.reduce((sum, result) => sum + result.checks.length, 0)
      expect(results.length).toBeGreaterThanOrEqual(3)
      expect(results.filter((result) => result.error)).toEqual([])
      expect(right / total).toBeGreaterThanOrEqual(0.97)
    })
  }
})

describe('the scorer', () => {
  const text = 'Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: Good morning.\n\nQUESTION: Thank you.\n'
  const facts = {title: 'Remarks', date: '2014-05-01', place: null, language: 'en', speakers: [{name: 'John Kerry'}, {name: 'journalists'}], turns: ['John Kerry', 'journalists'], furniture: []}

  it('counts every fact of a right reading right', () => {
    expect(score(parse(text), facts).checks.filter((check) => !check.right)).toEqual([])
  })

  it('counts a wrong title, date, speaker order and furniture in speech wrong', () => {
    const wrong = {...facts, title: 'Another', date: '2014-05-02', turns: ['journalists', 'John Kerry'], furniture: ['Good morning']}
    const missed = score(parse(text), wrong).checks.filter((check) => !check.right).map((check) => check.fact)
    expect(missed).toEqual(['title', 'date', 'turn order 2', 'furniture "Good morning"'])
  })

  it('matches a person by surname, initials or Latin id, and journalists by kind', () => {
    expect(isSpeaker('Sergey Lavrov', {id: 's-v-lavrov', name: 'С.В.Лавров', kind: 'official'})).toBe(true)
    expect(isSpeaker('Hua Chunying', {id: 'hua-chunying', name: '华春莹', kind: 'official'})).toBe(true)
    expect(isSpeaker('John Kerry', {id: 'kerry', name: 'Kerry', kind: 'official'})).toBe(true)
    expect(isSpeaker('John Kerry', {id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'official'})).toBe(false)
    expect(isSpeaker('journalists', {id: 'journalists', name: 'Journalists', kind: 'journalist', group: true})).toBe(true)
  })
})
