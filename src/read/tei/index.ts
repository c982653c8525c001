/**
 * Read TEI written by Verbatim back into the transcript tree, so an archive’s
 * files can be rendered again (to PDF or DOCX) later. TEI → tree → TEI gives
 * the same bytes. Valid TEI that Verbatim did not write is read as far as it
 * follows the same encoding; unknown markup keeps its words and is reported.
 */
import {VFile} from 'vfile'
import type {Block, Participant, Transcript} from '../../model.js'
import {slug} from '../../people/names.js'
import {teiNamespace} from '../../emit/tei/vocabulary.js'
import {readBody} from './body.js'
import {readMeta, readParticipants} from './header.js'
import {refine} from '../../transform/refine.js'
import {readRemoved} from './removed.js'
import {elements, first, parseXml, readError, type XmlElement} from './xml.js'

export function fromTei(xml: string, file?: VFile): Transcript {
  const tei = parseXml(xml)
  if (tei.name !== 'TEI' || tei.namespace !== teiNamespace) {
    throw readError(`expected a TEI document (<TEI xmlns="${teiNamespace}">), found <${tei.name}>`, tei.line, tei.column)
  }
  const text = first(tei, 'text')
  const body = first(text, 'body')
  if (!body) throw readError('the TEI has no text/body', tei.line, tei.column)

  const people = readParticipants(tei)
  const meta = readMeta(tei)
  const children = readBody(body, {
    people: people.byXmlId,
    title: meta.title,
    languages: languagesOf(tei),
    unknown(node) {
      file?.message(`<${node.name}> is not part of Verbatim’s TEI encoding; its text is kept`, {
        place: {line: node.line, column: node.column},
        ruleId: 'tei-unknown-element',
        source: 'verbatim:tei'
      })
    }
  })

  const tree: Transcript = {
    type: 'transcript',
    meta,
    participants: withEverySpeaker(people.participants, children),
    children,
    removed: readRemoved(text)
  }
  // The header states the language and the participants: kept, not derived again.
  return refine(tree, file ?? new VFile(), {language: meta.language, doubts: false})
}

/**
 * The header's participants, and one for each speaker the body names that
 * the header does not list (TEI another tool wrote: `<sp who="#x">` with no
 * `person`), so that every turn has someone who speaks it.
 */
function withEverySpeaker(participants: Participant[], blocks: Block[]): Participant[] {
  const known = new Set(participants.map((participant) => participant.id))
  const result = [...participants]
  for (const block of blocks) {
    if (block.type !== 'turn') continue
    if (block.speaker === '') block.speaker = block.label ? slug(block.label) : 'unknown-speaker'
    if (known.has(block.speaker)) continue
    known.add(block.speaker)
    result.push({id: block.speaker, name: block.label ?? block.speaker, kind: 'unknown', labels: block.label ? [block.label] : []})
  }
  return result
}

/** `xml:id` of each `language` in `langUsage` → its tag. */
function languagesOf(tei: XmlElement): Map<string, string> {
  const usage = first(first(first(tei, 'teiHeader'), 'profileDesc'), 'langUsage')
  const languages = new Map<string, string>()
  for (const language of usage ? elements(usage, 'language') : []) {
    const id = language.attributes['xml:id']
    if (id !== undefined) languages.set(id, language.attributes.ident ?? id)
  }
  return languages
}
