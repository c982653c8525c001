/**
 * `back`: what the parser set aside, verbatim, each passage an `ab` typed by
 * its reason, so nothing read from the source vanishes without a trace. A
 * passage of several lines (an address, a footer) keeps its line breaks as
 * `lb`, which TEI processors render, rather than as newlines in the text,
 * which they fold into spaces. The characters are the source's, a Markdown
 * source's `**` and trailing spaces included: this is a record of what was
 * read, not a rendering of it.
 */
import {removedId} from './ids.js'
import type {TeiState} from './state.js'
import {divisionType} from './vocabulary.js'
import {addText, element} from './xml.js'

export function back(state: TeiState): void {
  const {removed} = state.tree
  if (removed.length === 0) return
  const div = element(element(state.text, 'back'), 'div', {type: divisionType.removed})
  element(div, 'head', {}, 'Set aside by the parser')
  removed.forEach((entry, index) => {
    const ab = element(div, 'ab', {type: 'removed', subtype: entry.reason, 'xml:id': removedId(index)})
    entry.value.split('\n').forEach((line, number) => {
      if (number > 0) element(ab, 'lb')
      addText(ab, line)
    })
  })
}
