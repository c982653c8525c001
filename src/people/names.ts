/**
 * Small functions on names: slugs for ids, case for display, surnames.
 */

/** `John Kerry` → `john-kerry`; letters of any script kept, accents dropped. */
export function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  // An XML id starts with a letter.
  return /^\p{L}/u.test(base) ? base : 'person-' + (base || 'unnamed')
}

/** `SERGEY LAVROV` → `Sergey Lavrov`; mixed-case text is left as printed. */
export function displayCase(text: string): string {
  if (text !== text.toUpperCase()) return text
  return text
    .toLowerCase()
    .replace(/(^|[\s\-.’'(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
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
