/**
 * The sample corpus (`corpus/*.txt`) as transcript trees, for tests that
 * render real sources.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Transcript} from '../../src/model.js'
import {parse} from '../../src/parse/index.js'

export const corpusFolder = fileURLToPath(new URL('../../corpus/', import.meta.url))

/** `[name without extension, tree]` for each `corpus/*.txt`, in name order. */
export async function corpusTrees(): Promise<Array<[string, Transcript]>> {
  return fs
    .readdirSync(corpusFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name): [string, Transcript] => [
      name.slice(0, -'.txt'.length),
      parse(fs.readFileSync(path.join(corpusFolder, name), 'utf8'))
    ])
}
