/**
 * Characters the embedded fonts cannot draw. PT Serif and PT Sans cover
 * Latin and Cyrillic, the fallbacks (`font-fallback.ts`) Greek, Arabic,
 * Japanese and Chinese; what none of them has (emoji, say) would silently
 * vanish from a PDF, so the emitter says so instead.
 */
import type {Position} from 'unist'
import type {Transcript} from '../model.js'
import {paragraphText} from '../model.js'
import {draws, drawnByEveryFace, fallbackFor} from './font-fallback.js'

export interface MissingGlyphs {
  /** The characters, each once, in order of first use. */
  characters: string
  /** Where the first of them stands, when it is in a paragraph read from the source. */
  position?: Position
}

/** Characters of the tree’s text that none of `fontFiles` can draw, nor any fallback (white space and format characters aside). */
export function missingGlyphs(tree: Transcript, fontFiles: string[]): MissingGlyphs | undefined {
  const missing = new Set<string>()
  let position: Position | undefined
  const check = (text: string, where?: Position) => {
    if (drawnByEveryFace(text)) return
    for (const character of text) {
      const code = character.codePointAt(0)!
      if (/[\s\p{Cf}]/u.test(character) || missing.has(character)) continue
      if (fontFiles.some((file) => draws(file, code))) continue
      if (!fallbackFor(character, 'serif', 'regular') && !fallbackFor(character, 'sans', 'regular')) {
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
