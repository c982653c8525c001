/**
 * `profileDesc`: the languages, the setting (place, date, time, kind of
 * event) and the participants, each a `person` (or `personGrp`) that every
 * `u/@who` points to.
 */
import {humanDate, timeLine} from '../../conventions.js'
import type {Participant} from '../../../model.js'
import {whenDate, whenTime} from '../dates.js'
import type {TeiState} from '../state.js'
import {speakerCategoryId} from '../vocabulary.js'
import {element, type TeiElement} from '../xml.js'

export function profileDesc(state: TeiState): void {
  const node = element(state.header, 'profileDesc')
  langUsage(node, state)
  settingDesc(node, state)
  particDesc(node, state)
}

function langUsage(parent: TeiElement, state: TeiState): void {
  const node = element(parent, 'langUsage')
  for (const [tag, id] of state.languageIds) {
    element(node, 'language', {ident: tag, 'xml:id': id}, languageName(tag))
  }
}

const names = new Intl.DisplayNames(['en'], {type: 'language'})

/** `ru` → `Russian`; a tag Intl does not know is shown as it is. */
function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag
  } catch {
    return tag
  }
}

function settingDesc(parent: TeiElement, state: TeiState): void {
  const {meta} = state.tree
  const place = meta.place ?? {}
  const parts = [place.venue, place.city, place.country, meta.date, meta.time, meta.eventType]
  if (parts.every((part) => part === undefined)) return

  const setting = element(element(parent, 'settingDesc'), 'setting')
  if (place.venue !== undefined) element(setting, 'name', {type: 'venue'}, place.venue)
  if (place.city !== undefined) element(setting, 'name', {type: 'city'}, place.city)
  if (place.country !== undefined) element(setting, 'name', {type: 'country'}, place.country)
  if (meta.date !== undefined) element(setting, 'date', {when: whenDate(meta.date)}, humanDate(meta.date))
  // `13:22 EDT`, `@when` 13:22:00-04:00: the zone in the text as printed, its offset where known.
  if (meta.time !== undefined) element(setting, 'time', {when: whenTime(meta.time, meta.timeZone)}, timeLine(meta))
  if (meta.eventType !== undefined) element(setting, 'activity', {}, meta.eventType)
}

function particDesc(parent: TeiElement, state: TeiState): void {
  const {participants} = state.tree
  if (participants.length === 0) return
  const list = element(element(parent, 'particDesc'), 'listPerson')
  for (const participant of participants) person(list, state, participant)
}

function person(parent: TeiElement, state: TeiState, participant: Participant): void {
  const id = state.personIds.get(participant.id)!
  const node = element(parent, participant.group ? 'personGrp' : 'person', {
    'xml:id': id,
    // An id that is no XML name is kept here, for the reader.
    n: id === participant.id ? undefined : participant.id,
    ana: '#' + speakerCategoryId(participant.kind)
  })
  element(node, participant.group ? 'name' : 'persName', {}, participant.name)
  if (participant.role !== undefined) element(node, 'occupation', {}, participant.role)
  if (participant.affiliation !== undefined) element(node, 'affiliation', {}, participant.affiliation)
  for (const [registry, value] of Object.entries(participant.identifiers ?? {})) {
    element(node, 'idno', {type: registry}, value)
  }
  // Every label the source printed for them, in order of first use.
  for (const label of participant.labels) element(node, 'note', {type: 'label'}, label)
}
