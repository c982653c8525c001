/**
 * Fonts embedded in the DOCX: the faces of PT Serif and PT Sans that the
 * styles use, so Latin and Cyrillic render the same in Word and
 * LibreOffice on machines that do not have them installed.
 *
 * Only the faces the styles use, each a subset (`font-parts.ts`): five of
 * the eight with briefing, about 80 kB in all instead of 1 MB whole.
 */
import {CharacterSet, type IPropertiesOptions, type IRunStylePropertiesOptions, type IStylesOptions} from 'docx'
import {fontBytes} from '../font-files.js'
import {fonts, type FontFiles} from '../fonts.js'
import {westernSubset} from './font-parts.js'
import {characterStylesIn} from './styles.js'

type EmbeddedFont = NonNullable<IPropertiesOptions['fonts']>[number]

/** A face of a family: what a run needs to render. */
interface Face {
  family: string
  bold: boolean
  italic: boolean
}

interface RunLook {
  font?: string
  bold?: boolean
  italics?: boolean
}

function look(run: IRunStylePropertiesOptions | undefined): RunLook {
  if (!run) return {}
  return {
    font: typeof run.font === 'string' ? run.font : undefined,
    bold: run.bold,
    italics: run.italics
  }
}

/** Later looks override earlier ones, key by key, as style inheritance does. */
function over(base: RunLook, top: RunLook): RunLook {
  return {
    font: top.font ?? base.font,
    bold: top.bold ?? base.bold,
    italics: top.italics ?? base.italics
  }
}

/** Every face the styles can put on the page. */
export function facesUsed(styles: IStylesOptions): Face[] {
  const document = look(styles.default?.document?.run)
  const paragraphs = new Map<string, {basedOn?: string; run: RunLook}>()
  paragraphs.set('Heading2', {run: look(styles.default?.heading2?.run)})
  for (const style of styles.paragraphStyles ?? []) {
    paragraphs.set(style.id, {basedOn: style.basedOn, run: look(style.run)})
  }
  const characters = new Map<string, RunLook>()
  for (const style of styles.characterStyles ?? []) characters.set(style.id, look(style.run))

  const resolve = (id: string | undefined, seen = new Set<string>()): RunLook => {
    const style = id ? paragraphs.get(id) : undefined
    if (!style || seen.has(id!)) return document
    seen.add(id!)
    return over(resolve(style.basedOn, seen), style.run)
  }

  const faces = new Map<string, Face>()
  const add = (run: RunLook) => {
    const face = {family: run.font ?? '', bold: run.bold ?? false, italic: run.italics ?? false}
    faces.set(`${face.family}/${face.bold}/${face.italic}`, face)
  }
  for (const id of paragraphs.keys()) {
    const paragraph = resolve(id)
    add(paragraph)
    for (const character of characterStylesIn[id] ?? []) add(over(paragraph, characters.get(character) ?? {}))
  }
  return [...faces.values()]
}

/** A face as the template's document embeds it: its Western subset, which each document's own subset replaces. */
function read(file: string): Buffer {
  return westernSubset(fontBytes(file))
}

function embed(family: FontFiles, faces: Face[]): EmbeddedFont {
  const has = (bold: boolean, italic: boolean) => faces.some((face) => face.bold === bold && face.italic === italic)
  return {
    name: family.family,
    // The regular face is the font itself, so it is always there.
    data: read(family.regular),
    bold: has(true, false) ? read(family.bold) : undefined,
    italic: has(false, true) ? read(family.italic) : undefined,
    boldItalic: has(true, true) ? read(family.boldItalic) : undefined,
    characterSet: CharacterSet.ANSI
  }
}

/** The families the styles use, each with the faces it needs, in a stable order. */
export function embeddedFonts(styles: IStylesOptions): EmbeddedFont[] {
  const faces = facesUsed(styles)
  return Object.values(fonts)
    .map((family) => ({family, faces: faces.filter((face) => face.family === family.family)}))
    .filter(({faces}) => faces.length > 0)
    .sort((a, b) => a.family.family.localeCompare(b.family.family))
    .map(({family, faces}) => embed(family, faces))
}
