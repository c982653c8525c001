/**
 * Make a packed DOCX reproducible: the same tree gives the same bytes.
 *
 * The `docx` package writes the current time into `docProps/core.xml` and
 * the zip entries, draws bookmark ids from a counter shared by the whole
 * process, names hyperlink relationships at random, and obfuscates
 * embedded fonts with random keys. This rewrites
 * each of those from the input alone and re-zips with fixed entry dates.
 */
import {createHash} from 'node:crypto'
import JSZip from 'jszip'

/** `2016-07-15T12:00:00Z`: W3CDTF, whole seconds. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Zip entry dates are DOS dates, which start in 1980. */
const dosEpoch = Date.UTC(1980, 0, 1)

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
function renameRandomRelationships(parts: Map<string, Uint8Array | string>): void {
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

/** The 16 key bytes of a `{GUID}` in the order ECMA-376 obfuscation applies them. */
function keyBytes(guid: string): number[] {
  const hexDigits = guid.replace(/[{}-]/g, '')
  return (hexDigits.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16)).reverse()
}

/** Obfuscation XORs the first 32 bytes with the key; XOR again undoes it. */
function xorHead(data: Uint8Array, key: number[]): Uint8Array {
  const out = Uint8Array.from(data)
  for (let index = 0; index < 32 && index < out.length; index++) out[index]! ^= key[index % key.length]!
  return out
}

/** A GUID derived from the font itself, in place of a random one. */
function stableGuid(font: Uint8Array): string {
  const digest = createHash('sha256').update(font).digest('hex').toUpperCase()
  return `{${digest.slice(0, 8)}-${digest.slice(8, 12)}-${digest.slice(12, 16)}-${digest.slice(16, 20)}-${digest.slice(20, 32)}}`
}

/**
 * Re-key the embedded fonts: each `word/fonts/*.odttf` is de-obfuscated
 * with the random key in `fontTable.xml` and obfuscated again with a key
 * derived from its content.
 */
function rekeyFonts(parts: Map<string, Uint8Array | string>): void {
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
    const font = xorHead(data, keyBytes(oldKey))
    const newKey = stableGuid(font)
    parts.set(path, xorHead(font, keyBytes(newKey)))
    return element.replace(oldKey, newKey)
  })
  parts.set('word/fontTable.xml', rekeyed)
}

/** Rewrite `docx` (a packed DOCX) so that its bytes depend on its content and `timestamp` only. */
export async function reproducibleDocx(docx: Uint8Array, timestamp: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx)
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir)

  const parts = new Map<string, Uint8Array | string>()
  for (const name of names) {
    const entry = zip.files[name]!
    parts.set(name, /\.(xml|rels)$/.test(name) ? await entry.async('string') : await entry.async('uint8array'))
  }

  const core = parts.get('docProps/core.xml')
  if (typeof core === 'string') parts.set('docProps/core.xml', fixCoreTimestamps(core, timestamp))
  for (const [name, content] of parts) {
    if (typeof content === 'string' && name.startsWith('word/')) parts.set(name, renumberBookmarks(content))
  }
  renameRandomRelationships(parts)
  rekeyFonts(parts)

  const date = new Date(Math.max(timestamp.getTime(), dosEpoch))
  const out = new JSZip()
  for (const name of names) out.file(name, parts.get(name)!, {date, createFolders: false})
  return out.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: {level: 6},
    platform: 'DOS'
  })
}
