/**
 * `xml:id`s of the TEI: turns and paragraphs keep the ids every format shows
 * (`u3`, `p7`); people keep their participant id when it is a safe XML name,
 * so that `who="#john-kerry"` reads as it should.
 */
import {createHash} from 'node:crypto'
import {paragraphText, type Participant, type Transcript} from '../../model.js'

/** A conservative (ASCII) XML name: what `xml:id` accepts. */
const xmlName = /^[A-Za-z_][A-Za-z0-9_.-]*$/

/** Ids the document uses for other things: a person must not take one. */
const reserved = /^(?:[up]\d+|person-\d+|(?:speaker|delivery|lang|removed|transcript)-.*|speaker-types|delivery|verbatim)$/

/**
 * The `xml:id` of each participant: the participant id itself when that is a
 * safe XML name, else `person-N` (the original id then goes in `@n`, where
 * the reader finds it).
 */
export function personIds(participants: readonly Participant[]): Map<string, string> {
  const ids = new Map<string, string>()
  participants.forEach((person, index) => {
    ids.set(person.id, isPlainPersonId(person.id) ? person.id : `person-${index + 1}`)
  })
  return ids
}

export function isPlainPersonId(id: string): boolean {
  return xmlName.test(id) && !reserved.test(id)
}

/** `lang-ru`: the id of a language declared in `langUsage`, for `@corresp`. */
export function languageId(tag: string, index: number): string {
  return /^[A-Za-z][A-Za-z0-9-]*$/.test(tag) ? `lang-${tag}` : `lang-${index + 1}`
}

/** `removed-2`: the id of the second passage set aside. */
export function removedId(index: number): string {
  return `removed-${index + 1}`
}

/**
 * The document’s id: its date and a digest of its title and words, so the
 * same transcript gets the same id wherever it is converted.
 */
export function documentId(tree: Transcript): string {
  const hash = createHash('sha256')
  hash.update(tree.meta.title ?? '')
  for (const block of tree.children) {
    if (block.type === 'note') continue
    for (const paragraph of block.children) hash.update('\n' + paragraphText(paragraph))
  }
  const date = tree.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(tree.meta.date) ? tree.meta.date : 'undated'
  return `transcript-${date}-${hash.digest('hex').slice(0, 10)}`
}
