/**
 * `verbatim convert` as the command line shows it: a progress bar on a
 * terminal, messages as `file:line:column`, the reports asked for, a summary
 * at the end, and the exit code (0 all converted; 1 some failed, or warned
 * with `--strict`). The work itself is the library’s `convert`.
 */
import {convert, type ConvertOptions, type FileReport, type RunReport} from '../convert/index.js'
import {JunitWriter} from '../batch/junit.js'
import {createProgress} from '../batch/progress.js'
import {JsonReportWriter} from '../batch/report.js'
import {version} from '../version.js'
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
  /** The run; its `files` are empty: each file’s report was printed and written as it came. */
  run: RunReport
  exitCode: 0 | 1
  /** How many inputs were selected (converted, skipped or failed). */
  selected: number
}

/** Where each file’s report goes as it arrives: the reports asked for, kept out of memory. */
interface ReportWriter {
  add(report: FileReport): void
  commit(run: RunReport): void
  discard(): void
}

/** The human summary: `998 converted, 2 failed, 0 skipped, 3 with warnings in 41.2 s → out`. */
export function summaryLine(run: RunReport, outDir: string): string {
  const {converted, failed, skipped, warned, milliseconds} = run.summary
  return `${converted} converted, ${failed} failed, ${skipped} skipped (unchanged), ${warned} with warnings in ${(milliseconds / 1000).toFixed(1)} s → ${outDir}`
}

export async function runConvert(inputs: string[], library: ConvertOptions, options: ConvertCommandOptions): Promise<ConvertCommandResult> {
  const writers: ReportWriter[] = []
  if (options.report) writers.push(new JsonReportWriter(options.report, version))
  if (options.junit) writers.push(new JunitWriter(options.junit, {strict: options.strict}))
  const progress = createProgress(process.stderr)
  let run: RunReport
  try {
    run = await convert(
      inputs,
      {...library, keepReports: false, onStart: (count) => progress.start(count), onProgress: () => progress.tick()},
      (report) => {
        // Skipped files were reported when they were converted; say it again only when asked or when it decides the exit code.
        if (report.status !== 'skipped' || options.verbose || options.strict) {
          for (const line of reportLines(report, Boolean(options.verbose))) progress.log(line)
        }
        for (const writer of writers) writer.add(report)
      }
    )
  } catch (error) {
    for (const writer of writers) writer.discard()
    throw error
  } finally {
    progress.done()
  }
  for (const missing of run.missing) console.error(`${missing.input}: error: ${missing.error}`)
  for (const gone of run.vanished) {
    console.error(`${gone.input}: gone; its outputs ${gone.removed ? 'were removed' : 'remain (remove them with --prune)'}: ${gone.outputs.join(', ')}`)
  }
  for (const writer of writers) writer.commit(run)
  console.error(summaryLine(run, library.outDir))
  const {converted, skipped, failed, warned} = run.summary
  const exitCode = failed > 0 || run.missing.length > 0 || (Boolean(options.strict) && warned > 0) ? 1 : 0
  return {run, exitCode, selected: converted + skipped + failed}
}
