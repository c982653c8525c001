/**
 * `verbatim convert` as the command line shows it: a progress bar on a
 * terminal, messages as `file:line:column`, the reports asked for, a summary
 * at the end, and the exit code (0 all converted; 1 some failed, or warned
 * with `--strict`). The work itself is the library’s `convert`.
 */
import fs from 'node:fs'
import path from 'node:path'
import {convert, hasWarnings, type ConvertOptions, type RunReport} from '../convert/index.js'
import {junitReport} from '../batch/junit.js'
import {createProgress} from '../batch/progress.js'
import {reportLines} from './messages.js'

export interface ConvertCommandOptions {
  verbose?: boolean
  strict?: boolean
  /** Where to write the JSON report. */
  report?: string
  /** Where to write the JUnit XML report. */
  junit?: string
}

export interface ConvertCommandResult {
  run: RunReport
  exitCode: 0 | 1
}

function writeReport(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), {recursive: true})
  fs.writeFileSync(file, text)
}

/** The human summary: `998 converted, 2 failed, 0 skipped, 3 with warnings in 41.2 s → out`. */
export function summaryLine(run: RunReport, outDir: string): string {
  const {converted, failed, skipped, warned, milliseconds} = run.summary
  return `${converted} converted, ${failed} failed, ${skipped} skipped (unchanged), ${warned} with warnings in ${(milliseconds / 1000).toFixed(1)} s → ${outDir}`
}

export async function runConvert(inputs: string[], library: ConvertOptions, options: ConvertCommandOptions): Promise<ConvertCommandResult> {
  const progress = createProgress(process.stderr)
  let run: RunReport
  try {
    run = await convert(inputs, {...library, onStart: (count) => progress.start(count)}, (report) => {
      // Skipped files were reported when they were converted; say it again only when asked or when it decides the exit code.
      if (report.status !== 'skipped' || options.verbose || options.strict) {
        for (const line of reportLines(report, Boolean(options.verbose))) progress.log(line)
      }
      progress.tick()
    })
  } finally {
    progress.done()
  }
  for (const missing of run.missing) console.error(`${missing.input}: error: ${missing.error}`)
  for (const gone of run.vanished) {
    console.error(`${gone.input}: gone; its outputs ${gone.removed ? 'were removed' : 'remain (remove them with --prune)'}: ${gone.outputs.join(', ')}`)
  }
  if (options.report) writeReport(options.report, JSON.stringify(run, null, 2) + '\n')
  if (options.junit) writeReport(options.junit, junitReport(run, {strict: options.strict}))
  console.error(summaryLine(run, library.outDir))
  const warned = run.files.some((file) => file.status !== 'failed' && hasWarnings(file))
  const failed = run.summary.failed > 0 || run.missing.length > 0 || (Boolean(options.strict) && warned)
  return {run, exitCode: failed ? 1 : 0}
}
