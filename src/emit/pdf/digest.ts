/**
 * What a PDF's file ID is derived from: a digest of what it shows. The ID
 * must differ between documents and, for byte-identical output, not between
 * runs; with no date of making to tell documents apart (`SOURCE_DATE_EPOCH`
 * unset), the content does.
 */
import {createHash} from 'node:crypto'

/** A hex digest of `parts` (trees, titles, templates: anything JSON can hold). */
export function contentDigest(parts: readonly unknown[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(JSON.stringify(part) ?? '').update('\n')
  return hash.digest('hex').slice(0, 32)
}
