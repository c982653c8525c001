/**
 * An input a reader cannot read as a transcript (a Word file without its
 * document, a page with no text, a caption file in which no cue can be
 * read, XML that is not well-formed), with what is wrong in words a user can
 * act on, and where in the input when a place applies. Every reader throws
 * this one error; `readTranscript` turns it into the `ReadError` that names
 * the file, and the command line prints it as a compiler does:
 * `file:line:column: error: reason`.
 *
 * It is a fatal vfile message, as `file.fail()` throws in unified: a library
 * user catches one shape whatever the reader, with `line` and `column`.
 */
import type {Point} from 'unist'
import {VFileMessage} from 'vfile-message'

/** Where in an input an error stands: a line and column of a page or caption file, a paragraph of a Word file. */
export type Place = Pick<Point, 'line' | 'column'>

export class UnreadableInput extends VFileMessage {
  constructor(reason: string, place?: Place, ruleId = 'unreadable') {
    super(reason, {place, ruleId, source: 'verbatim'})
    this.fatal = true
  }

  /** The place, when one applies. */
  get at(): Place | undefined {
    return this.line === undefined ? undefined : {line: this.line, column: this.column ?? 1}
  }
}
