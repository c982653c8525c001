/**
 * The embedded font families: PT Serif and PT Sans (SIL OFL), TrueType files
 * shipped by npm packages, covering Latin and Cyrillic; and the Noto
 * families (SIL OFL, the same kind of packages) that draw what PT cannot:
 * Greek and the rest of Latin, Arabic, Japanese and Chinese.
 *
 * Which fallback draws which character is `font-fallback.ts`'s to decide.
 */
import {createRequire} from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

export interface FontFiles {
  family: string
  regular: string
  bold: string
  italic: string
  boldItalic: string
}

/** The four faces of a family in package `pkg`; a family without italics gives its upright faces for them. */
function family(pkg: string, family: string, prefix: string, italics = true): FontFiles {
  const folder = path.dirname(require.resolve(pkg + '/package.json'))
  const file = (style: string) => path.join(folder, style, `${prefix}_${style}.ttf`)
  return {
    family,
    regular: file('400Regular'),
    bold: file('700Bold'),
    italic: file(italics ? '400Regular_Italic' : '400Regular'),
    boldItalic: file(italics ? '700Bold_Italic' : '700Bold')
  }
}

export type FamilyRole = 'serif' | 'sans'

export const fonts: Record<FamilyRole, FontFiles> = {
  serif: family('@expo-google-fonts/pt-serif', 'PT Serif', 'PTSerif'),
  sans: family('@expo-google-fonts/pt-sans', 'PT Sans', 'PTSans')
}

/** What a fallback family is for: the scripts it is asked about (`font-fallback.ts`). */
export type FallbackScript = 'other' | 'arabic' | 'japanese' | 'chinese'

export interface FallbackFamily extends FontFiles {
  /** A short name for the family, unique among the fallbacks (`noto-serif`): PDF face names are made from it. */
  id: string
  script: FallbackScript
}

function fallback(id: string, script: FallbackScript, files: FontFiles): FallbackFamily {
  return {id, script, ...files}
}

/**
 * The fallbacks of each role, in the order they are tried. Naskh is the
 * Arabic counterpart of a serif text face; Japanese and Chinese have no
 * italics, and a Gothic (sans) face each: the Mincho faces would double the
 * 140 MB the CJK packages already take.
 */
export const fallbackFonts: Record<FamilyRole, readonly FallbackFamily[]> = {
  serif: [
    fallback('noto-serif', 'other', family('@expo-google-fonts/noto-serif', 'Noto Serif', 'NotoSerif')),
    fallback('noto-naskh-arabic', 'arabic', family('@expo-google-fonts/noto-naskh-arabic', 'Noto Naskh Arabic', 'NotoNaskhArabic', false)),
    fallback('noto-sans-jp', 'japanese', family('@expo-google-fonts/noto-sans-jp', 'Noto Sans JP', 'NotoSansJP', false)),
    fallback('noto-sans-sc', 'chinese', family('@expo-google-fonts/noto-sans-sc', 'Noto Sans SC', 'NotoSansSC', false))
  ],
  sans: [
    fallback('noto-sans', 'other', family('@expo-google-fonts/noto-sans', 'Noto Sans', 'NotoSans')),
    fallback('noto-sans-arabic', 'arabic', family('@expo-google-fonts/noto-sans-arabic', 'Noto Sans Arabic', 'NotoSansArabic', false)),
    fallback('noto-sans-jp', 'japanese', family('@expo-google-fonts/noto-sans-jp', 'Noto Sans JP', 'NotoSansJP', false)),
    fallback('noto-sans-sc', 'chinese', family('@expo-google-fonts/noto-sans-sc', 'Noto Sans SC', 'NotoSansSC', false))
  ]
}
