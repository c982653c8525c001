/**
 * `revisionDesc`: one `change`, naming the tool and its version.
 */
import {isoDay} from '../dates.js'
import type {TeiState} from '../state.js'
import {applicationId} from '../vocabulary.js'
import {element} from '../xml.js'

export function revisionDesc(state: TeiState): void {
  const node = element(state.header, 'revisionDesc')
  element(
    node,
    'change',
    {when: isoDay(state.context.timestamp), who: '#' + applicationId},
    `Encoded in TEI by Verbatim ${state.context.version}.`
  )
}
