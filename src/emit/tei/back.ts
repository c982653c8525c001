/**
 * `back`: what the parser set aside, verbatim, each passage an `ab` typed by
 * its reason, so nothing read from the source vanishes without a trace.
 */
import type {Transcript} from '../../model.js'
import {removedId} from './ids.js'
import {divisionType} from './vocabulary.js'
import {element, type XmlBuilder} from './xml.js'

export function back(parent: XmlBuilder, tree: Transcript): void {
  if (tree.removed.length === 0) return
  const div = element(element(parent, 'back'), 'div', {type: divisionType.removed})
  element(div, 'head', {}, 'Set aside by the parser')
  tree.removed.forEach((entry, index) => {
    element(div, 'ab', {type: 'removed', subtype: entry.reason, 'xml:id': removedId(index)}, entry.value)
  })
}
