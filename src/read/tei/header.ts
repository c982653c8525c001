/**
 * Read the `teiHeader` back into the tree’s `meta` and `participants`.
 * The title, date and source fields come from `sourceDesc/bibl`; place,
 * time and kind of event from `settingDesc/setting`.
 */
import type {Meta, Participant, ParticipantKind, Place, Source} from '../../model.js'
import {readTimeLine} from '../../emit/conventions.js'
import {speakerCategories, speakerCategoryId, idnoType} from '../../emit/tei/vocabulary.js'
import {elements, first, textOf, type XmlElement} from './xml.js'

export function readMeta(tei: XmlElement): Meta {
  const header = first(tei, 'teiHeader')
  const bibl = first(first(first(header, 'fileDesc'), 'sourceDesc'), 'bibl')
  const setting = first(first(first(header, 'profileDesc'), 'settingDesc'), 'setting')
  const meta: Meta = {language: tei.attributes['xml:lang'] ?? 'und'}

  if (bibl) {
    const title = first(bibl, 'title')
    if (title) meta.title = textOf(title)
    const date = elements(bibl, 'date').find((node) => node.attributes.type === undefined)
    if (date) meta.date = date.attributes.when ?? textOf(date)
    const source = readSource(bibl)
    if (source) meta.source = source
  }

  if (setting) {
    const place: Place = {}
    for (const part of ['venue', 'city', 'country'] as const) {
      const name = first(setting, 'name', part)
      if (name) place[part] = textOf(name)
    }
    if (Object.keys(place).length > 0) meta.place = place
    const time = first(setting, 'time')
    if (time) Object.assign(meta, readTimeLine(textOf(time)))
    const activity = first(setting, 'activity')
    if (activity) meta.eventType = textOf(activity)
  }
  return meta
}

function readSource(bibl: XmlElement): Source | undefined {
  const source: Source = {}
  const author = first(bibl, 'author')
  if (author) source.byline = textOf(author)
  const publisher = first(bibl, 'publisher')
  if (publisher) source.publisher = textOf(publisher)
  const published = first(bibl, 'date', 'published')
  if (published) source.published = textOf(published)
  const url = first(bibl, 'idno', idnoType.url)
  if (url) source.url = textOf(url)
  const release = first(bibl, 'idno', idnoType.release)
  if (release) source.identifier = textOf(release)
  return Object.keys(source).length > 0 ? source : undefined
}

export interface People {
  participants: Participant[]
  /** `xml:id` of a `person` → participant id. */
  byXmlId: Map<string, string>
}

export function readParticipants(tei: XmlElement): People {
  const header = first(tei, 'teiHeader')
  const list = first(first(first(header, 'profileDesc'), 'particDesc'), 'listPerson')
  const participants: Participant[] = []
  const byXmlId = new Map<string, string>()
  for (const node of list ? elements(list) : []) {
    if (node.name !== 'person' && node.name !== 'personGrp') continue
    const participant = readPerson(node)
    participants.push(participant)
    const xmlId = node.attributes['xml:id']
    if (xmlId !== undefined) byXmlId.set(xmlId, participant.id)
  }
  return {participants, byXmlId}
}

function readPerson(node: XmlElement): Participant {
  const group = node.name === 'personGrp'
  const participant: Participant = {
    id: node.attributes.n ?? node.attributes['xml:id'] ?? '',
    name: textOf(first(node, group ? 'name' : 'persName')),
    kind: kindOf(node.attributes.ana),
    labels: elements(node, 'note')
      .filter((note) => note.attributes.type === 'label')
      .map(textOf)
  }
  const occupation = first(node, 'occupation')
  if (occupation) participant.role = textOf(occupation)
  const affiliation = first(node, 'affiliation')
  if (affiliation) participant.affiliation = textOf(affiliation)
  if (group) participant.group = true
  const idnos = elements(node, 'idno')
  if (idnos.length > 0) {
    participant.identifiers = Object.fromEntries(idnos.map((idno) => [idno.attributes.type ?? '', textOf(idno)]))
  }
  return participant
}

/** The speaker type among the pointers of `@ana`. */
export function kindOf(ana: string | undefined): ParticipantKind {
  const pointers = (ana ?? '').split(/\s+/)
  const category = speakerCategories.find(({kind}) => pointers.includes('#' + speakerCategoryId(kind)))
  return category?.kind ?? 'unknown'
}
