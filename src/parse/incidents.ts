/**
 * Stage directions and transcribers’ notes inside speech: `(Laughter.)`,
 * `(inaudible)`, `[crosstalk]`, `(Via interpretation)`, `(In Russian.)`.
 *
 * Only a bracketed note whose words say what kind of note it is becomes an
 * incident; other parentheses (`(ISSG)`, `(I am referring to …)`) are speech.
 */
import type {Incident, IncidentKind, Inline} from '../model.js'
import {languages} from '../people/vocabulary.js'

const kinds: Array<[RegExp, IncidentKind]> = [
  [/^(?:laughter|laughs|laughing|chuckles)$/, 'laughter'],
  [/^(?:applause|applauds|clapping)$/, 'applause'],
  [/^(?:inaudible|unintelligible|indiscernible|unclear|audio (?:gap|lost|cuts out)|garbled)$/, 'inaudible'],
  [/^(?:crosstalk|cross-talk|overlapping|simultaneous speech|interruption|interrupts?)$/, 'crosstalk'],
  [/^(?:via|through|through an?|as) interpret(?:ation|er|ed)$|^interpret(?:ation|er|ed)$|^translat(?:ion|ed)$|^as translated$/, 'interpretation'],
  [/^(?:off[- ]mic(?:rophone)?|off[- ]mike|mic(?:rophone)? (?:off|not on)|no mic(?:rophone)?)$/, 'off-mike'],
  [/^(?:moment of silence|silence|a moment of silence)$/, 'silence'],
  [/^(?:pause|pauses|long pause|brief pause)$/, 'pause'],
  [/^(?:break in (?:audio|transmission)|technical difficulties|audio interrupted|phone rings|gavel|music|end of (?:transcript|remarks))$/, 'other']
]

const foreignLanguage = /^(?:in|speaks in|speaking in|answers in|asks in|continues in|question in|answer in|spoken in)\s+(\p{L}+)$/u

/** Classify a bracketed note’s words; undefined when it is not a stage direction. */
export function classifyIncident(inner: string): {kind: IncidentKind; language?: string} | undefined {
  const words = inner.toLowerCase().replace(/[.…]+$/, '').replace(/\s+/g, ' ').trim()
  for (const [pattern, kind] of kinds) if (pattern.test(words)) return {kind}
  const language = foreignLanguage.exec(words)
  if (language && languages[language[1]]) return {kind: 'foreign-language', language: languages[language[1]]}
  return undefined
}

/** Bracketed notes: short, unnested, parentheses or square brackets. */
const bracketed = /\(([^()\n]{1,60})\)|\[([^[\]\n]{1,60})\]/g

/** Split a paragraph’s text into text and incident nodes. */
export function readInline(text: string): Inline[] {
  // `[Replay of earlier clip]`, `[intervalo]`: a transcriber’s note that is the whole paragraph is no one’s speech.
  if (/^\[[^[\]]{1,80}\]$/.test(text) && !/^\[\d/.test(text)) {
    const found = classifyIncident(text.slice(1, -1))
    const incident: Incident = {type: 'incident', kind: found?.kind ?? 'other', value: text}
    if (found?.language) incident.language = found.language
    return [incident]
  }
  const nodes: Inline[] = []
  let last = 0
  for (const match of text.matchAll(bracketed)) {
    const found = classifyIncident(match[1] ?? match[2])
    if (!found) continue
    const index = match.index ?? 0
    if (index > last) nodes.push({type: 'text', value: text.slice(last, index)})
    const incident: Incident = {type: 'incident', kind: found.kind, value: match[0]}
    if (found.language) incident.language = found.language
    nodes.push(incident)
    last = index + match[0].length
  }
  if (last < text.length) nodes.push({type: 'text', value: text.slice(last)})
  return nodes
}
