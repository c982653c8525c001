/**
 * Memory for a pure function of one string. The header asks the same
 * question of the same line several times (is it a date, is the next one, is
 * the two joined), and on a long line of prose the answer is costly. The
 * memory is bounded, so that a batch of thousands of transcripts does not
 * keep every line it ever saw.
 */

/** Entries kept before the memory starts afresh. */
const defaultSize = 2048

/** `fn`, remembering its answers (`undefined` included) by the string it was asked about. */
export function memoize<Result>(fn: (text: string) => Result, size = defaultSize): (text: string) => Result {
  const known = new Map<string, Result>()
  return (text) => {
    if (known.has(text)) return known.get(text) as Result
    const result = fn(text)
    // Starting afresh is cheaper than tracking use, and a transcript’s lines are asked about close together.
    if (known.size >= size) known.clear()
    known.set(text, result)
    return result
  }
}
