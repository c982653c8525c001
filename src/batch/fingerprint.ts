/**
 * What an output depends on, reduced to one key per input: the text of the
 * input, the tool’s version, `SOURCE_DATE_EPOCH`, the formats, the template’s content (not just
 * its name: an edited template file must redo everything), the people
 * registry the input is read with, and the plugins loaded. Any change to one
 * of them changes the key, and the input is converted again.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type {Emitter} from '../emit/emitter.js'
import type {Template} from '../template/schema.js'
import {version} from '../version.js'

/** SHA-256 of an input’s bytes as read (any encoding, BOM included), as the manifest records it. */
export function hashContent(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export interface RunSettings {
  emitters: Emitter[]
  template: Template
  plugins: string[]
}

/** JSON with object keys sorted, so equal values always serialise alike. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item
  )
}

const sha256 = (...parts: string[]) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

/** A local plugin file counts by its content; a package by its name. */
function pluginFingerprint(specifier: string): string {
  if (!specifier.startsWith('.') && !path.isAbsolute(specifier)) return specifier
  try {
    return sha256(fs.readFileSync(path.resolve(specifier), 'utf8'))
  } catch {
    return specifier
  }
}

/** The part of every key that is the same for the whole run. */
export function settingsFingerprint(settings: RunSettings): string {
  return sha256(
    version,
    // The date of making TEI, DOCX and PDF carry comes from it (none without it): a changed epoch changes their bytes.
    process.env.SOURCE_DATE_EPOCH ?? '',
    settings.emitters.map((emitter) => `${emitter.name}:${emitter.extension}`).join(','),
    canonicalJson(settings.template),
    settings.plugins.map(pluginFingerprint).join(',')
  )
}

/** Registry files are shared by many inputs: hash each once per run. */
export class RegistryHashes {
  readonly #hashes = new Map<string, string>()

  of(file: string | undefined): string {
    if (!file) return ''
    let hash = this.#hashes.get(file)
    if (hash === undefined) {
      try {
        hash = sha256(fs.readFileSync(file, 'utf8'))
      } catch {
        hash = 'unreadable'
      }
      this.#hashes.set(file, hash)
    }
    return hash
  }
}

/** The key of one input: its text’s hash, its registry’s hash, the run’s settings. */
export function inputKey(settings: string, contentHash: string, registryHash: string): string {
  return sha256(settings, contentHash, registryHash)
}
