/**
 * A complete TrueType font cut down to the characters a document uses, for
 * the DOCX: HarfBuzz's subsetter (`hb-subset`, the one browsers' font
 * tooling and fontTools' peers are checked against), as the WebAssembly
 * build `harfbuzzjs` ships, through HarfBuzz's public C API.
 *
 * Not fontkit's subsetter, which the PDF uses through pdfkit: it writes only
 * the tables a PDF's CID font needs (no `cmap`, `name`, `OS/2` or `post`),
 * so Word and LibreOffice could not use its fonts. HarfBuzz's keeps every
 * table a font needs, with the character map, names and layout features
 * (kerning, ligatures) cut to the glyphs kept; only hinting is dropped
 * (see `noHinting`).
 *
 * The module is compiled when a DOCX first embeds a font (about 50 ms
 * once per process), and each font file loaded into it once. Not
 * preprocessed (`hb_subset_preprocess`): that makes each later subset a
 * few milliseconds faster but costs 50–250 ms a face, and a process makes
 * few subsets (`docx/font-parts.ts` keeps them). The output depends on the
 * font and the characters alone.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'

/** The exports of `harfbuzz-subset.wasm` this module calls: HarfBuzz's C API, and the C library's allocator. */
interface HarfBuzz {
  memory: WebAssembly.Memory
  _initialize(): void
  malloc(size: number): number
  free(pointer: number): void
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number
  hb_blob_destroy(blob: number): void
  hb_blob_get_data(blob: number, length: number): number
  hb_blob_get_length(blob: number): number
  hb_face_create(blob: number, index: number): number
  hb_face_destroy(face: number): void
  hb_face_reference_blob(face: number): number
  hb_subset_input_create_or_fail(): number
  hb_subset_input_destroy(input: number): void
  hb_subset_input_unicode_set(input: number): number
  hb_subset_input_set(input: number, which: number): number
  hb_subset_input_get_flags(input: number): number
  hb_subset_input_set_flags(input: number, flags: number): void
  hb_subset_or_fail(face: number, input: number): number
  hb_set_add(set: number, value: number): void
  hb_set_clear(set: number): void
  hb_set_invert(set: number): void
}

/** `HB_MEMORY_MODE_READONLY`: HarfBuzz reads the font where it was copied, and never writes to it. */
const readOnly = 1
/** `HB_SUBSET_SETS_LAYOUT_FEATURE_TAG`. */
const layoutFeatureTags = 6
/**
 * `HB_SUBSET_FLAGS_NO_HINTING`: the TrueType instructions that adjust
 * outlines to the pixel grid of a small screen size go. PT Serif and PT
 * Sans carry a lot of them: without them a subset is less than half the
 * size (a transcript's own characters in five faces: about 45 kB deflated
 * instead of 110 kB).
 * Outlines, advance widths, kerning and ligatures are kept, so text sets and
 * prints the same; only the rasterising of small sizes on screen differs.
 */
const noHinting = 0x1

const require = createRequire(import.meta.url)
let harfBuzz: HarfBuzz | undefined

function loadHarfBuzz(): HarfBuzz {
  if (!harfBuzz) {
    const bytes = fs.readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'))
    // Synchronous: Node allows it for a module of any size, and a DOCX is packed in one go.
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {})
    harfBuzz = instance.exports as unknown as HarfBuzz
    harfBuzz._initialize()
  }
  return harfBuzz
}

/** Faces by the caller's name for the font: kept for the life of the process, as the parsed fonts are (`font-files.ts`). */
const faces = new Map<string, number>()

function faceOf(hb: HarfBuzz, name: string, font: Uint8Array): number {
  let face = faces.get(name)
  if (face === undefined) {
    const data = hb.malloc(font.byteLength)
    new Uint8Array(hb.memory.buffer).set(font, data)
    const blob = hb.hb_blob_create(data, font.byteLength, readOnly, 0, 0)
    face = hb.hb_face_create(blob, 0)
    hb.hb_blob_destroy(blob)
    faces.set(name, face)
  }
  return face
}

/**
 * `font` with only the glyphs `codePoints` need, and every layout feature
 * kept for them (what `hb-subset --layout-features='*'` keeps), as a
 * TrueType file of its own. `name` names the font, the same for the same
 * bytes (a path, a digest): its face is kept under it.
 */
export function subsetFont(name: string, font: Uint8Array, codePoints: Iterable<number>): Uint8Array {
  const hb = loadHarfBuzz()
  const face = faceOf(hb, name, font)
  const input = hb.hb_subset_input_create_or_fail()
  if (input === 0) throw new Error('HarfBuzz could not start a subset (out of memory?)')
  let subset = 0
  try {
    const features = hb.hb_subset_input_set(input, layoutFeatureTags)
    hb.hb_set_clear(features)
    hb.hb_set_invert(features)
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | noHinting)
    const unicodes = hb.hb_subset_input_unicode_set(input)
    for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint)
    subset = hb.hb_subset_or_fail(face, input)
  } finally {
    hb.hb_subset_input_destroy(input)
  }
  if (subset === 0) throw new Error(`HarfBuzz could not subset ${name}`)
  const blob = hb.hb_face_reference_blob(subset)
  try {
    const data = hb.hb_blob_get_data(blob, 0)
    const length = hb.hb_blob_get_length(blob)
    if (length === 0) throw new Error(`HarfBuzz made an empty subset of ${name}`)
    // A copy: the module's memory is reused, and may grow (which detaches any view of it).
    return new Uint8Array(hb.memory.buffer, data, length).slice()
  } finally {
    hb.hb_blob_destroy(blob)
    hb.hb_face_destroy(subset)
  }
}
