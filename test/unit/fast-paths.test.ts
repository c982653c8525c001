/**
 * The reader's fast paths give what the rules they stand in for give: the
 * plain classes of `src/util/alphabetic.ts` find the same words, letters and
 * separators as the Unicode properties (on any text: a text outside the
 * alphabetic blocks takes the property itself), and a title's closing date
 * is found at its end as a search of the whole title finds it.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {alphabeticRanges, isAlphabetic} from '../../src/util/alphabetic.js'
import {wordsOf} from '../../src/parse/words.js'
import {readHeader} from '../../src/parse/header.js'
import {splitLines} from '../../src/parse/lines.js'
import {fuzzParameters} from '../helpers/generate.js'

/** Text mostly of the alphabetic blocks, with now and then a character from anywhere (an astral one included). */
const text = fc.array(
  fc.oneof(
    {weight: 8, arbitrary: fc.constantFrom(...'aZ9 ,.’“”–-éßİıſΣσςЖж\u0301\u00A0\u2028ǅ'.split(''))},
    {weight: 2, arbitrary: fc.integer({min: 0, max: 0x52f}).map((code) => String.fromCharCode(code))},
    {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 2})}
  ),
  {maxLength: 40}
).map((parts) => parts.join(''))

describe('alphabetic classes', () => {
  for (const property of [/[\p{L}\p{M}\p{N}]/u, /\p{L}/u, /[\p{L}\p{N}]/u]) {
    const fast = new RegExp(`[${alphabeticRanges(property)}]+`, 'g')
    const slow = new RegExp(`${property.source}+`, 'gu')
    it(`matches the runs ${property.source} matches, in text of the alphabetic blocks`, () => {
      fc.assert(
        fc.property(text, (sample) => {
          if (isAlphabetic(sample)) expect(sample.match(fast)).toEqual(sample.match(slow))
        }),
        fuzzParameters
      )
    })
  }

  it('covers no text with a surrogate (an astral character)', () => {
    expect(isAlphabetic('Lavrov 𝐋')).toBe(false)
    expect(isAlphabetic('Лавров – “Kerry”')).toBe(true)
  })

  it('counts the words of any text as the Unicode pattern does', () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(wordsOf(sample)).toEqual([...sample.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((match) => match[0].toLowerCase()))
      }),
      fuzzParameters
    )
  })
})

describe('a title’s closing date', () => {
  /** The city the header reads from a title, as `readHeader` reads it. */
  const cityOf = (title: string) => readHeader(splitLines(`${title}\n\nMR. SMITH: Thank you.`)).meta.place?.city

  it('is found at the end of a title longer than the part searched', () => {
    const title = 'Foreign Minister Sergey Lavrov’s remarks and answers to media questions at a joint news conference following talks with US Secretary of State John Kerry, Moscow, July 15, 2016'
    expect(title.length).toBeGreaterThan(64)
    expect(cityOf(title)).toBe('Moscow')
  })
})
