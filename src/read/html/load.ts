/**
 * The HTML reader's libraries, loaded when the first page is read, not when
 * Verbatim starts: linkedom, Readability and htmlparser2 take a third of a
 * second to load, which every worker thread of a batch run, and every
 * conversion of plain text, would otherwise pay (a `--timeout` counts it).
 * `readTranscript` is synchronous, so they are required, through their
 * CommonJS builds, rather than imported.
 */
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

type Libraries = {
  linkedom: typeof import('linkedom')
  readability: typeof import('@mozilla/readability')
  htmlparser2: typeof import('htmlparser2')
}

const loaded: Partial<Libraries> = {}

export function library<Name extends keyof Libraries>(name: Name): Libraries[Name] {
  const module = name === 'readability' ? '@mozilla/readability' : name
  return (loaded[name] ??= require(module) as Libraries[Name])
}
