/**
 * The `div`s of the body that blocks are written into.
 */
import type {TeiState} from '../state.js'
import {divisionType} from '../vocabulary.js'
import {element, type TeiElement} from '../xml.js'

/** The `div[@type="transcript"]` turns and notes go into: the open one, else a new one. */
export function transcriptDivision(state: TeiState): TeiElement {
  state.transcript ??= division(state, divisionType.transcript)
  return state.transcript
}

/** A new `div` of `type`; the first one carries the title as its `head`. */
export function division(state: TeiState, type: string): TeiElement {
  const div = element(state.body, 'div', {type})
  if (state.divisions === 0 && state.tree.meta.title !== undefined) {
    element(div, 'head', {}, state.tree.meta.title)
  }
  state.divisions++
  return div
}
