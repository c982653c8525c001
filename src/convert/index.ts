/**
 * Convert transcripts to files: the library behind `verbatim convert`.
 *
 * Each input is read, rendered by every requested emitter and written
 * atomically. A failing input is reported and the others go on.
 */
import fs from 'node:fs'
import {createHash} from 'node:crypto'
import type {VFileMessage} from 'vfile-message'
import {reproducibleTimestamp} from '../emit/conventions.js'
import type {Emitter} from '../emit/emitter.js'
import {loadTemplate} from '../template/load.js'
import type {Template} from '../template/schema.js'
import {version} from '../version.js'
import {collectInputs, outputPath} from './inputs.js'
import {readTranscript, type ReadOptions} from './read.js'
import {writeAtomic} from './write.js'

export interface ConvertOptions extends ReadOptions {
  emitters: Emitter[]
  outDir: string
  /** A template name or file (default `briefing`). */
  template?: string | Template
  /** `[k, n]`: convert only the k-th (1-based) of n slices of the inputs. */
  shard?: [number, number]
}

export interface Warning {
  message: string
  line?: number
  column?: number
  ruleId?: string
  fatal: boolean | null | undefined
}

export interface FileReport {
  input: string
  status: 'converted' | 'failed'
  outputs: string[]
  warnings: Warning[]
  error?: string
  milliseconds: number
}

export function toWarning(message: VFileMessage): Warning {
  return {
    message: message.reason,
    line: message.line ?? undefined,
    column: message.column ?? undefined,
    ruleId: message.ruleId ?? undefined,
    fatal: message.fatal
  }
}

/** Convert one input to every emitter’s format. */
export async function convertFile(input: string, options: ConvertOptions & {template: Template}): Promise<FileReport> {
  const started = performance.now()
  const report: FileReport = {input, status: 'converted', outputs: [], warnings: [], milliseconds: 0}
  try {
    const {file, tree} = readTranscript(input, options)
    const context = {template: options.template, file, timestamp: reproducibleTimestamp(tree.meta), version}
    for (const emitter of options.emitters) {
      const target = outputPath(input, options.outDir, emitter.extension)
      await writeAtomic(target, await emitter.render(tree, context))
      report.outputs.push(target)
    }
    report.warnings = file.messages.map(toWarning)
  } catch (error) {
    report.status = 'failed'
    report.error = (error as Error).message
  }
  report.milliseconds = Math.round(performance.now() - started)
  return report
}

/** Which of `n` shards an input belongs to: by a hash of its path, so adding files moves no others. */
export function shardOf(input: string, count: number): number {
  const hash = createHash('sha1').update(input).digest()
  return (hash.readUInt32BE(0) % count) + 1
}

export interface RunReport {
  version: string
  files: FileReport[]
  /** Inputs that could not be found. */
  missing: string[]
}

/** Convert every input `inputs` name. */
export async function convert(inputs: string[], options: ConvertOptions, onFile?: (report: FileReport) => void): Promise<RunReport> {
  const template = typeof options.template === 'object' ? options.template : loadTemplate(options.template)
  fs.mkdirSync(options.outDir, {recursive: true})
  const {files, errors} = collectInputs(inputs)
  const selected = options.shard ? files.filter((file) => shardOf(file, options.shard![1]) === options.shard![0]) : files
  const run: RunReport = {version, files: [], missing: errors.map((error) => error.message)}
  for (const input of selected) {
    const report = await convertFile(input, {...options, template})
    run.files.push(report)
    onFile?.(report)
  }
  return run
}
