/**
 * The transcript’s language, detected from its speech (and narrative),
 * never assumed: a trigram detector (`franc-min`) over the text, with the
 * script deciding where it is unambiguous (Han, kana, Hangul). A paragraph
 * long enough to tell, in another language than the document’s, is marked
 * with its own (`paragraph.language`), so that every format can say so.
 */
import {franc, francAll} from 'franc-min'
import type {VFile} from 'vfile'
import type {Paragraph, Transcript} from '../model.js'
import {paragraphText} from '../model.js'
import {alphabeticRanges, isAlphabetic} from '../util/alphabetic.js'
import {append} from '../util/append.js'

/** ISO 639-3 codes the detector returns, to the BCP 47 tags the tree keeps. */
const tags: Record<string, string> = {
  eng: 'en', rus: 'ru', fra: 'fr', deu: 'de', spa: 'es', cmn: 'zh', jpn: 'ja', kor: 'ko', arb: 'ar', ita: 'it',
  por: 'pt', ukr: 'uk', pol: 'pl', nld: 'nl', tur: 'tr', pes: 'fa', heb: 'he', hin: 'hi', ell: 'el', swe: 'sv',
  ces: 'cs', ron: 'ro', hun: 'hu', bul: 'bg', srp: 'sr', hrv: 'hr', fin: 'fi', dan: 'da', nob: 'no', vie: 'vi',
  ind: 'id', zlm: 'ms', tha: 'th', urd: 'ur', ben: 'bn', kaz: 'kk', uzn: 'uz', azj: 'az', bel: 'be', slk: 'sk'
}

/** The languages the detector chooses among: those of diplomacy and their near neighbours (a closed list is faster and errs less). */
const candidates = Object.keys(tags)

/** Characters of text the detector reads. */
const sampleLength = 1000

/** Letters needed before the detector’s answer is trusted, for the document and for one paragraph. */
const documentMinimum = 40
const paragraphMinimum = 120

/** Hangul, CJK and kana blocks: a cheap test before counting each script. */
const eastAsian = /[\u1100-\u11FF\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F]/

/**
 * Every character the detector counts as Han, kana or Hangul (franc-min's
 * `cmn`, `jpn` and `kor` scripts; an astral one by its lead surrogate), and
 * some more: a text with none of them is never told `zh`, `ja` or `ko`.
 */
const mayBeEastAsian = /[\u1100-\u11FF\u2E80-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFF66-\uFFDC\uD81B\uD82B\uD82C\uD83C\uD840-\uD888]/

/** Runs of letters (`\p{L}+`) in text of the alphabetic blocks. */
const alphabeticLetters = new RegExp(`[${alphabeticRanges(/\p{L}/u)}]+`, 'g')

/** The BCP 47 tag of `text`’s language, or undefined when it is too short or unclear. */
export function detectLanguage(whole: string, minimum = documentMinimum): string | undefined {
  // A few thousand characters tell a language as well as the whole text, at a fraction of the cost.
  const text = whole.length > sampleLength ? whole.slice(0, sampleLength) : whole
  // One pass over the sample finds its words; their letters are all the letters.
  const lower = text.toLowerCase()
  const words = lower.match(isAlphabetic(lower) ? alphabeticLetters : /\p{L}+/gu) ?? []
  let letters = 0
  for (const word of words) letters += word.length
  // Scripts without spaces are told by their characters: far fewer are needed. Most texts have none of them.
  if (eastAsian.test(text)) {
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
    const kana = text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0
    const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0
    if (kana > 5 && kana + han > letters * 0.3) return 'ja'
    if (hangul > 5 && hangul > letters * 0.3) return 'ko'
    if (han > 10 && han > letters * 0.3) return 'zh'
  }
  if (letters < minimum) return undefined
  const common = byCommonWords(words)
  if (common) return common
  const code = franc(text, {minLength: 10, only: candidates})
  if (code === 'und') return undefined
  return tags[code] ?? code
}

export interface LanguageOptions {
  /** A language the user gave: kept, not detected. */
  language?: string
}

export function markLanguage(tree: Transcript, file: VFile, options: LanguageOptions = {}): void {
  const paragraphs: Paragraph[] = []
  for (const block of tree.children) if (block.type !== 'note') append(paragraphs, block.children)
  // The detector reads the first `sampleLength` characters: the text is gathered no further.
  let spoken = ''
  for (const paragraph of paragraphs) {
    if (spoken.length >= sampleLength) break
    spoken += paragraphText(paragraph) + '\n'
  }
  const detected = options.language ?? detectLanguage(spoken || (tree.meta.title ?? ''))
  if (!detected) {
    file.info('Language not detected (too little text): assumed English', {line: 1, column: 1}).ruleId = 'no-language'
  }
  tree.meta.language = detected ?? 'en'
  const common = commonWords[tree.meta.language]
  for (const paragraph of paragraphs) {
    const text = paragraphText(paragraph)
    if (text.length < paragraphMinimum) continue
    // A paragraph full of the document language’s commonest words is in that language: no need to ask the detector.
    if (common && sharesCommonWords(text, common)) continue
    const language = paragraphLanguage(text, tree.meta.language)
    if (language) paragraph.language = language
  }
}

/**
 * The language of one paragraph, where it is not the document’s and the
 * reading is sure: the script agrees, and within one script the document’s
 * own language scores well below the paragraph’s (trigram guesses between
 * close languages, Russian and Bulgarian, Spanish and Portuguese, on one
 * paragraph would be noise).
 */
function paragraphLanguage(text: string, documentLanguage: string): string | undefined {
  // Only a text with East Asian characters can be told Chinese, Japanese or Korean, by the script counts or by the detector.
  const script = mayBeEastAsian.test(text) ? detectLanguage(text, paragraphMinimum) : undefined
  if (script && ['zh', 'ja', 'ko'].includes(script)) return script === documentLanguage ? undefined : script
  if (text.replace(/[^\p{L}]/gu, '').length < paragraphMinimum) return undefined
  const scores = francAll(text.slice(0, 600), {minLength: 10, only: candidates})
  const [code] = scores[0] ?? []
  const language = code ? tags[code] : undefined
  if (!language || language === documentLanguage || !major.includes(language)) return undefined
  const cyrillic = /\p{Script=Cyrillic}/u.test(text)
  if (['ru', 'uk'].includes(language) !== cyrillic) return undefined
  const own = Object.entries(tags).find(([, tag]) => tag === documentLanguage)?.[0]
  const score = scores.find(([candidate]) => candidate === own)?.[1] ?? 0
  return score < 0.85 ? language : undefined
}

const major = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'uk', 'ar']

/** The commonest short words of the languages most transcripts are in. */
const commonWords: Record<string, Set<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'we', 'it', 'for', 'on', 'with', 'this', 'are', 'have', 'be', 'not', 'you', 'i']),
  fr: new Set(['le', 'la', 'les', 'de', 'des', 'et', 'est', 'que', 'nous', 'pour', 'dans', 'une', 'un', 'pas', 'qui', 'sur', 'du', 'au']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'wir', 'ich', 'zu', 'den', 'mit', 'es', 'sie', 'auf', 'für', 'ein', 'eine', 'dass']),
  es: new Set(['el', 'la', 'los', 'las', 'de', 'y', 'que', 'en', 'es', 'un', 'una', 'por', 'con', 'no', 'para', 'del', 'se', 'lo']),
  ru: new Set(['и', 'в', 'не', 'на', 'что', 'мы', 'с', 'это', 'по', 'как', 'я', 'к', 'но', 'о', 'из', 'для', 'все', 'у']),
  it: new Set(['il', 'la', 'di', 'e', 'che', 'non', 'per', 'un', 'una', 'del', 'della', 'in', 'con', 'sono', 'noi', 'lo']),
  pt: new Set(['o', 'a', 'os', 'as', 'de', 'e', 'que', 'não', 'em', 'um', 'uma', 'para', 'com', 'do', 'da', 'por'])
}

/** Whether at least one word in eight of `text` is among `common`. */
function sharesCommonWords(text: string, common: Set<string>): boolean {
  // Two of the language’s commonest words between spaces settle it without splitting the text.
  const head = text.slice(0, 200).toLowerCase()
  let seen = 0
  for (const word of common) if (word.length > 1 && head.includes(word) && head.includes(` ${word} `) && ++seen === 2) return true
  // The first few dozen words decide it; a split on spaces and punctuation is far cheaper than a Unicode word pattern.
  const words = text.slice(0, 160).toLowerCase().split(/[\s,.;:!?()[\]"“”«»‘’'–—-]+/)
  let hits = 0
  for (const word of words) if (common.has(word)) hits++
  return hits * 8 >= words.length
}

/**
 * The language whose commonest words make up a large and unrivalled share of
 * `words` (lower case): the cheap answer for most transcripts, before the trigram detector.
 */
function byCommonWords(words: string[]): string | undefined {
  if (words.length < 20) return undefined
  // One look-up per word: each common word knows the languages it belongs to.
  const counts = new Map<string, number>()
  for (const word of words) {
    for (const language of commonLanguages.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1)
  }
  const scores = [...counts].sort((a, b) => b[1] - a[1])
  const [best, top] = scores[0] ?? ['', 0]
  const second = scores[1]?.[1] ?? 0
  return top * 7 >= words.length && top >= second * 2 ? best : undefined
}

/** Each common word, to the languages whose commonest words it is among. */
const commonLanguages = new Map<string, string[]>()
for (const [language, words] of Object.entries(commonWords)) {
  for (const word of words) commonLanguages.set(word, [...(commonLanguages.get(word) ?? []), language])
}
