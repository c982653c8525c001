/**
 * A PDF/UA-1 structure check (ISO 14289-1, the Matterhorn Protocol's
 * checks on tags, links, notes and metadata) on a PDF file, read with
 * qpdf's JSON (every object as written) and poppler's `pdfinfo
 * -struct-text` (each structure element with its text, in reading order).
 *
 * `checkStructure(file).problems` lists what an auditor would reject, `[]`
 * when nothing (with counts of what was checked, so that a test can tell a
 * pass from a file with nothing to check):
 * - every link annotation is an `OBJR` kid of a `Link` element (naming the
 *   page the annotation is on), has a `/StructParent` whose ParentTree entry
 *   is that element, and a non-empty `/Contents`;
 * - every `Note` has an `/ID`, unique and listed in the `IDTree`;
 * - the XMP metadata says `pdfuaid:part` 1;
 * - every `LI` holds only `Lbl` and `LBody`, and an `LBody`;
 * - a `TOC` holds only `TOCI` (and `TOC`); each `TOCI` reads its title,
 *   then its page number;
 * - the catalog marks the file tagged, with a language and the title shown.
 */
import {execFileSync} from 'node:child_process'

/** A value in qpdf's JSON (version 2): names `/Link`, strings `u:text`, references `12 0 R`. */
type Value = string | number | boolean | null | Value[] | {[key: string]: Value}
type Dict = {[key: string]: Value}

interface PdfObjects {
  /** By reference (`12 0 R`): a dictionary, or a stream's dictionary. */
  get(ref: string): Value | undefined
  /** A stream's data, decoded. */
  streamData(ref: string): string | undefined
  trailer: Dict
}

/** Every object of `file`, through `qpdf --json`. */
export function readPdfObjects(file: string): PdfObjects {
  const json = execFileSync('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', file], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024
  })
  const objects = (JSON.parse(json) as {qpdf: [unknown, Record<string, {value?: Value; stream?: {dict: Dict; data?: string}}>]}).qpdf[1]
  return {
    get(ref) {
      const object = objects[`obj:${ref}`]
      return object?.value ?? object?.stream?.dict
    },
    streamData(ref) {
      const data = objects[`obj:${ref}`]?.stream?.data
      return data === undefined ? undefined : Buffer.from(data, 'base64').toString('utf8')
    },
    trailer: objects.trailer!.value as Dict
  }
}

function isRef(value: Value | undefined): value is string {
  return typeof value === 'string' && /^\d+ \d+ R$/.test(value)
}

function isDict(value: Value | undefined): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A PDF text string's text (qpdf writes `u:…`), or `undefined` for anything else. */
function textOf(value: Value | undefined): string | undefined {
  return typeof value === 'string' && value.startsWith('u:') ? value.slice(2) : undefined
}

/** The entries of a number tree (`ParentTree`) or name tree (`IDTree`), leaves and kids alike. */
function treeEntries(objects: PdfObjects, node: Value | undefined, leafKey: '/Nums' | '/Names'): Array<[Value, Value]> {
  const dict = isRef(node) ? objects.get(node) : node
  if (!isDict(dict)) return []
  const entries: Array<[Value, Value]> = []
  const leaf = dict[leafKey]
  if (Array.isArray(leaf)) for (let i = 0; i + 1 < leaf.length; i += 2) entries.push([leaf[i]!, leaf[i + 1]!])
  const kids = dict['/Kids']
  if (Array.isArray(kids)) for (const kid of kids) entries.push(...treeEntries(objects, kid, leafKey))
  return entries
}

interface Element {
  ref: string
  type: string
  dict: Dict
  /** Child elements, in order. */
  children: Element[]
  /** Annotations held as `OBJR` kids, with the page each kid names. */
  objects: Array<{ref: string; page: Value | undefined}>
  /** Marked-content kids (MCIDs, `MCR`s) held directly. */
  content: number
}

/** The structure tree under the root's `/K`, as elements with their kids sorted out. */
function structureTree(objects: PdfObjects, root: Dict): Element[] {
  const elementOf = (ref: string): Element | undefined => {
    const dict = objects.get(ref)
    if (!isDict(dict) || typeof dict['/S'] !== 'string') return undefined
    const element: Element = {ref, type: (dict['/S'] as string).slice(1), dict, children: [], objects: [], content: 0}
    const kids = dict['/K']
    for (const kid of Array.isArray(kids) ? kids : kids === undefined ? [] : [kids]) {
      if (typeof kid === 'number') element.content++
      else if (isRef(kid)) {
        const child = elementOf(kid)
        if (child) element.children.push(child)
      } else if (isDict(kid) && kid['/Type'] === '/OBJR' && isRef(kid['/Obj'])) {
        element.objects.push({ref: kid['/Obj'], page: kid['/Pg'] ?? dict['/Pg']})
      }
      else if (isDict(kid) && kid['/Type'] === '/MCR') element.content++
    }
    return element
  }
  const kids = root['/K']
  return (Array.isArray(kids) ? kids : [kids ?? null]).filter(isRef).map(elementOf).filter((element) => element !== undefined)
}

function* walk(elements: Element[]): Generator<Element> {
  for (const element of elements) {
    yield element
    yield* walk(element.children)
  }
}

/** Each `TOCI`'s text in reading order, its `Lbl` apart, from `pdfinfo -struct-text`. */
export function tocEntries(file: string): Array<{label: string; text: string}> {
  const lines = execFileSync('pdfinfo', ['-struct-text', file], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}).split('\n')
  const entries: Array<{label: string; text: string}> = []
  const depth = (line: string) => line.length - line.trimStart().length
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== 'TOCI') continue
    const entry = {label: '', text: ''}
    let inLabel = false
    let labelDepth = 0
    for (let j = i + 1; j < lines.length && depth(lines[j]!) > depth(lines[i]!); j++) {
      const line = lines[j]!
      const text = /^\s*"(.*)"$/.exec(line)?.[1]
      if (text === undefined) {
        inLabel = /^\s*Lbl\b/.test(line) || (inLabel && depth(line) > labelDepth)
        if (/^\s*Lbl\b/.test(line)) labelDepth = depth(line)
        continue
      }
      if (inLabel && depth(line) > labelDepth) entry.label += text
      else entry.text += text
    }
    entries.push(entry)
  }
  return entries
}

export interface StructureCheck {
  /** What keeps the file from PDF/UA-1 in tags, links, notes and metadata; `[]` when nothing. */
  problems: string[]
  /** Link annotations, `Note`s, `LI`s and `TOCI`s checked. */
  links: number
  notes: number
  listItems: number
  contentsEntries: number
}

export function checkStructure(file: string): StructureCheck {
  const objects = readPdfObjects(file)
  const counts = {links: 0, notes: 0, listItems: 0, contentsEntries: 0}
  const problems: string[] = []
  const catalog = objects.get(objects.trailer['/Root'] as string) as Dict

  // The catalog: tagged, in a language, its title shown, PDF/UA named in the XMP.
  const markInfo = isRef(catalog['/MarkInfo']) ? objects.get(catalog['/MarkInfo']) : catalog['/MarkInfo']
  if (!isDict(markInfo) || markInfo['/Marked'] !== true) problems.push('the catalog’s MarkInfo does not say Marked')
  if (!textOf(catalog['/Lang'])) problems.push('the catalog has no /Lang')
  const preferences = isRef(catalog['/ViewerPreferences']) ? objects.get(catalog['/ViewerPreferences']) : catalog['/ViewerPreferences']
  if (!isDict(preferences) || preferences['/DisplayDocTitle'] !== true) problems.push('the title is not displayed (DisplayDocTitle)')
  const xmp = isRef(catalog['/Metadata']) ? objects.streamData(catalog['/Metadata']) : undefined
  if (xmp === undefined) problems.push('no XMP metadata')
  else if (!/<pdfuaid:part>\s*1\s*<\/pdfuaid:part>/.test(xmp) || !xmp.includes('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"')) {
    problems.push('the XMP has no pdfuaid:part 1')
  }

  const root = isRef(catalog['/StructTreeRoot']) ? objects.get(catalog['/StructTreeRoot']) : undefined
  if (!isDict(root)) return {problems: [...problems, 'no structure tree'], ...counts}
  const elements = [...walk(structureTree(objects, root))]

  // Links: every OBJR in a Link; every link annotation an OBJR of the Link its StructParent names.
  const holder = new Map<string, {element: Element; page: Value | undefined}>()
  for (const element of elements) {
    for (const object of element.objects) {
      holder.set(object.ref, {element, page: object.page})
      if (element.type !== 'Link') problems.push(`annotation ${object.ref} is held by a ${element.type}, not a Link`)
    }
    if (element.type === 'Link' && element.objects.length === 0) problems.push(`Link ${element.ref} holds no annotation`)
  }
  const parentTree = new Map(treeEntries(objects, root['/ParentTree'], '/Nums').map(([key, value]) => [key, value]))
  for (const [pageRef, page] of pagesOf(objects, catalog)) {
    const annots = page['/Annots']
    for (const ref of (Array.isArray(annots) ? annots : []).filter(isRef)) {
      const annot = objects.get(ref)
      if (!isDict(annot) || annot['/Subtype'] !== '/Link') continue
      counts.links++
      const held = holder.get(ref)
      const parent = held?.element
      if (!held) problems.push(`link annotation ${ref} is in no Link element`)
      else if (held.page !== pageRef) problems.push(`link annotation ${ref}: its OBJR names page ${String(held.page)}, not ${pageRef}`)
      const key = annot['/StructParent']
      if (typeof key !== 'number') problems.push(`link annotation ${ref} has no /StructParent`)
      else if (parent && parentTree.get(key) !== parent.ref) problems.push(`link annotation ${ref}: the ParentTree does not lead to its Link`)
      if (!textOf(annot['/Contents'])?.trim()) problems.push(`link annotation ${ref} has no /Contents`)
    }
  }

  // Notes: an ID each, unique, in the IDTree.
  const idTree = new Map(treeEntries(objects, root['/IDTree'], '/Names').map(([key, value]) => [textOf(key) ?? String(key), value]))
  const ids = new Set<string>()
  for (const note of elements.filter((element) => element.type === 'Note')) {
    counts.notes++
    const id = textOf(note.dict['/ID'])
    if (!id) problems.push(`Note ${note.ref} has no /ID`)
    else if (ids.has(id)) problems.push(`Note ID ${id} is not unique`)
    else if (idTree.get(id) !== note.ref) problems.push(`Note ID ${id} is not in the IDTree`)
    if (id) ids.add(id)
  }

  // Lists and contents.
  for (const element of elements) {
    if (element.type === 'LI') {
      counts.listItems++
      const stray = element.children.filter((child) => child.type !== 'Lbl' && child.type !== 'LBody')
      if (stray.length > 0 || element.content > 0) problems.push(`LI ${element.ref} holds ${stray.length > 0 ? stray[0]!.type : 'text'} outside Lbl and LBody`)
      if (!element.children.some((child) => child.type === 'LBody')) problems.push(`LI ${element.ref} has no LBody`)
    }
    if (element.type === 'TOC') {
      const stray = element.children.filter((child) => child.type !== 'TOCI' && child.type !== 'TOC')
      if (stray.length > 0 || element.content > 0) problems.push(`TOC ${element.ref} holds ${stray.length > 0 ? stray[0]!.type : 'text'}, not only TOCI`)
    }
  }
  if (elements.some((element) => element.type === 'TOCI')) {
    for (const entry of tocEntries(file)) {
      counts.contentsEntries++
      if (!/\S/.test(entry.text) || /^\s*\d/.test(entry.text) || !/\d\s*$/.test(entry.text)) {
        problems.push(`TOCI “${entry.label}${entry.text}” does not read its title, then its page`)
      }
    }
  }
  return {problems, ...counts}
}

/** `checkStructure(file).problems`. */
export function structureProblems(file: string): string[] {
  return checkStructure(file).problems
}

/** The pages, in order, from the page tree: each page's reference and dictionary. */
function pagesOf(objects: PdfObjects, catalog: Dict): Array<[string, Dict]> {
  const pages: Array<[string, Dict]> = []
  const visit = (ref: Value | undefined) => {
    const node = isRef(ref) ? objects.get(ref) : undefined
    if (!isRef(ref) || !isDict(node)) return
    if (node['/Type'] === '/Page') pages.push([ref, node])
    const kids = node['/Kids']
    if (Array.isArray(kids)) kids.forEach(visit)
  }
  visit(catalog['/Pages'])
  return pages
}
