/**
 * The parts of a DOCX that depend on the template's styles and fonts and on
 * nothing a transcript brings: the styles, the settings (which say whether
 * fonts are embedded), the font table and its relationships, and the
 * embedded fonts themselves.
 *
 * docx's `Packer` makes them with the public `styles` and `fonts` options,
 * once per set of styles, from a document with no content. A document then
 * gets the XML parts through `Packer`'s public `overrides` (so its own
 * `Document` needs neither option, and docx builds neither), and the fonts
 * are added to its package after packing, each cut to the characters the
 * document uses (`font-parts.ts`). Handing docx the fonts of every
 * document instead would have it deflate ~1.3 MB of them in JavaScript
 * each time: ten times what the rest of a document costs.
 */
import {Document, Packer, type IStylesOptions} from 'docx'
import {embeddedFonts} from './fonts.js'
import {partText, readPackage} from './package.js'
import {markSubsetFonts, rekeyFonts, type EmbeddedPart} from './rewrites.js'

/** A part `Packer` writes in place of its own: its path in the package, its XML. */
export type PartOverride = NonNullable<Parameters<typeof Packer.toBuffer>[2]>[number]

export interface TemplateParts {
  /** The template's XML parts, for `Packer.toBuffer(document, false, overrides)`. */
  overrides: readonly PartOverride[]
  /** The embedded fonts, for the end of the package (where docx puts them), each cut to a document's characters when it is packed. */
  fonts: readonly EmbeddedPart[]
}

/**
 * The parts the template decides. A document's own settings would differ
 * only in what its options say, and the options a document is packed with
 * (`DocumentProperties`, sections) say nothing settings hold.
 */
const overridden = ['word/styles.xml', 'word/settings.xml', 'word/fontTable.xml', 'word/_rels/fontTable.xml.rels']

async function compileTemplateParts(styles: IStylesOptions, embedFonts: boolean): Promise<TemplateParts> {
  const document = new Document({styles, fonts: embedFonts ? embeddedFonts(styles) : [], sections: [{children: []}]})
  const parts = readPackage(await Packer.toBuffer(document))
  const {fontTable, fonts} = rekeyFonts(parts)
  const overrides = overridden.map((path) => {
    const data = path === 'word/fontTable.xml' ? fontTable : partText(parts, path)
    if (data === undefined) throw new Error(`docx wrote no ${path}: this version of Verbatim does not know that docx`)
    return {path, data: path === 'word/settings.xml' ? markSubsetFonts(data) : data}
  })
  return {overrides, fonts}
}

/**
 * By the styles' JSON (plain data: strings, numbers, booleans) and whether
 * fonts are embedded, which is all these parts are made from. A handful of
 * entries in a process: one per template and language.
 */
const compiled = new Map<string, Promise<TemplateParts>>()

/** The template parts for `styles`, made on first use. */
export function templateParts(styles: IStylesOptions, embedFonts: boolean): Promise<TemplateParts> {
  const key = JSON.stringify([styles, embedFonts])
  let parts = compiled.get(key)
  if (!parts) {
    parts = compileTemplateParts(styles, embedFonts)
    compiled.set(key, parts)
    // A failure is not cached: the next document tries again.
    parts.catch(() => compiled.delete(key))
  }
  return parts
}
