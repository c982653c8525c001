/**
 * The transcripts a reader benchmark parses: every `.txt` of the given
 * folders, in name order, and their size in kilobytes.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'

export function readTexts(folders) {
  const texts = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(path.join(folder, name), 'utf8'))
  )
  const kilobytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024
  return {texts, kilobytes}
}
