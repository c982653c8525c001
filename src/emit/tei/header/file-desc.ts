/**
 * `fileDesc`: the title and who is responsible, the size, how this file is
 * published, and the source it was made from.
 */
import {humanDate, namedSpeakers, titleOf} from '../../conventions.js'
import {paragraphText, turns} from '../../../model.js'
import {isoDay, whenDate} from '../dates.js'
import type {TeiState} from '../state.js'
import {applicationId, idnoType} from '../vocabulary.js'
import {element, type TeiElement} from '../xml.js'

export function fileDesc(state: TeiState): void {
  const node = element(state.header, 'fileDesc')
  titleStmt(node, state)
  extent(node, state)
  publicationStmt(node, state)
  sourceDesc(node, state)
}

function titleStmt(parent: TeiElement, state: TeiState): void {
  const {tree} = state
  const node = element(parent, 'titleStmt')
  element(node, 'title', {type: 'main'}, titleOf(tree.meta))

  // The people whose words these are: every speaker named (not one known by a role, as `Moderator`) but the press.
  for (const person of namedSpeakers(tree)) {
    if (person.kind === 'journalist') continue
    const responsibility = element(node, 'respStmt')
    element(responsibility, 'resp', {}, 'Speaker')
    element(responsibility, 'persName', {ref: '#' + state.personIds.get(person.id)}, person.name)
  }

  const publisher = tree.meta.source?.publisher
  if (publisher) {
    const responsibility = element(node, 'respStmt')
    element(responsibility, 'resp', {}, 'Transcription and first publication')
    element(responsibility, 'orgName', {}, publisher)
  }

  const conversion = element(node, 'respStmt')
  element(conversion, 'resp', {}, 'Conversion to TEI')
  element(conversion, 'name', {ref: '#' + applicationId}, 'Verbatim')
}

function extent(parent: TeiElement, state: TeiState): void {
  let words = 0
  for (const block of state.tree.children) {
    if (block.type === 'note') continue
    for (const paragraph of block.children) {
      words += paragraphText(paragraph).match(/\S+/g)?.length ?? 0
    }
  }
  const utterances = turns(state.tree).length
  const node = element(parent, 'extent')
  element(node, 'measure', {unit: 'words', quantity: String(words)}, `${words.toLocaleString('en-US')} words`)
  element(node, 'measure', {unit: 'utterances', quantity: String(utterances)}, utterances === 1 ? '1 utterance' : `${utterances} utterances`)
}

function publicationStmt(parent: TeiElement, state: TeiState): void {
  const {settings} = state
  const node = element(parent, 'publicationStmt')
  element(node, 'publisher', {}, settings.publisher)
  const availability = element(node, 'availability', {status: settings.availability})
  if (settings.licence) {
    element(availability, 'licence', {target: settings.licenceUrl}, settings.licence)
  } else {
    element(availability, 'p', {}, 'No licence is stated for this file; the rights of the source’s publisher apply.')
  }
  element(node, 'idno', {type: idnoType.document}, state.documentId)
  // The day this file was made, only when the run says (`SOURCE_DATE_EPOCH`): the event's day is in settingDesc and the source's bibl.
  const made = state.context.timestamp
  if (made) {
    const day = isoDay(made)
    element(node, 'date', {when: day}, humanDate(day))
  }
}

/** `bibl` of the source: the reader takes the title, date and source fields from here. */
function sourceDesc(parent: TeiElement, state: TeiState): void {
  const {meta} = state.tree
  const source = meta.source ?? {}
  const node = element(parent, 'sourceDesc')
  const bibl = element(node, 'bibl')
  if (meta.title !== undefined) element(bibl, 'title', {}, meta.title)
  if (source.byline !== undefined) element(bibl, 'author', {}, source.byline)
  if (source.publisher !== undefined) element(bibl, 'publisher', {}, source.publisher)
  if (meta.date !== undefined) element(bibl, 'date', {when: whenDate(meta.date)}, humanDate(meta.date))
  if (source.published !== undefined) {
    element(bibl, 'date', {type: 'published', when: whenDate(source.published)}, source.published)
  }
  if (source.url !== undefined) element(bibl, 'idno', {type: idnoType.url}, source.url)
  if (source.identifier !== undefined) element(bibl, 'idno', {type: idnoType.release}, source.identifier)
}
