/**
 * `back`: what the parser set aside, verbatim, each passage an `ab` typed by
 * its reason, so nothing read from the source vanishes without a trace.
 */
import {removedId} from './ids.js'
import type {TeiState} from './state.js'
import {divisionType} from './vocabulary.js'
import {element} from './xml.js'

export function back(state: TeiState): void {
  const {removed} = state.tree
  if (removed.length === 0) return
  const div = element(element(state.text, 'back'), 'div', {type: divisionType.removed})
  element(div, 'head', {}, 'Set aside by the parser')
  removed.forEach((entry, index) => {
    element(div, 'ab', {type: 'removed', subtype: entry.reason, 'xml:id': removedId(index)}, entry.value)
  })
}
