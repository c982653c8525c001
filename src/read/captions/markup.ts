/**
 * The markup inside a cue's text, taken off so that only what was said is
 * left: WebVTT's voice spans (`<v Roger Bingham>…</v>`, `<v.loud Esme>`),
 * which say who speaks, and its other tags (`<c.yellow>`, `<i>`, `<b>`,
 * `<u>`, `<ruby>`, `<lang en>`, timestamps such as `<00:00:01.000>` that
 * YouTube's automatic captions put between words), SRT's HTML-like tags
 * (`<i>`, `<font color="#ffff00">`) and the `{\an8}` position codes SubRip
 * writers borrow from ASS; character references (`&amp;`, `&lt;`, `&nbsp;`,
 * `&#8217;`) are decoded.
 *
 * A ruby's annotation (`<rt>…</rt>`) is a reading aid printed over the text,
 * not more of it: it is left out with its tags.
 */
import type {Position} from '../../model.js'
import {decodeReferences} from '../../util/character-references.js'

/** A cue's text line as the format reader found it. */
export interface CueLine {
  /** The line as printed, markup included. */
  text: string
  position: Position
}

/** A run of one voice's text on one line of a cue. */
export interface Voiced {
  /** The speaker a `<v>` span names, as printed (without its classes). */
  voice?: string
  /** The words, markup taken off and references decoded. */
  text: string
  position: Position
}

/** A tag: `<v Roger>`, `</v>`, `<c.loud>`, `<00:01.000>`, `<font color="red">`. */
const tag = /<(\/?)([a-zA-Z][\w-]*|\d[\d:.]*)((?:\.[^\s>.]+)*)(?:[ \t]+([^>]*))?>/g

/** `{\an8}`, `{\i1}`: an ASS override code, which SRT writers use for position and style. */
const assCode = /\{\\[^{}]*\}/g

/**
 * The voiced runs of a cue's lines. A voice span lasts until its `</v>`, or
 * to the end of the cue when it is left open (as the specification allows);
 * a line without one has the voice still open, or none.
 */
export function readCueMarkup(lines: CueLine[]): Voiced[] {
  const runs: Voiced[] = []
  let voice: string | undefined
  let ruby = 0
  for (const line of lines) {
    const text = line.text.replace(assCode, '')
    let last = 0
    let piece = ''
    const flush = () => {
      if (piece.trim() !== '') runs.push(withVoice({text: decodeReferences(piece).replace(/\s+/g, ' ').trim(), position: line.position}, voice))
      piece = ''
    }
    for (const match of text.matchAll(tag)) {
      if (ruby === 0) piece += text.slice(last, match.index)
      last = match.index + match[0].length
      const [, closing, name] = match
      const lower = name.toLowerCase()
      if (lower === 'rt') ruby = closing ? Math.max(0, ruby - 1) : ruby + 1
      if (lower !== 'v') continue
      flush()
      voice = closing ? undefined : decodeReferences(match[4] ?? '').trim() || undefined
    }
    if (ruby === 0) piece += text.slice(last)
    flush()
  }
  return runs
}

function withVoice(run: Voiced, voice: string | undefined): Voiced {
  if (voice !== undefined) run.voice = voice
  return run
}
