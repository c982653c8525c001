/**
 * Make a DOCX's parts reproducible: the same tree gives the same bytes.
 *
 * The `docx` package writes the current time into `docProps/core.xml`,
 * draws bookmark ids from a counter shared by the whole process, names
 * hyperlink relationships at random, and obfuscates embedded fonts with
 * random keys. This rewrites each of those from the input alone, before
 * the parts are zipped (with fixed entry dates, `./zip.ts`).
 */
import {fontPart, xorHead} from './font-parts.js'
import type {Deflated} from './zip.js'

/** A part as the `docx` library writes it, or already deflated (the fonts). */
export type PartContent = string | Uint8Array | Deflated
export type Parts = Map<string, PartContent>

/** `2016-07-15T12:00:00Z`: W3CDTF, whole seconds. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function fixCoreTimestamps(xml: string, timestamp: Date): string {
  return xml.replace(
    /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
    (_, open: string, close: string) => open + w3cdtf(timestamp) + close
  )
}

/**
 * Number bookmarks 1, 2, 3… in order of appearance, so the ids no longer
 * depend on how many documents the process made before this one.
 */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>()
  return xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g, (_, before: string, id: string, after: string) => {
    let next = ids.get(id)
    if (next === undefined) {
      next = ids.size + 1
      ids.set(id, next)
    }
    return before + next + after
  })
}

/**
 * Rename relationships with random ids (hyperlinks get `rId` + a random
 * string) to `rIdLink1`, `rIdLink2`… in order of appearance, in each
 * `_rels/*.rels` and in the part it belongs to.
 */
function renameRandomRelationships(parts: Parts): void {
  for (const [name, relations] of parts) {
    const match = /^(.*)_rels\/([^/]+)\.rels$/.exec(name)
    if (!match || typeof relations !== 'string') continue
    const owner = match[1]! + match[2]!
    const random = [...relations.matchAll(/\bId="(rId(?!\d+")[^"]+)"/g)].map((found) => found[1]!)
    if (random.length === 0) continue
    const renamed = new Map(random.map((id, index) => [id, `rIdLink${index + 1}`]))
    const rename = (xml: string, attribute: RegExp) =>
      xml.replace(attribute, (whole, id: string) => (renamed.has(id) ? whole.replace(id, renamed.get(id)!) : whole))
    parts.set(name, rename(relations, /\bId="([^"]+)"/g))
    const content = parts.get(owner)
    if (typeof content === 'string') parts.set(owner, rename(content, /\br:id="([^"]+)"/g))
  }
}

/**
 * Re-key the embedded fonts: each `word/fonts/*.odttf` is de-obfuscated
 * with the random key in `fontTable.xml` and replaced by the part made
 * once per font, obfuscated with a key derived from its content.
 */
function rekeyFonts(parts: Parts): void {
  const table = parts.get('word/fontTable.xml')
  const relations = parts.get('word/_rels/fontTable.xml.rels')
  if (typeof table !== 'string' || typeof relations !== 'string') return

  const targets = new Map<string, string>()
  for (const match of relations.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1]
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1]
    if (id && target) targets.set(id, 'word/' + target.replace(/^\//, '').replace(/^word\//, ''))
  }

  const rekeyed = table.replace(/<w:embed\w+\b[^>]*\/>/g, (element) => {
    const id = /\br:id="([^"]+)"/.exec(element)?.[1]
    const oldKey = /\bw:fontKey="([^"]+)"/.exec(element)?.[1]
    const path = id ? targets.get(id) : undefined
    const data = path ? parts.get(path) : undefined
    if (!oldKey || !path || !(data instanceof Uint8Array)) return element
    const part = fontPart(xorHead(data, oldKey))
    parts.set(path, part.content)
    return element.replace(oldKey, part.key)
  })
  parts.set('word/fontTable.xml', rekeyed)
}

/** Rewrite `parts` (a DOCX's, by path) in place so that they depend on their content and `timestamp` only. */
export function makeReproducible(parts: Parts, timestamp: Date): void {
  const core = parts.get('docProps/core.xml')
  if (typeof core === 'string') parts.set('docProps/core.xml', fixCoreTimestamps(core, timestamp))
  for (const [name, content] of parts) {
    if (typeof content === 'string' && name.startsWith('word/')) parts.set(name, renumberBookmarks(content))
  }
  renameRandomRelationships(parts)
  rekeyFonts(parts)
}
