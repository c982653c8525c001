/**
 * Document properties (File › Properties in Word): title, subject,
 * keywords (the participants), author, the transcript’s date, and custom
 * properties for what has no core field, such as the source URL.
 */
import type {IPropertiesOptions} from 'docx'
import type {Transcript} from '../../model.js'
import type {EmitContext} from '../emitter.js'
import {documentAuthors, eventLine, humanDate, namedSpeakers, placeLine, titleOf} from '../conventions.js'

export type DocumentProperties = Pick<
  IPropertiesOptions,
  'title' | 'subject' | 'creator' | 'keywords' | 'description' | 'lastModifiedBy' | 'customProperties'
>

/** Names of the custom properties, as Word lists them. */
export const customPropertyName = {
  date: 'Transcript Date',
  url: 'Source URL',
  publisher: 'Publisher',
  identifier: 'Source Identifier',
  generator: 'Generator'
} as const

export function documentProperties(tree: Transcript, context: Pick<EmitContext, 'version'>): DocumentProperties {
  const {meta} = tree
  const generator = `Verbatim ${context.version}`
  const custom: Array<[string, string | undefined]> = [
    [customPropertyName.date, meta.date],
    [customPropertyName.url, meta.source?.url],
    [customPropertyName.publisher, meta.source?.publisher],
    [customPropertyName.identifier, meta.source?.identifier],
    [customPropertyName.generator, generator]
  ]
  return {
    title: titleOf(meta),
    subject: [eventLine(meta), placeLine(meta), humanDate(meta.date)].filter(Boolean).join(', '),
    keywords: namedSpeakers(tree)
      .map((person) => person.name)
      .join('; '),
    // The same author as the PDF's; Verbatim only converted it (it is the last to modify it).
    creator: documentAuthors(tree).join(', ') || generator,
    lastModifiedBy: generator,
    customProperties: custom
      .filter((entry): entry is [string, string] => Boolean(entry[1]))
      .map(([name, value]) => ({name, value}))
  }
}
