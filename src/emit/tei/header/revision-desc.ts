/**
 * `revisionDesc`: one `change`, naming the tool and its version, dated
 * (`@when`) only when the run gives the time of conversion
 * (`SOURCE_DATE_EPOCH`): never with the event's date.
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
    {when: state.context.timestamp ? isoDay(state.context.timestamp) : undefined, who: '#' + applicationId},
    `Encoded in TEI by Verbatim ${state.context.version}.`
  )
}
