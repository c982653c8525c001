/**
 * Which font draws which part of a text (src/emit/font-fallback.ts), and
 * numbers in right-to-left runs (src/emit/pdf/right-to-left.ts): the
 * decisions the PDF and the DOCX share.
 */
import {describe, expect, test} from 'vitest'
import {parsedFont} from '../../src/emit/font-files.js'
import {fontRuns, readsRightToLeft} from '../../src/emit/font-fallback.js'
import {fallbackFonts, fonts} from '../../src/emit/fonts.js'
import {numbersLeftToRight} from '../../src/emit/pdf/right-to-left.js'

/** The runs of `text` in PT Serif regular, as [text, family drawing it]. */
const runs = (text: string) => fontRuns(text, fonts.serif, 'serif', 'regular').map((run) => [run.text, run.fallback?.family ?? 'PT Serif'])

describe('runs of one font', () => {
  test('Latin and Cyrillic stay in PT Serif, in one run', () => {
    expect(runs('Сергей Лавров – “naïve” café.')).toEqual([['Сергей Лавров – “naïve” café.', 'PT Serif']])
  })

  test('an Arabic phrase in an English line is one run, its spaces and comma with it, set right to left', () => {
    const pieces = fontRuns('He said السلام عليكم، صديقي and left.', fonts.serif, 'serif', 'regular')
    expect(pieces.map((piece) => [piece.text, piece.fallback?.family, piece.rightToLeft])).toEqual([
      ['He said ', undefined, false],
      ['السلام عليكم، صديقي', 'Noto Naskh Arabic', true],
      [' and left.', undefined, false]
    ])
  })

  test('a Greek word is one run, π included (which PT Serif has for mathematics)', () => {
    expect(runs('the word πολιτικὸν here')).toEqual([
      ['the word ', 'PT Serif'],
      ['πολιτικὸν', 'Noto Serif'],
      [' here', 'PT Serif']
    ])
  })

  test('Han characters go to the Japanese face beside kana, to the Chinese face otherwise', () => {
    expect(runs('歴史の教訓')).toEqual([['歴史の教訓', 'Noto Sans JP']])
    expect(runs('人人生而自由')).toEqual([['人人生而自由', 'Noto Sans SC']])
  })

  test('a sans face takes the sans fallbacks', () => {
    const families = fontRuns('Ελλάδα السلام', fonts.sans, 'sans', 'bold').map((run) => run.fallback?.family)
    expect(families).toEqual(['Noto Sans', undefined, 'Noto Sans Arabic'])
  })

  test('what no font has (emoji) stays in the own face, for the missing-glyphs warning to report', () => {
    expect(runs('peace 🕊 now')).toEqual([['peace 🕊 now', 'PT Serif']])
  })

  test('a paragraph reads right to left when its first letter is Arabic', () => {
    expect(readsRightToLeft('«السلام عليكم» said he')).toBe(true)
    expect(readsRightToLeft('He said «السلام عليكم»')).toBe(false)
  })
})

describe('numbers in right-to-left text', () => {
  test('fontkit sets an Arabic run right to left, and its numbers read left to right again', () => {
    const arabic = fallbackFonts.serif.find((family) => family.script === 'arabic')!
    const run = parsedFont(arabic.regular).layout('في عام 2016')
    const digits = () =>
      (run.glyphs as Array<{codePoints: number[]}>)
        .map((glyph) => String.fromCodePoint(...glyph.codePoints))
        .filter((character) => /\d/.test(character))
        .join('')
    // fontkit reverses every glyph, digits too…
    expect(digits()).toBe('6102')
    numbersLeftToRight(run)
    // …and the number is put back in its order; the words stay right to left (the last word's glyphs first).
    expect(digits()).toBe('2016')
    expect(String.fromCodePoint(...(run.glyphs[0] as {codePoints: number[]}).codePoints)).toBe('2')
  })
})
