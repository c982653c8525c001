/**
 * The optional registry of people a user passes (`--registry people.yaml`):
 * canonical ids, names, offices and authority identifiers for the people
 * their transcripts name, and the labels or aliases that mean them.
 */
import fs from 'node:fs'
import YAML from 'yaml'
import {z} from 'zod'
import type {ParticipantKind} from '../model.js'
import {nameWords, slug, surnameKey} from './names.js'

const entrySchema = z
  .object({
    id: z.string().regex(/^\p{L}[\p{L}\p{N}._-]*$/u, 'an id is a slug such as john-kerry').optional(),
    name: z.string().min(1),
    role: z.string().optional(),
    affiliation: z.string().optional(),
    kind: z.enum(['official', 'moderator', 'journalist', 'unknown']).optional(),
    /** Other spellings and labels that mean this person: `Lavrov`, `Сергей Лавров`, `SG`. */
    aliases: z.array(z.string()).default([]),
    identifiers: z.record(z.string(), z.string()).optional()
  })
  .strict()

const registrySchema = z.union([
  z.array(entrySchema),
  z.object({people: z.array(entrySchema)}).strict().transform((value) => value.people)
])

export interface Person {
  id: string
  name: string
  role?: string
  affiliation?: string
  kind?: ParticipantKind
  aliases: string[]
  identifiers?: Record<string, string>
}

export class RegistryError extends Error {
  override name = 'RegistryError'
}

/** Read a registry file (YAML or JSON); errors name the file and the entry. */
export function loadRegistry(file: string): Person[] {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    throw new RegistryError(`${file}: cannot read the registry of people`)
  }
  let data: unknown
  try {
    data = YAML.parse(text)
  } catch (error) {
    throw new RegistryError(`${file}: not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`)
  }
  // Each entry is checked on its own, so that a problem is named by its entry and key (`2.kind: …`), not the whole file's union.
  const entries = Array.isArray(data) ? data : data && typeof data === 'object' && 'people' in data ? (data as {people: unknown}).people : undefined
  const result = Array.isArray(entries) ? z.array(entrySchema).safeParse(entries) : registrySchema.safeParse(data)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(top level)'}: ${issue.message}`)
    throw new RegistryError(`${file}: invalid registry of people:\n${problems.join('\n')}`)
  }
  const people = result.data.map((entry) => ({...entry, id: entry.id ?? slug(entry.name)}))
  // One id for two entries would merge two people into one speaker, silently: refused, naming both.
  const seen = new Map<string, number>()
  people.forEach((person, index) => {
    const earlier = seen.get(person.id)
    if (earlier !== undefined) {
      throw new RegistryError(`${file}: entries ${earlier} (${people[earlier].name}) and ${index} (${person.name}) have the same id “${person.id}”; give each person an id of their own`)
    }
    seen.set(person.id, index)
  })
  return people
}

/**
 * A directory of the people a document may name: the registry’s, then those
 * the document itself introduces. Finds a person by full name, alias or an
 * unambiguous surname. Every look-up is by index, so a transcript with
 * thousands of speakers costs no more per speaker than one with two.
 */
export class Directory {
  readonly people: Person[] = []
  /** Lower-case names and aliases, to their person. */
  readonly #byName = new Map<string, Person>()
  /** Surname keys, to the people who have them. */
  readonly #bySurname = new Map<string, Person[]>()
  /** Lower-case words of names, to the people whose names have them (`Wang Yi` under `wang` and `yi`). */
  readonly #byWord = new Map<string, Person[]>()
  /** Lower-case names, aliases and surnames (`names()`). */
  readonly #names = new Set<string>()

  constructor(people: Person[] = []) {
    for (const person of people) this.add(person)
  }

  add(person: Person): Person {
    const existing = this.find(person.name)
    if (!existing) {
      this.people.push(person)
      for (const name of [person.name, ...person.aliases]) this.#index(person, name)
      return person
    }
    // A fuller name for someone known by surname only (`Lavrov` → `Sergey Lavrov`).
    if (person.name.includes(' ') && !existing.name.includes(' ')) {
      if (existing.id === slug(existing.name)) existing.id = slug(person.name)
      existing.aliases.push(existing.name)
      existing.name = person.name
      this.#index(existing, person.name)
    }
    existing.role ??= person.role
    existing.affiliation ??= person.affiliation
    return existing
  }

  /** The person `name` means: exact name or alias first, then a surname that only one person has. */
  find(name: string): Person | undefined {
    const key = name.trim().toLowerCase()
    if (key === '') return undefined
    const exact = this.#byName.get(key)
    if (exact) return exact
    // `Speaker 2` is not `Speaker 1`: a transcription service's numbered voice is found by its whole name only.
    if (/\s\d{1,3}$/.test(key)) return undefined
    const surname = surnameKey(name)
    const bySurname = (this.#bySurname.get(surname) ?? []).filter((person) => surnameKey(person.name) === surname)
    if (bySurname.length === 1) return bySurname[0]
    if (bySurname.length > 1 || name.includes(' ')) return undefined
    // Family name first (`Wang Yi`): a one-word label may name any part of one person’s name.
    const byWord = (this.#byWord.get(surname) ?? []).filter((person) => nameWords(person.name).some((word) => word.toLowerCase() === surname))
    return byWord.length === 1 ? byWord[0] : undefined
  }

  /** Lower-case names, aliases and surnames, for telling a one-word label from a word. Kept up to date as people are added. */
  names(): ReadonlySet<string> {
    return this.#names
  }

  /** File `person` under `name`: its full form, its surname, its words. */
  #index(person: Person, name: string): void {
    const key = name.toLowerCase()
    if (!this.#byName.has(key)) this.#byName.set(key, person)
    this.#names.add(key)
    const surname = surnameKey(name)
    this.#names.add(surname)
    addTo(this.#bySurname, surname, person)
    for (const word of nameWords(name)) addTo(this.#byWord, word.toLowerCase(), person)
  }
}

/** Add `person` to the list under `key`, once. */
function addTo(map: Map<string, Person[]>, key: string, person: Person): void {
  const list = map.get(key)
  if (!list) map.set(key, [person])
  else if (!list.includes(person)) list.push(person)
}
