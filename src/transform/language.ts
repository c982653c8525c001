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

/** ISO 639-3 codes the detector returns, to the BCP 47 tags the tree keeps. */
const tags: Record<string, string> = {
  eng: 'en', rus: 'ru', fra: 'fr', deu: 'de', spa: 'es', cmn: 'zh', jpn: 'ja', kor: 'ko', arb: 'ar', ita: 'it',
  por: 'pt', ukr: 'uk', pol: 'pl', nld: 'nl', tur: 'tr', pes: 'fa', heb: 'he', hin: 'hi', ell: 'el', swe: 'sv',
  ces: 'cs', ron: 'ro', hun: 'hu', bul: 'bg', srp: 'sr', hrv: 'hr', fin: 'fi', dan: 'da', nob: 'no', vie: 'vi',
  ind: 'id', zlm: 'ms', tha: 'th', urd: 'ur', ben: 'bn', kaz: 'kk', uzn: 'uz', azj: 'az', bel: 'be', slk: 'sk'
}

/** Letters needed before the detector’s answer is trusted, for the document and for one paragraph. */
const documentMinimum = 40
const paragraphMinimum = 120

/** The BCP 47 tag of `text`’s language, or undefined when it is too short or unclear. */
export function detectLanguage(text: string, minimum = documentMinimum): string | undefined {
  const letters = text.replace(/[^\p{L}]/gu, '')
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const kana = text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0
  // Scripts without spaces are told by their characters: far fewer are needed.
  if (kana > 5 && kana + han > letters.length * 0.3) return 'ja'
  if (hangul > 5 && hangul > letters.length * 0.3) return 'ko'
  if (han > 10 && han > letters.length * 0.3) return 'zh'
  if (letters.length < minimum) return undefined
  const code = franc(text.slice(0, 6000), {minLength: 10})
  if (code === 'und') return undefined
  return tags[code] ?? code
}

export interface LanguageOptions {
  /** A language the user gave: kept, not detected. */
  language?: string
}

export function markLanguage(tree: Transcript, file: VFile, options: LanguageOptions = {}): void {
  const paragraphs: Paragraph[] = []
  for (const block of tree.children) if (block.type !== 'note') paragraphs.push(...block.children)
  const spoken = paragraphs.map(paragraphText).join('\n')
  const detected = options.language ?? detectLanguage(spoken || (tree.meta.title ?? ''))
  if (!detected) {
    file.info('Language not detected (too little text): assumed English', {line: 1, column: 1}).ruleId = 'no-language'
  }
  tree.meta.language = detected ?? 'en'
  for (const paragraph of paragraphs) {
    const text = paragraphText(paragraph)
    if (text.length < paragraphMinimum) continue
    const language = detectLanguage(text, paragraphMinimum)
    if (language && language !== tree.meta.language && isConfident(text, language, tree.meta.language)) paragraph.language = language
  }
}

/**
 * A paragraph is marked only when its script agrees or the detector is sure
 * by a margin: trigram guesses between close languages (Spanish and
 * Portuguese) on one paragraph would be noise.
 */
function isConfident(text: string, language: string, documentLanguage: string): boolean {
  const cyrillic = /\p{Script=Cyrillic}/u.test(text)
  const latin = /\p{Script=Latin}/u.test(text)
  const major = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'uk', 'zh', 'ja', 'ko', 'ar']
  if (!major.includes(language)) return false
  if (['ru', 'uk'].includes(language) && !cyrillic) return false
  if (['en', 'fr', 'de', 'es', 'it', 'pt'].includes(language) && (!latin || cyrillic)) return false
  // Within one script, the document’s own language must score well below the paragraph’s.
  const code = Object.entries(tags).find(([, tag]) => tag === documentLanguage)?.[0]
  const score = francAll(text.slice(0, 2000), {minLength: 10}).find(([candidate]) => candidate === code)?.[1] ?? 0
  return score < 0.85
}
