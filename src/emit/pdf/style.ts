/**
 * The typographic style of a PDF, resolved once from the presentation
 * template: which registered font each role uses, sizes, colours, spacing.
 *
 * Handlers read only this object, never the template, so one place decides
 * how a template key becomes ink on the page.
 */
import type {FaceStyle} from '../font-fallback.js'
import {fallbackFonts, fonts, type FallbackFamily, type FamilyRole, type FontFiles} from '../fonts.js'
import {pageSize} from '../../template/page.js'
import type {Template} from '../../template/schema.js'

/** Names under which the embedded faces are registered with pdfkit. */
export interface FaceNames {
  regular: string
  bold: string
  italic: string
  boldItalic: string
}

export interface PdfStyle {
  template: Template
  /** Width and height in points, and margins. */
  page: {size: [number, number]; margins: Template['page']['margins']}
  /** Faces for running text (speech, narrative). */
  body: FaceNames
  /** Faces for speaker labels, headings and furniture. */
  label: FaceNames
  sizes: Template['fonts']['sizes']
  /** Baseline-to-baseline distance as a multiple of the font size. */
  leading: number
  colours: Template['colours']
  /** Space (points) between paragraphs of one turn. */
  paragraphGap: number
  /** Space (points) above a speaker label. */
  turnGap: number
  /** Space (points) above a section heading. */
  sectionGap: number
  /** Gap (points) between a paragraph number and the text column. */
  numberGap: number
  /** Tracking (points) for capitalised kicker lines. */
  tracking: number
}

/** `serif` → `serif-regular`, `serif-bold`…: see `registerFaces` in `document.ts`. */
export function faceNames(family: 'serif' | 'sans'): FaceNames {
  return {
    regular: `${family}-regular`,
    bold: `${family}-bold`,
    italic: `${family}-italic`,
    boldItalic: `${family}-bold-italic`
  }
}

const styles = ['regular', 'bold', 'italic', 'boldItalic'] as const

/** A registered face: its file, and the family, role and style it is of. */
export interface Face {
  file: string
  family: FontFiles
  role: FamilyRole
  style: FaceStyle
}

/** The faces of PT Serif and PT Sans by name (`serif-bold`): what each document registers. */
export const faces: ReadonlyMap<string, Face> = new Map(
  (['serif', 'sans'] as const).flatMap((role) => {
    const names = faceNames(role)
    return styles.map((style) => [names[style], {file: fonts[role][style], family: fonts[role], role, style}] as const)
  })
)

/** The name of a fallback's face (`noto-serif-bold`): registered with a document when something is first set in it. */
export function fallbackFace(fallback: FallbackFamily, style: FaceStyle): string {
  return `${fallback.id}-${style === 'boldItalic' ? 'bold-italic' : style}`
}

/** Every face name, PT's and the fallbacks', with its font file. */
export const faceFiles: ReadonlyMap<string, string> = new Map([
  ...[...faces].map(([name, face]) => [name, face.file] as const),
  ...Object.values(fallbackFonts)
    .flat()
    .flatMap((fallback) => styles.map((style) => [fallbackFace(fallback, style), fallback[style]] as const))
])

export function pdfStyle(template: Template): PdfStyle {
  const body = template.fonts.sizes.body
  return {
    template,
    page: {size: [pageSize(template).width, pageSize(template).height], margins: template.page.margins},
    body: faceNames(template.fonts.body),
    label: faceNames(template.fonts.label),
    sizes: template.fonts.sizes,
    leading: template.fonts.leading,
    colours: template.colours,
    paragraphGap: body * 0.55,
    turnGap: body * 1.1,
    sectionGap: body * 2,
    numberGap: 10,
    tracking: 0.6
  }
}
