/**
 * `verbatim convert talk.txt -t md -o -`: one input rendered in one format
 * to standard output, as pandoc does, for a pipe. Messages go to standard
 * error; nothing is written to disk.
 */
import {readTranscript} from '../convert/read.js'
import {formatWarning, isWarning, toWarning} from '../convert/report.js'
import {conversionTime} from '../emit/conventions.js'
import type {Emitter} from '../emit/emitter.js'
import {loadTemplate} from '../template/load.js'
import {version} from '../version.js'

export interface StdoutOptions {
  template?: string
  registry?: string
  strict?: boolean
}

/** Render `input` to standard output; the exit code as `convert` gives it. */
export async function convertToStdout(input: string, emitter: Emitter, options: StdoutOptions): Promise<0 | 1> {
  const template = loadTemplate(options.template)
  const {file, tree} = readTranscript(input, {registry: options.registry})
  const name = input === '-' ? 'stdin' : input
  const warnings = file.messages.map(toWarning)
  for (const warning of warnings) if (isWarning(warning)) console.error(formatWarning(name, warning))
  const rendered = await emitter.render(tree, {template, file, timestamp: conversionTime(), version})
  const chunks = typeof rendered === 'string' || rendered instanceof Uint8Array ? [rendered] : rendered
  for await (const chunk of chunks) {
    // The reader left (`| head`): what it did not want is not written.
    if (process.stdout.destroyed) break
    // A pipe takes what it can: wait for it to drain rather than hold the whole file in its buffer.
    if (!process.stdout.write(chunk)) await drainedOrClosed(process.stdout)
  }
  return options.strict && warnings.some(isWarning) ? 1 : 0
}

/** When the stream can take more, or is closed (its reader left; the error is the command's, `cli/index.ts`). */
function drainedOrClosed(stream: typeof process.stdout): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done)
      stream.off('close', done)
      resolve()
    }
    stream.once('drain', done)
    stream.once('close', done)
  })
}
