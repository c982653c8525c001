/**
 * Pack sections into DOCX bytes: the template's parts (styles, embedded
 * fonts, …, made once per template), properties, then the reproducibility
 * rewrite and the zip. One transcript or a packet of several, the caller
 * decides what the sections hold.
 */
import {Document, type ISectionOptions, type ISectionPropertiesOptions} from 'docx'
import type {Template} from '../../template/schema.js'
import {packageParts} from './package-parts.js'
import type {DocumentProperties} from './properties.js'
import {makeReproducible, type Parts} from './reproducible.js'
import {documentStyles} from './styles.js'
import {standInTemplateParts, templateParts, withTemplateParts} from './template-parts.js'
import {pageSize} from '../../template/page.js'
import {twips} from './units.js'
import {deflated, zipArchive, type ZipEntry} from './zip.js'

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
  const size = pageSize(template)
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
  const template = await templateParts(styles, options.template.fonts.embed)
  // No styles or fonts here: their parts come from `template`, compiled once.
  const document = new Document({...options.properties, sections: options.sections})
  standInTemplateParts(document)
  const parts: Parts = await packageParts(document)
  withTemplateParts(parts, template)
  makeReproducible(parts, options.timestamp)
  return zipArchive(zipEntries(parts), options.timestamp)
}

const contentTypes = '[Content_Types].xml'

/**
 * The parts as zip entries, in the library's order but `[Content_Types].xml`
 * first, where Word puts it and tools that sniff a package look. Parts not
 * yet deflated (all but the fonts) are deflated here.
 */
function zipEntries(parts: Parts): ZipEntry[] {
  const names = [...parts.keys()].sort((a, b) => Number(b === contentTypes) - Number(a === contentTypes))
  return names.map((name) => {
    const content = parts.get(name)!
    return {name, content: typeof content === 'string' || content instanceof Uint8Array ? deflated(content) : content}
  })
}
