/**
 * The manifest: what a run wrote into an output folder, so the next run can
 * skip inputs that have not changed.
 *
 * One entry per input (by its path as given, with `/` separators): the key
 * of everything its outputs depend on (see `./fingerprint.ts`), the output
 * names (relative to the folder, so a moved or downloaded folder still
 * matches) and the warnings, which a skipped file reports again so that
 * `--strict` gives the same verdict on a re-run.
 */
import fs from 'node:fs'
import path from 'node:path'
import {writeAtomicSync} from '../convert/write.js'
import type {Warning} from '../convert/report.js'

export const manifestName = '.verbatim-manifest.json'

export interface ManifestEntry {
  key: string
  outputs: string[]
  warnings: Warning[]
}

export interface Manifest {
  /** Layout of this file; a manifest of another layout is ignored (everything is redone). */
  manifest: 1
  entries: Record<string, ManifestEntry>
}

/** The manifest key of an input path: `corpus/a.txt` and `./corpus/a.txt` are one input. */
export function entryName(input: string): string {
  return path.normalize(input).split(path.sep).join('/')
}

export function loadManifest(outDir: string): Manifest {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(outDir, manifestName), 'utf8')) as Manifest
    if (data.manifest === 1 && data.entries && typeof data.entries === 'object') return data
  } catch {
    // Missing or unreadable: start afresh, which only costs time.
  }
  return {manifest: 1, entries: {}}
}

/** Write the manifest atomically, entries sorted, so the same run gives the same bytes. */
export function saveManifest(outDir: string, manifest: Manifest): void {
  const entries = Object.fromEntries(Object.keys(manifest.entries).sort().map((name) => [name, manifest.entries[name]]))
  writeAtomicSync(path.join(outDir, manifestName), JSON.stringify({manifest: 1, entries}, null, 1) + '\n')
}

/**
 * Output paths of an entry, back in the output folder. Outputs are plain
 * names in that folder: a name that would lead anywhere else (`../victim`,
 * `/etc/passwd`, from a manifest restored from a cache or edited by hand) is
 * not ours, and is left out, so nothing outside the folder is ever removed.
 */
export function entryOutputs(outDir: string, entry: ManifestEntry): string[] {
  return entry.outputs.filter(isPlainName).map((name) => path.join(outDir, name))
}

function isPlainName(name: unknown): name is string {
  return typeof name === 'string' && name !== '' && name !== '.' && name !== '..' && !/[/\\\u0000]/.test(name)
}
