/**
 * Read what the parser set aside back from `back/div[@type="removed"]`.
 */
import type {Removed, RemovedReason} from '../../model.js'
import {divisionType, removedReasons} from '../../emit/tei/vocabulary.js'
import {elements, first, textOf, type XmlElement} from './xml.js'

export function readRemoved(text: XmlElement | undefined): Removed[] {
  const div = first(first(text, 'back'), 'div', divisionType.removed)
  if (!div) return []
  return elements(div, 'ab').map((ab) => ({reason: reasonOf(ab.attributes.subtype), value: linesOf(ab)}))
}

/** The text of an `ab`, each `lb` a line break. */
function linesOf(ab: XmlElement): string {
  return ab.children.map((child) => (child.type === 'element' && child.name === 'lb' ? '\n' : textOf(child))).join('')
}

function reasonOf(subtype: string | undefined): RemovedReason {
  return subtype !== undefined && subtype in removedReasons ? (subtype as RemovedReason) : 'page-furniture'
}
