/**
 * An editorial note the pipeline added: `note[@type="editorial"]`, its kind
 * as `@subtype`, `@resp` pointing at the application.
 */
import type {Note} from '../../../model.js'
import type {TeiState} from '../state.js'
import {applicationId, editorialNoteType} from '../vocabulary.js'
import {element} from '../xml.js'
import {transcriptDivision} from './division.js'

export function note(node: Note, state: TeiState): void {
  element(transcriptDivision(state), 'note', {type: editorialNoteType, subtype: node.kind, resp: '#' + applicationId}, node.value)
}
