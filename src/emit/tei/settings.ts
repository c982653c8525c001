/**
 * The template’s `tei` section with its defaults filled in.
 */
import type {Template} from '../../template/schema.js'

export interface TeiSettings {
  /** `publicationStmt/publisher`: who publishes the TEI file. */
  publisher: string
  availability: 'free' | 'unknown' | 'restricted'
  licence?: string
  licenceUrl?: string
}

export function teiSettings(template: Template | undefined): TeiSettings {
  const given = template?.tei ?? {}
  return {
    publisher: given.publisher ?? 'Verbatim',
    availability: given.availability ?? (given.licence ? 'free' : 'unknown'),
    licence: given.licence,
    licenceUrl: given.licenceUrl
  }
}
