/**
 * Bullets that mark every line: a caption page (`  • JUDY WOODRUFF: In his
 * first speech…`) or a pasted list of cues prints one before each line of
 * speech. Where most lines carry one, the bullets are the page’s markup, not
 * list items: they are taken off, so that labels open their lines again. A
 * bullet on a few lines only (a topic index, a menu) is left for the
 * furniture rules.
 */
import {isBlank, type SourceLine} from './lines.js'

/** `  • `, `· `, `▪ `: a bullet and its spacing at the start of a line. */
const bullet = /^[\s\u00A0]*[•·▪◦●]\s+(?=\S)/u

/** Share of the non-blank lines that must carry a bullet. */
const minimumShare = 0.6

/** Lines needed before a share means anything. */
const minimumLines = 5

export function stripCueBullets(lines: SourceLine[]): SourceLine[] {
  let filled = 0
  let bulleted = 0
  for (const line of lines) {
    if (isBlank(line.text)) continue
    filled++
    if (bullet.test(line.text)) bulleted++
  }
  if (filled < minimumLines || bulleted < filled * minimumShare) return lines
  return lines.map((line) => {
    const mark = bullet.exec(line.text)
    if (!mark) return line
    const length = mark[0].length
    return {...line, text: line.text.slice(length), offset: line.offset + length, column: (line.column ?? 1) + length, clean: undefined}
  })
}
