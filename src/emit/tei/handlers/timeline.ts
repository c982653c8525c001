/**
 * When each turn was spoken, where the source says (captions, a
 * transcription service's export): a `timeline` first in the body, one
 * `when` for each start and end, `interval` seconds since the recording's
 * start (the Guidelines' own shape, 8.4.2, with the recording's clock as
 * `absolute`), and the time as the source printed it in `@n`, so that it
 * reads back to the same text. The `u` points at its `when`s with `@start`
 * and `@end`.
 */
import {secondsOf, turnId} from '../../conventions.js'
import {turns, type Turn} from '../../../model.js'
import type {TeiState} from '../state.js'
import {element} from '../xml.js'

/** The id of the `when` a turn's start or end is. */
export function whenId(turn: Turn, edge: 'start' | 'end'): string {
  return `${turnId(turn)}.${edge}`
}

export const timelineOrigin = 'T0'

export function timeline(state: TeiState): void {
  const timed = turns(state.tree).filter((turn) => turn.start !== undefined)
  if (timed.length === 0) return
  const line = element(state.body, 'timeline', {unit: 's', origin: '#' + timelineOrigin})
  element(line, 'when', {'xml:id': timelineOrigin, absolute: '00:00:00'})
  for (const turn of timed) {
    for (const edge of ['start', 'end'] as const) {
      const time = turn[edge]
      if (time === undefined) continue
      element(line, 'when', {'xml:id': whenId(turn, edge), interval: String(Math.round(secondsOf(time) * 1000) / 1000), since: '#' + timelineOrigin, n: time})
    }
  }
}
