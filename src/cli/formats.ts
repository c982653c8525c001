/**
 * The `-t` list of `convert` and `verify`: format names (read without case),
 * `all` for the four built-in formats, a near miss answered with the name
 * meant.
 */
import type {Emitter} from '../emit/emitter.js'
import {getEmitter, listEmitters} from '../emit/registry.js'
import {UsageError} from './usage-error.js'

/** What `all` means: the built-in formats a briefing desk and an archive use. */
const allFormats = ['md', 'docx', 'pdf', 'tei']

export function resolveFormats(list: string): Emitter[] {
  const known = [...listEmitters().map((emitter) => emitter.name), 'all']
  // `MD`, `Tei`: format names are read without case.
  const names = list.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean)
  if (names.length === 0) throw new UsageError(`no format given (-t "${list}"); name one or more of ${known.join(', ')}`)
  const expanded = names.flatMap((name) => (name === 'all' ? allFormats : [name]))
  return [...new Set(expanded)].map((name) => {
    const emitter = getEmitter(name)
    if (!emitter) {
      const near = known.find((candidate) => editDistance(candidate, name) <= 2)
      throw new UsageError(`unknown format “${name}”${near ? `; did you mean “${near}”?` : ''} Known: ${known.join(', ')}`)
    }
    return emitter
  })
}

/** The edits (insertions, deletions, substitutions) between two short words. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]
}
