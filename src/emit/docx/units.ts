/**
 * Units: templates speak points and `#rrggbb`; WordprocessingML speaks
 * twentieths of a point (twips), half-points and bare hex.
 */

/** Points to twips (page sizes, margins, indents, spacing). */
export function twips(points: number): number {
  return Math.round(points * 20)
}

/** Points to half-points (font sizes). */
export function halfPoints(points: number): number {
  return Math.round(points * 2)
}

/** `#1f3a5f` to `1F3A5F`. */
export function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase()
}

/** A line height as a multiple of the font size, in 240ths (`lineRule="auto"`). */
export function lineMultiple(multiple: number): number {
  return Math.round(multiple * 240)
}

