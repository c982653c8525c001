/**
 * Convert one input: read it, render it with every requested emitter, write
 * each output atomically. Nothing of the tree or the rendered bytes outlives
 * the call, so a worker converting thousands of files stays the same size.
 */
import type {VFile} from 'vfile'
import {conversionTime} from '../emit/conventions.js'
import type {Emitter} from '../emit/emitter.js'
import type {Template} from '../template/schema.js'
import {version} from '../version.js'
import {outputPath, ReadError, type ReadOptions} from './inputs.js'
import {readTranscript} from './read.js'
import {StagedOutputs} from './write.js'
import {explainError} from './file-errors.js'
import {toWarning, type FileReport} from './report.js'
import {hashContent} from '../batch/fingerprint.js'

export interface FileOptions extends ReadOptions {
  emitters: Emitter[]
  outDir: string
  template: Template
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
    const context = {template: options.template, file, timestamp: conversionTime(), version}
    // All of an input’s outputs or none: a format that fails leaves no other format’s file behind.
    const staged = new StagedOutputs()
    try {
      for (const emitter of options.emitters) {
        await staged.stage(outputPath(input, options.outDir, emitter.extension), await emitter.render(tree, context))
        clock(emitter.name)
      }
      report.outputs.push(...staged.commit())
    } finally {
      staged.discard()
    }
  } catch (error) {
    report.status = 'failed'
    report.error = explainError(error)
    if (error instanceof ReadError && error.at) report.errorAt = error.at
  }
  // Warnings found before a failure still help to find its cause.
  if (file) report.warnings = file.messages.map(toWarning)
  report.milliseconds = Math.round(performance.now() - started)
  return report
}
