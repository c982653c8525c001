/**
 * Small functions on names: slugs for ids, case for display, surnames.
 */
import {createRequire} from 'node:module'

/**
 * `John Kerry` → `john-kerry`; Cyrillic spelt in Latin letters by the
 * BGN/PCGN scheme English-language media use (`Сергей Лавров` →
 * `sergey-lavrov`), a Chinese name in Hanyu Pinyin, family name first
 * (`华春莹` → `hua-chunying`), so one person has one id whatever script a
 * document prints them in; letters of other scripts kept, accents dropped.
 */
export function slug(name: string): string {
  const base = transliterate(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Letters no decomposition takes apart: `Jarosław` → `jaroslaw`.
    .replace(/[łđøæœßıħþð]/g, (letter) => undecomposed[letter])
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  // An XML id starts with a letter.
  return /^\p{L}/u.test(base) ? base : 'person-' + (base || 'unnamed')
}

const undecomposed: Record<string, string> = {ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', ħ: 'h', þ: 'th', ð: 'd'}

/** Short words that stay lower-case inside a name or office: `Secretary of State`. */
const particles = new Set(['of', 'to', 'in', 'on', 'at', 'de', 'la', 'le', 'du', 'da', 'al', 'el', 'the', 'and', 'for', 'von', 'van', 'der', 'del', 'des', 'di', 'dos', 'das', 'y'])

/**
 * `SERGEY LAVROV` → `Sergey Lavrov`; mixed-case text is left as printed.
 * Two-letter words that are not particles are acronyms and keep their
 * capitals: `SG`, `UN`, `EU`.
 */
export function displayCase(text: string): string {
  if (text !== text.toUpperCase()) return text
  return text
    .split(/(\s+)/)
    .map((word, index) => {
      const lower = word.toLowerCase()
      if (/^\p{Lu}{2}$/u.test(word) && !particles.has(lower)) return word
      if (index > 0 && particles.has(lower)) return lower
      return lower.replace(/(^|[\-.’'(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    })
    .join('')
}

/** Words of a name, without surrounding punctuation. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).map((word) => word.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '')).filter(Boolean)
}

/** The last word of a name, lower-case: the key two spellings of one person share. */
export function surnameKey(name: string): string {
  const words = nameWords(name)
  return (words[words.length - 1] ?? '').toLowerCase().replace(/\.$/, '')
}

/** Whether a word is capitalised (`Kerry`, `KERRY`, `de`-style particles aside). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

const require = createRequire(import.meta.url)
let pinyin: ((text: string, options: {toneType: 'none'; type: 'array'}) => string[]) | undefined

/** `华春莹` → `Hua Chunying`: the family name (first character), then the given name. Loaded only for Chinese text. */
function pinyinName(name: string): string {
  pinyin ??= (require('pinyin-pro') as {pinyin: typeof pinyin}).pinyin!
  const [family, ...given] = pinyin(name, {toneType: 'none', type: 'array'}).map((syllable) => syllable.replace(/ü/g, 'u'))
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
  return given.length > 0 ? `${capital(family)} ${capital(given.join(''))}` : capital(family)
}

/** Cyrillic letters in Latin (BGN/PCGN, simplified: no diacritics, `ё` as `yo`). */
const cyrillic: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'w'
}

/**
 * Ukrainian letters in Latin by Ukraine’s national system (2010), which its
 * government and passports use: `Георгій Тихий` → `Heorhii Tykhyi`. The
 * letters `є`, `ї`, `й`, `ю`, `я` are spelt differently at the start of a word.
 */
const ukrainian: Record<string, string> = {
  ...cyrillic, г: 'h', ґ: 'g', е: 'e', и: 'y', і: 'i', ї: 'i', й: 'i', х: 'kh', щ: 'shch', є: 'ie', ю: 'iu', я: 'ia', ь: '', '’': '', "'": ''
}
const ukrainianInitial: Record<string, string> = {є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya'}

/** Letters only Ukrainian writes, or Russian letters Ukrainian lacks. */
const ukrainianLetters = /[іїєґІЇЄҐ]/
const russianLetters = /[ыэъёЫЭЪЁ]/

/** `Сергей Лавров` → `Sergey Lavrov`; `Георгій Тихий` → `Heorhii Tykhyi`. Text in other scripts is returned as it is. */
export function transliterate(text: string): string {
  if (/\p{Script=Han}/u.test(text)) text = text.replace(/\p{Script=Han}{2,4}/gu, pinyinName)
  if (!/[\u0400-\u04FF]/.test(text)) return text
  // A name is spelt by its own language’s system; its letters tell Ukrainian from Russian.
  const table = ukrainianLetters.test(text) && !russianLetters.test(text) ? ukrainian : cyrillic
  return text.replace(/[\u0400-\u04FF]/g, (char, at: number) => {
    const lower = char.toLowerCase()
    const initial = table === ukrainian && (at === 0 || !/\p{L}/u.test(text[at - 1])) ? ukrainianInitial[lower] : undefined
    const latin = initial ?? table[lower] ?? char
    return lower === char ? latin : latin.charAt(0).toUpperCase() + latin.slice(1)
  })
}

/**
 * `Pablo Molinda` for the `Pablo Molina` of an earlier turn: the same given
 * names, and a surname of five letters or more one keystroke away (a letter
 * added, dropped or changed). A typist's slip, as far as two names can show
 * it; a one-word name (`Emma`, `Emmy`) or a given name that differs (`Maria`,
 * `Mario`) never is.
 */
export function isSpellingSlip(name: string, earlier: string): boolean {
  const a = name.toLowerCase().split(/\s+/)
  const b = earlier.toLowerCase().split(/\s+/)
  if (a.length < 2 || a.length !== b.length || a.slice(0, -1).join(' ') !== b.slice(0, -1).join(' ')) return false
  const [x, y] = [a.at(-1)!, b.at(-1)!]
  return x !== y && Math.min(x.length, y.length) >= 5 && /^\p{L}+$/u.test(x + y) && oneEditApart(x, y)
}

/**
 * Names kept so that one a typist misspelt (`isSpellingSlip`) is found
 * without comparing it with every name: each name is filed under its given
 * names and its surname with each letter left out in turn (and whole), and
 * two surnames one keystroke apart share one of those keys.
 */
export class SpellingIndex<T> {
  private readonly entries = new Map<string, Array<{name: string; value: T}>>()

  add(name: string, value: T): void {
    for (const key of slipKeys(name)) {
      const bucket = this.entries.get(key)
      if (bucket) bucket.push({name, value})
      else this.entries.set(key, [{name, value}])
    }
  }

  /** The first name filed whose spelling `name` slips from. */
  find(name: string): T | undefined {
    for (const key of slipKeys(name)) {
      for (const entry of this.entries.get(key) ?? []) if (isSpellingSlip(name, entry.name)) return entry.value
    }
    return undefined
  }
}

function slipKeys(name: string): Set<string> {
  const words = name.toLowerCase().split(/\s+/)
  const surname = words.at(-1)!
  const keys = new Set<string>()
  // Only surnames a slip can be made in: two words or more, five letters or more.
  if (words.length < 2 || surname.length < 5) return keys
  const given = words.slice(0, -1).join(' ') + '|'
  keys.add(given + surname)
  for (let index = 0; index < surname.length; index++) keys.add(given + surname.slice(0, index) + surname.slice(index + 1))
  return keys
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  // After the first difference, the rest matches with one letter changed, added or dropped.
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i)
}
