/**
 * The characters a packed DOCX puts on the page: what its embedded font
 * subsets must hold (`font-parts.ts`). Read from the package itself, the
 * text of every `w:t` in the body, headers, footers and notes, and the
 * list labels of the numbering, so that nothing the emitter or the
 * `docx` library wrote is missed; and each character's capital, which a
 * style in capitals draws instead.
 */
import {decodeReferences} from '../../util/character-references.js'
import {partText, type Package} from './package.js'

/** Parts whose text is set in the document's fonts. */
const textPart = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|numbering)\.xml$/

/**
 * What Word and LibreOffice draw that no `w:t` holds: field results (`PAGE`,
 * `NUMPAGES`, a contents' `PAGEREF`), and tab leaders (dots, hyphens, rules,
 * middle dots).
 */
const alwaysDrawn = ' 0123456789.-_\u00B7'

/** A pattern matching any character of a set, made once per set. */
const patterns = new WeakMap<ReadonlySet<number>, RegExp>()

function anyOf(known: ReadonlySet<number>): RegExp {
  let pattern = patterns.get(known)
  if (!pattern) {
    const escaped = [...known].map((codePoint) => `\\u{${codePoint.toString(16)}}`).join('')
    pattern = new RegExp(`[${escaped}]+`, 'gu')
    patterns.set(known, pattern)
  }
  return pattern
}

/**
 * The code points of the package's text, each once, in order of first use,
 * but for those in `known` (the repertoire every subset holds anyway):
 * skipping them first is most of the speed, as most text is nothing else.
 */
export function charactersOf(parts: Package, known: ReadonlySet<number> = new Set()): number[] {
  const seen = new Set<number>()
  const skip = anyOf(known)
  const add = (text: string) => {
    const rest = known.size > 0 ? text.replace(skip, '') : text
    // A style may set a run in capitals (the speaker label's `w:caps`): their glyphs are drawn, not the text's.
    for (const character of rest + rest.toUpperCase()) if (!known.has(character.codePointAt(0)!)) seen.add(character.codePointAt(0)!)
  }
  add(alwaysDrawn)
  for (const name of parts.keys()) {
    if (!textPart.test(name)) continue
    const xml = partText(parts, name) ?? ''
    for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) add(decodeReferences(match[1]!))
    for (const match of xml.matchAll(/<w:lvlText\s+w:val="([^"]*)"/g)) add(decodeReferences(match[1]!))
  }
  return [...seen]
}
