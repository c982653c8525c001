/**
 * Convert one input: read it, render it with every requested emitter, write
 * each output atomically. Nothing of the tree or the rendered bytes outlives
 * the call, so a worker converting thousands of files stays the same size.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reproducibleTimestamp} from '../emit/conventions.js'
import type {Emitter} from '../emit/emitter.js'
import type {Template} from '../template/schema.js'
import {version} from '../version.js'
import {outputPath} from './inputs.js'
import {readTranscript, type ReadOptions} from './read.js'
import {writeAtomic} from './write.js'
import {explainError} from './file-errors.js'

export interface Warning {
  message: string
  line?: number
  column?: number
  ruleId?: string
  fatal: boolean | null | undefined
}

export interface FileReport {
  input: string
  /** `skipped`: unchanged since the run recorded in the output folder’s manifest. */
  status: 'converted' | 'skipped' | 'failed'
  outputs: string[]
  warnings: Warning[]
  error?: string
  /** Wall time for the whole file. */
  milliseconds: number
  /** Where that time went: `read`, then one entry per format. */
  durations?: Record<string, number>
  /** SHA-256 of the text that was converted (what the manifest records). */
  contentHash?: string
}

export interface FileOptions extends ReadOptions {
  emitters: Emitter[]
  outDir: string
  template: Template
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

/** Only warnings and errors count; info messages tell what the parser did. */
export function isWarning(warning: Warning): boolean {
  return warning.fatal === true || warning.fatal === false
}

/** A message as a compiler prints it: `file:line:column: warning: text [rule]`. */
export function formatWarning(input: string, warning: Warning): string {
  const where = warning.line ? `${input}:${warning.line}:${warning.column ?? 1}` : input
  const level = warning.fatal ? 'error' : warning.fatal === false ? 'warning' : 'info'
  return `${where}: ${level}: ${warning.message}${warning.ruleId ? ` [${warning.ruleId}]` : ''}`
}

/** SHA-256 of an input’s bytes as read (any encoding, BOM included), as the manifest records it. */
export function hashContent(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Convert one input to every emitter’s format. A failure is reported, never thrown. */
export async function convertFile(input: string, options: FileOptions): Promise<FileReport> {
  const started = performance.now()
  const report: FileReport = {input, status: 'converted', outputs: [], warnings: [], milliseconds: 0, durations: {}}
  const durations = report.durations!
  let lap = started
  const clock = (name: string) => {
    const now = performance.now()
    durations[name] = Math.round(now - lap)
    lap = now
  }
  let file: VFile | undefined
  try {
    const read = readTranscript(input, options)
    file = read.file
    const tree = read.tree
    report.contentHash = hashContent(read.bytes)
    clock('read')
    const context = {template: options.template, file, timestamp: reproducibleTimestamp(tree.meta), version}
    for (const emitter of options.emitters) {
      const target = outputPath(input, options.outDir, emitter.extension)
      await writeAtomic(target, await emitter.render(tree, context))
      report.outputs.push(target)
      clock(emitter.name)
    }
  } catch (error) {
    report.status = 'failed'
    report.error = explainError(error)
  }
  // Warnings found before a failure still help to find its cause.
  if (file) report.warnings = file.messages.map(toWarning)
  report.milliseconds = Math.round(performance.now() - started)
  return report
}
