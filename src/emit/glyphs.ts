/**
 * Characters the embedded fonts cannot draw. PT Serif and PT Sans cover
 * Latin and Cyrillic; Greek, Arabic, CJK or emoji in a transcript would
 * silently vanish from a PDF, so the emitter says so instead.
 */
import type {Position} from 'unist'
import type {Transcript} from '../model.js'
import {paragraphText} from '../model.js'
import {parsedFont} from './font-files.js'

export interface MissingGlyphs {
  /** The characters, each once, in order of first use. */
  characters: string
  /** Where the first of them stands, when it is in a paragraph read from the source. */
  position?: Position
}

/** Characters of the tree’s text that none of `fontFiles` can draw (white space aside). */
export function missingGlyphs(tree: Transcript, fontFiles: string[]): MissingGlyphs | undefined {
  const fonts = fontFiles.map(parsedFont)
  const missing = new Set<string>()
  let position: Position | undefined
  const check = (text: string, where?: Position) => {
    for (const character of text) {
      const code = character.codePointAt(0)!
      if (/\s/.test(character) || missing.has(character)) continue
      if (!fonts.some((font) => font.hasGlyphForCodePoint(code))) {
        missing.add(character)
        position ??= where
      }
    }
  }
  check(tree.meta.title ?? '')
  for (const person of tree.participants) check(person.name)
  for (const block of tree.children) {
    if (block.type === 'note') check(block.value)
    else for (const paragraph of block.children) check(paragraphText(paragraph), paragraph.position)
  }
  return missing.size > 0 ? {characters: [...missing].join(''), position} : undefined
}
