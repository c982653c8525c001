/**
 * An editorial note the pipeline added: `note[@type="editorial"]`, its kind
 * as `@subtype`, `@resp` pointing at the application.
 */
import type {Note} from '../../../model.js'
import {applicationId, editorialNoteType} from '../vocabulary.js'
import {element, type XmlBuilder} from '../xml.js'

export function note(parent: XmlBuilder, node: Note): void {
  element(parent, 'note', {type: editorialNoteType, subtype: node.kind, resp: '#' + applicationId}, node.value)
}
