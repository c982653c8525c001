/**
 * The index of speakers: every person who speaks anywhere in the packet,
 * merged across chapters by participant id (the same person has the same id
 * in every document), with their office and where they speak.
 *
 * Groups (“journalists”) are left out: an index entry for every unnamed
 * question would list nearly every page. So is a speaker known only by a
 * role (“Moderator”): not a person anyone looks up, and not the same person
 * from one chapter to the next.
 */
import {turns, type Participant} from '../model.js'
import {namedSpeakers, turnId} from '../emit/conventions.js'
import type {Chapter} from './model.js'

export interface SpeakerEntry {
  id: string
  name: string
  /** `Secretary of State (United States)`: office and affiliation as the latest chapter states them. */
  office: string
  /** Where they speak: per chapter (in packet order), the ids of their turns (`u3`). */
  turns: Array<{chapter: Chapter; turnIds: string[]}>
}

function officeOf(person: Participant): string {
  const affiliation = person.affiliation ? `(${person.affiliation})` : ''
  return [person.role, affiliation].filter(Boolean).join(' ')
}

/** Family name first, as indexes sort: the last word of the name. */
function sortKey(name: string): string {
  const words = name.trim().split(/\s+/)
  return [words.at(-1), ...words.slice(0, -1)].join(' ').toLocaleLowerCase('en')
}

export function speakerIndex(chapters: Chapter[]): SpeakerEntry[] {
  const entries = new Map<string, SpeakerEntry>()
  for (const chapter of chapters) {
    const {tree} = chapter
    for (const person of namedSpeakers(tree)) {
      const spoken = turns(tree).filter((turn) => turn.speaker === person.id).map(turnId)
      if (spoken.length === 0) continue
      let entry = entries.get(person.id)
      if (!entry) {
        entry = {id: person.id, name: person.name, office: '', turns: []}
        entries.set(person.id, entry)
      }
      // Later chapters may know more (a full name, a new office).
      if (person.name.length > entry.name.length) entry.name = person.name
      const office = officeOf(person)
      if (office) entry.office = office
      entry.turns.push({chapter, turnIds: spoken})
    }
  }
  return [...entries.values()].sort((a, b) => {
    const [x, y] = [sortKey(a.name), sortKey(b.name)]
    return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1
  })
}

/** Numbers ascending in runs: a run of three or more consecutive numbers prints as a range. */
export function numberRuns(numbers: Iterable<number>): Array<[number, number]> {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  const runs: Array<[number, number]> = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    if (j - i >= 2) runs.push([sorted[i]!, sorted[j]!])
    else for (let k = i; k <= j; k++) runs.push([sorted[k]!, sorted[k]!])
    i = j + 1
  }
  return runs
}

/** `3` or `3–5`. */
export function runText([first, last]: [number, number]): string {
  return first === last ? String(first) : `${first}–${last}`
}

/** `3–5, 9, 12`. */
export function numberList(numbers: Iterable<number>): string {
  return numberRuns(numbers).map(runText).join(', ')
}
