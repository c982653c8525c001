/**
 * Pack sections into DOCX bytes: styles, embedded fonts, properties, then
 * the reproducibility rewrite. One transcript or a packet of several, the
 * caller decides what the sections hold.
 */
import {Document, Packer, type ISectionOptions, type ISectionPropertiesOptions} from 'docx'
import type {Template} from '../../template/schema.js'
import {embeddedFonts} from './fonts.js'
import type {DocumentProperties} from './properties.js'
import {reproducibleDocx} from './reproducible.js'
import {documentStyles} from './styles.js'
import {pageSizes, twips} from './units.js'

export interface PackOptions {
  template: Template
  properties: DocumentProperties
  sections: ISectionOptions[]
  /** BCP 47 tag of the text, for spelling and hyphenation. */
  language: string
  timestamp: Date
}

/** Page size and margins from the template, for every section. */
export function pageProperties(template: Template): ISectionPropertiesOptions {
  const size = pageSizes[template.page.size]
  const margins = template.page.margins
  return {
    page: {
      size: {width: twips(size.width), height: twips(size.height)},
      margin: {
        top: twips(margins.top),
        right: twips(margins.right),
        bottom: twips(margins.bottom),
        left: twips(margins.left),
        // Header and footer sit halfway into the top and bottom margins.
        header: twips(margins.top / 2),
        footer: twips(margins.bottom / 2)
      }
    }
  }
}

export async function packDocument(options: PackOptions): Promise<Uint8Array> {
  const styles = documentStyles(options.template, options.language)
  const document = new Document({
    ...options.properties,
    styles,
    fonts: options.template.fonts.embed ? embeddedFonts(styles) : [],
    sections: options.sections
  })
  const packed = await Packer.toBuffer(document)
  return reproducibleDocx(packed, options.timestamp)
}
