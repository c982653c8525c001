/**
 * Keep the header lines the metadata does not hold. The header reader takes
 * the lines above the transcript for the title, date, time, place and
 * speaker, and reads each into a field, in a normal form: `2:39 p.m. EDT`
 * becomes a time, `Friday, May 12, 2023` a date, `For Immediate Release` or a
 * byline nothing at all. A line whose words are not all in the metadata is
 * set aside as it stood (reason `metadata`), so that no word of the source is
 * lost, only moved to where the tree keeps what it does not print as speech.
 */
import type {Meta, Participant, Removed} from '../model.js'
import {linesPosition, type SourceLine} from './lines.js'
import {countMetadataWords, countWords, wordsOf} from './words.js'

export function keepHeaderLines(lines: SourceLine[], taken: Set<number>, removed: Removed[], meta: Meta, participants: Participant[]): Removed[] {
  const setAside = new Set<number>()
  for (const {position} of removed) {
    if (position) for (let line = position.start.line; line <= position.end.line; line++) setAside.add(line)
  }
  // Counted, as `verify` counts them: a second `Daily Press Briefing` line is not held by the one title.
  // Counted only if some line is left to check: the header has often set aside every line it took.
  let held: ((word: string) => number) | undefined
  /** Words the lines checked so far took from the metadata. */
  const used = new Map<string, number>()
  const kept: Removed[] = []
  for (const index of [...taken].sort((a, b) => a - b)) {
    const line = lines[index]
    if (setAside.has(line.line)) continue
    const holds = (held ??= countMetadataWords(meta, participants))
    const needed = countWords(wordsOf(line.text))
    if ([...needed].every(([word, count]) => holds(word) - (used.get(word) ?? 0) >= count)) for (const [word, count] of needed) used.set(word, (used.get(word) ?? 0) + count)
    else kept.push({reason: 'metadata', value: line.text, position: linesPosition(line)})
  }
  return kept
}
