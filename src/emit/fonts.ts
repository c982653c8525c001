/**
 * The embedded font families: PT Serif and PT Sans (SIL OFL), TrueType files
 * shipped by npm packages, covering Latin and Cyrillic.
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

function family(pkg: string, family: string, prefix: string): FontFiles {
  const folder = path.dirname(require.resolve(pkg + '/package.json'))
  const file = (style: string) => path.join(folder, style, `${prefix}_${style}.ttf`)
  return {
    family,
    regular: file('400Regular'),
    bold: file('700Bold'),
    italic: file('400Regular_Italic'),
    boldItalic: file('700Bold_Italic')
  }
}

export const fonts: Record<'serif' | 'sans', FontFiles> = {
  serif: family('@expo-google-fonts/pt-serif', 'PT Serif', 'PTSerif'),
  sans: family('@expo-google-fonts/pt-sans', 'PT Sans', 'PTSans')
}
