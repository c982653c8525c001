/**
 * Text as DOCX runs, cut where the style's font (PT Serif or PT Sans)
 * cannot draw a character and a fallback can (`../font-fallback.ts`, the
 * PDF's choice): such a run names the fallback family in every slot of
 * `w:rFonts` (Word picks the slot by character class: `eastAsia` for
 * Japanese and Chinese, `cs` for Arabic), and an Arabic run is marked
 * right to left (`w:rtl`). Everything else about a run comes from its
 * style. The fallbacks are named, not embedded: Word and LibreOffice
 * draw them where they are installed and substitute a font of the same
 * script where not.
 */
import {TextRun, type IRunOptions} from 'docx'
import {fontRuns} from '../font-fallback.js'
import {fonts, type FamilyRole} from '../fonts.js'

/** `text` in runs with `options` (a character style), in `role`'s family. */
export function scriptRuns(text: string, role: FamilyRole, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun[] {
  const pieces = fontRuns(text, fonts[role], role, 'regular')
  if (pieces.length <= 1 && !pieces[0]?.fallback) return [new TextRun({...options, text})]
  return pieces.map((piece) => {
    if (!piece.fallback) return new TextRun({...options, text: piece.text})
    const name = piece.fallback.family
    return new TextRun({
      ...options,
      text: piece.text,
      font: {ascii: name, hAnsi: name, eastAsia: name, cs: name},
      ...(piece.rightToLeft ? {rightToLeft: true} : {})
    })
  })
}
