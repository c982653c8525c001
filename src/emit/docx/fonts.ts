/**
 * Fonts embedded in the DOCX: the families the template uses (PT Serif,
 * PT Sans), so Latin and Cyrillic render the same in Word and LibreOffice
 * on machines that do not have them installed.
 */
import fs from 'node:fs'
import {CharacterSet, type IPropertiesOptions} from 'docx'
import type {Template} from '../../template/schema.js'
import {fonts, type FontFiles} from '../fonts.js'

type EmbeddedFont = NonNullable<IPropertiesOptions['fonts']>[number]

const cache = new Map<string, EmbeddedFont>()

function embed(files: FontFiles): EmbeddedFont {
  let font = cache.get(files.family)
  if (!font) {
    font = {
      name: files.family,
      // The regular face is the font; the others are its bold and italic members.
      data: fs.readFileSync(files.regular),
      bold: fs.readFileSync(files.bold),
      italic: fs.readFileSync(files.italic),
      boldItalic: fs.readFileSync(files.boldItalic),
      characterSet: CharacterSet.ANSI
    }
    cache.set(files.family, font)
  }
  return font
}

/** The families `template` uses, each once, in a stable order. */
export function embeddedFonts(template: Template): EmbeddedFont[] {
  const used = [...new Set([template.fonts.body, template.fonts.label])].sort()
  return used.map((key) => embed(fonts[key]))
}
