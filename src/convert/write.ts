/**
 * Atomic output: write beside the target under a temporary name, then
 * rename, so a half-written file never sits under the final name.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pipeline} from 'node:stream/promises'
import {Readable} from 'node:stream'
import type {Rendered} from '../emit/emitter.js'

export async function writeAtomic(target: string, rendered: Rendered): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`)
  try {
    if (typeof rendered === 'string' || rendered instanceof Uint8Array) {
      await fs.promises.writeFile(temporary, rendered)
    } else {
      await pipeline(Readable.from(rendered), fs.createWriteStream(temporary))
    }
    await fs.promises.rename(temporary, target)
  } catch (error) {
    await fs.promises.rm(temporary, {force: true})
    throw error
  }
}
