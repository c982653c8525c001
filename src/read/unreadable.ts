/**
 * An input a reader cannot read as a transcript (a Word file without its
 * document, a page with no text), with what is wrong in words a user can act
 * on, and where in the input when a place applies. `readTranscript` turns it
 * into the `ReadError` that names the file.
 */
import type {Point} from 'unist'

export class UnreadableInput extends Error {
  override name = 'UnreadableInput'

  constructor(
    reason: string,
    /** Where in the input: a line and column of a page, a paragraph of a Word file. */
    readonly place?: Pick<Point, 'line' | 'column'>
  ) {
    super(reason)
  }
}
