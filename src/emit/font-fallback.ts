/**
 * Which font draws each character: the run's own face (PT Serif or PT Sans)
 * where it can, else the first fallback family (`fonts.ts`) for the
 * character's script that has the glyph. One decision for the PDF, the
 * DOCX and the missing-glyphs warning.
 *
 * Text is cut into runs of one font each. Spaces, punctuation and digits
 * between two characters of the same fallback, or after the last of them,
 * stay in that fallback's run (an Arabic phrase is one run, set right to
 * left as a whole, not a run per word); elsewhere they stay in the run's
 * own face.
 *
 * A fallback font file is read and parsed only when a character of its
 * script turns up (a Japanese face is 5 MB), so an all-Latin transcript
 * never opens one; and a character is looked up only in the families of
 * its script.
 */
import {parsedFont} from './font-files.js'
import {fallbackFonts, type FallbackFamily, type FamilyRole, type FontFiles} from './fonts.js'

export type FaceStyle = 'regular' | 'bold' | 'italic' | 'boldItalic'

/** A stretch of text one font draws. */
export interface FontRun {
  text: string
  /** The fallback family that draws it; none: the run's own face. */
  fallback?: FallbackFamily
  /** Set right to left (Arabic). */
  rightToLeft: boolean
}

const arabic = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u
const cjk = /[\u2E80-\u2FDF\u2FF0-\u30FF\u3100-\u31FF\u3200-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
/** Characters that take the font of what surrounds them: spaces, format characters (zero-width space), punctuation, symbols, digits. */
const weak = /[\s\p{Cf}\p{P}\p{S}\p{N}]/u
/** What PT Serif and PT Sans draw in every face: the common case, decided without a lookup. */
const everyFaceDraws = /^[\x20-\x7E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2026]*$/

/** Whether every face of PT Serif and PT Sans draws all of `text`, known without looking in a font. */
export function drawnByEveryFace(text: string): boolean {
  return everyFaceDraws.test(text)
}

/** Glyph lookups by font file; a file's map is made when the file is first asked about. */
const coverage = new Map<string, Map<number, boolean>>()

/** Whether font file `file` has a glyph for `codePoint`. */
export function draws(file: string, codePoint: number): boolean {
  let known = coverage.get(file)
  if (!known) coverage.set(file, (known = new Map()))
  let result = known.get(codePoint)
  if (result === undefined) {
    result = parsedFont(file).hasGlyphForCodePoint(codePoint)
    known.set(codePoint, result)
  }
  return result
}

/** The families asked about `character`, in order: by its script, so that a Greek letter never opens a Japanese font. */
function candidates(character: string, role: FamilyRole, japaneseFirst: boolean): FallbackFamily[] {
  const families = fallbackFonts[role]
  const of = (script: FallbackFamily['script']) => families.filter((family) => family.script === script)
  if (arabic.test(character)) return of('arabic')
  if (cjk.test(character)) return japaneseFirst ? [...of('japanese'), ...of('chinese')] : [...of('chinese'), ...of('japanese')]
  return of('other')
}

/** The fallback that draws `character` in `style`, if any does. */
export function fallbackFor(character: string, role: FamilyRole, style: FaceStyle, japaneseFirst = false): FallbackFamily | undefined {
  const codePoint = character.codePointAt(0)!
  return candidates(character, role, japaneseFirst).find((family) => draws(family[style], codePoint))
}

/**
 * `text` in runs of one font each, for a run set in `style` of `family`
 * (`role` says which fallbacks go with it). Han characters are drawn in
 * the Japanese face where the text has kana, in the Chinese face otherwise.
 */
export function fontRuns(text: string, family: FontFiles, role: FamilyRole, style: FaceStyle): FontRun[] {
  if (drawnByEveryFace(text)) return text === '' ? [] : [{text, rightToLeft: false}]
  const own = family[style]
  const japaneseFirst = kana.test(text)
  const characters = [...text]
  // Strong characters first: each its own face's, or a fallback's; weak ones are settled from their neighbours.
  const strong: Array<FallbackFamily | null | undefined> = characters.map((character) => {
    if (weak.test(character)) return undefined
    if (draws(own, character.codePointAt(0)!)) return null
    return fallbackFor(character, role, style, japaneseFirst) ?? null
  })
  // A letter both fonts draw goes with the letters beside it: Greek π stays with the rest of its word in Noto, not in PT Serif (which has it for mathematics).
  const letter = (index: number) => /\p{L}/u.test(characters[index] ?? '')
  for (const step of [1, -1]) {
    for (let index = step === 1 ? 1 : characters.length - 2; index >= 0 && index < characters.length; index += step) {
      const beside = strong[index - step]
      if (strong[index] === null && beside && letter(index) && letter(index - step) && draws(beside[style], characters[index]!.codePointAt(0)!)) {
        strong[index] = beside
      }
    }
  }
  const chosen = strong.slice()
  let previous: FallbackFamily | null = null
  for (let index = 0; index < characters.length; index++) {
    if (strong[index] !== undefined) {
      previous = strong[index]!
      continue
    }
    const character = characters[index]!
    const codePoint = character.codePointAt(0)!
    const next = nextStrong(strong, index)
    if (previous && (next === previous || next === undefined) && (/[\s\p{Cf}]/u.test(character) || draws(previous[style], codePoint))) chosen[index] = previous
    else if (draws(own, codePoint) || /[\s\p{Cf}]/u.test(character)) chosen[index] = null
    else chosen[index] = fallbackFor(character, role, style, japaneseFirst) ?? null
  }
  const runs: FontRun[] = []
  characters.forEach((character, index) => {
    const fallback = chosen[index] ?? undefined
    const last = runs[runs.length - 1]
    if (last && last.fallback === fallback) last.text += character
    else runs.push({text: character, fallback, rightToLeft: fallback?.script === 'arabic'})
  })
  return runs
}

function nextStrong(strong: Array<FallbackFamily | null | undefined>, from: number): FallbackFamily | null | undefined {
  for (let index = from + 1; index < strong.length; index++) if (strong[index] !== undefined) return strong[index]
  return undefined
}

/**
 * Whether a paragraph reads right to left: its first letter is Arabic (the
 * rule of the Unicode bidirectional algorithm for a paragraph's direction).
 */
export function readsRightToLeft(text: string): boolean {
  const first = /\p{L}/u.exec(text)
  return first !== null && arabic.test(first[0])
}
