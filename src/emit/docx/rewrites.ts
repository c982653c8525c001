/**
 * Every change Verbatim makes to what the `docx` library wrote, in one place.
 *
 * Each is here because docx's public API has no option for what it
 * changes, and says which option that would be: should docx gain it, use
 * it and drop the rewrite. Everything else in a DOCX is as docx's public
 * `Packer` wrote it. The rewrites touch attribute values and element text
 * that docx writes in one fixed form, and leave the rest of each part as it was.
 */
import {fontPart, xorHead, type FontPart} from './font-parts.js'
import {partText, setPartText, type Package} from './package.js'
import {inflated} from './zip.js'

/** `2016-07-15T12:00:00Z`: W3CDTF, whole seconds. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * `docProps/core.xml`'s created and modified dates become `timestamp` (the
 * time of conversion, `SOURCE_DATE_EPOCH`), or are taken out when there is
 * none: both are optional in OPC core properties, and a file that gave the
 * event's date, or the time of packing, would say when it was made wrongly or
 * make different bytes each run. Missing option: a created and a modified
 * date (or none) in the `Document` options; docx stamps the time of packing.
 */
export function stampCoreProperties(parts: Package, timestamp: Date | undefined): void {
  const core = partText(parts, 'docProps/core.xml') ?? ''
  let dates = 0
  const stamped = core.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_, open: string, __: string, close: string) => {
    dates++
    return timestamp ? open + w3cdtf(timestamp) + close : ''
  })
  // Both or the document would carry the time it was made: better no document.
  if (dates !== 2) throw new Error('docx wrote core properties without the created and modified dates this version of Verbatim replaces')
  setPartText(parts, 'docProps/core.xml', stamped)
}

/**
 * Relationships docx names at random (an `ExternalHyperlink`'s is `rId`
 * and a random string) become `rIdLink1`, `rIdLink2`… in order of
 * appearance, in each `_rels/*.rels` and in the part it belongs to.
 * Missing option: a relationship id on `ExternalHyperlink`; docx draws one
 * with nanoid when the paragraph is written. The ids it numbers itself
 * (`rId1`, `rId2`…) are left as they are.
 */
export function renameRandomRelationships(parts: Package): void {
  for (const name of [...parts.keys()]) {
    const match = /^(.*)_rels\/([^/]+)\.rels$/.exec(name)
    if (!match) continue
    const relations = partText(parts, name)!
    const random = [...relations.matchAll(/\bId="(rId(?!\d+")[^"]+)"/g)].map((found) => found[1]!)
    if (random.length === 0) continue
    const renamed = new Map(random.map((id, index) => [id, `rIdLink${index + 1}`]))
    const rename = (xml: string, attribute: RegExp) =>
      xml.replace(attribute, (whole, id: string) => (renamed.has(id) ? whole.replace(id, renamed.get(id)!) : whole))
    setPartText(parts, name, rename(relations, /\bId="([^"]+)"/g))
    const owner = match[1]! + match[2]!
    const content = partText(parts, owner)
    if (content !== undefined) setPartText(parts, owner, rename(content, /\br:id="([^"]+)"/g))
  }
}

/** An embedded font part: where it goes in the package, and the font it holds. */
export interface EmbeddedPart {
  name: string
  part: FontPart
}

export interface RekeyedFonts {
  /** `word/fontTable.xml` naming the new keys, each face marked as a subset. */
  fontTable: string
  /** The font parts, in the package's order, for each document to subset (`subsetPartContent`). */
  fonts: EmbeddedPart[]
}

/**
 * Re-key the embedded fonts: each `word/fonts/*.odttf` is de-obfuscated
 * with the key `fontTable.xml` names for it and replaced by the font's
 * part (`fontPart`), with a key derived from the font; each document embeds
 * a subset of it, so the font table says `w:subsetted`. Missing options: an
 * obfuscation key and subsetting in the `fonts` options; docx draws a
 * random GUID for every face of every document, and embeds whole fonts.
 */
export function rekeyFonts(parts: Package): RekeyedFonts {
  const table = partText(parts, 'word/fontTable.xml') ?? ''
  const relations = partText(parts, 'word/_rels/fontTable.xml.rels') ?? ''
  const targets = new Map<string, string>()
  for (const match of relations.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1]
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1]
    if (id && target) targets.set(id, 'word/' + target.replace(/^\//, '').replace(/^word\//, ''))
  }

  const fonts = new Map<string, EmbeddedPart>()
  const fontTable = table.replace(/<w:embed\w+\b[^>]*\/>/g, (element) => {
    const id = /\br:id="([^"]+)"/.exec(element)?.[1]
    const oldKey = /\bw:fontKey="([^"]+)"/.exec(element)?.[1]
    const path = id ? targets.get(id) : undefined
    const content = path ? parts.get(path) : undefined
    if (!oldKey || !path || !content) throw new Error(`docx wrote a font table this version of Verbatim cannot read: ${element}`)
    const part = fontPart(xorHead(inflated(content), oldKey))
    fonts.set(path, {name: path, part})
    return element.replace(oldKey, part.key).replace(/\/>$/, ' w:subsetted="1"/>')
  })
  // In the package's order, as docx wrote them.
  const ordered = [...parts.keys()].filter((name) => fonts.has(name)).map((name) => fonts.get(name)!)
  return {fontTable, fonts: ordered}
}

/**
 * The settings say that embedded fonts are subsets (`w:saveSubsetFonts`,
 * right after `w:embedTrueTypeFonts` as the schema orders them), so that
 * Word, saving the file again, embeds subsets too rather than whole fonts.
 * Missing option: docx's `fonts` option writes `w:embedTrueTypeFonts` only.
 */
export function markSubsetFonts(settings: string): string {
  if (!settings.includes('<w:embedTrueTypeFonts/>')) return settings
  return settings.replace('<w:embedTrueTypeFonts/>', '<w:embedTrueTypeFonts/><w:saveSubsetFonts/>')
}

/** One element of a run: empty (`<w:fldChar …/>`) or with text (`<w:t>3</w:t>`). */
const runElement = /<w:(\w+)\b[^>]*\/>|<w:(\w+)\b[^>]*>[^<]*<\/w:\2>/g

/**
 * A run holding a field's characters (`w:fldChar`) with anything else is
 * cut into runs of one element each, in the run's properties: a field's
 * begin, instruction, separator, result and end each in a run of its own,
 * as Word writes them. pandoc reads a field's result only so (the packet's
 * contents would show no page numbers). Missing option: none; docx writes
 * `PageReference` and the page numbers it is given (`pageNumbers`) into one
 * run. Runs whose elements this does not recognise are left as they are.
 */
export function splitFieldRuns(parts: Package): void {
  for (const name of [...parts.keys()]) {
    if (!/^word\/[^/]+\.xml$/.test(name)) continue
    const xml = partText(parts, name)!
    if (!xml.includes('<w:fldChar')) continue
    const split = xml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?((?:(?!<\/w:r>)[\s\S])*?<w:fldChar[\s\S]*?)<\/w:r>/g, (run, properties: string | undefined, content: string) => {
      const elements = content.match(runElement) ?? []
      if (elements.length < 2 || elements.join('') !== content) return run
      return elements.map((element) => `<w:r>${properties ?? ''}${element}</w:r>`).join('')
    })
    if (split !== xml) setPartText(parts, name, split)
  }
}

/** The rewrites every document's package gets: what makes its bytes depend on its content and `timestamp` only. */
export function makeReproducible(parts: Package, timestamp: Date | undefined): void {
  stampCoreProperties(parts, timestamp)
  renameRandomRelationships(parts)
}
