/**
 * `verbatim convert` as the command line shows it: a progress bar on a
 * terminal, messages as `file:line:column`, the reports asked for, a summary
 * at the end, and the exit code (0 all converted; 1 some failed, or warned
 * with `--strict`). The work itself is the library’s `convert`.
 */
import path from 'node:path'
import {convert, type ConvertOptions, type FileReport, type RunReport} from '../convert/index.js'
import {collectInputs, transcriptExtensions} from '../convert/inputs.js'
import {sweepTemporaries} from '../convert/write.js'
import {createProgress} from '../batch/progress.js'
import {JsonReportWriter} from '../batch/report.js'
import {version} from '../version.js'
import {reportLines} from './messages.js'
import {UsageError} from './usage-error.js'

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
  refuseReportOverInput(inputs, options)
  const writers: ReportWriter[] = []
  if (options.report) writers.push(new JsonReportWriter(options.report, version))
  if (options.junit) {
    // Loaded only when asked for: it brings xmlbuilder2, which no other part of a run on this thread needs.
    const {JunitWriter} = await import('../batch/junit.js')
    writers.push(new JunitWriter(options.junit, {strict: options.strict}))
  }
  const progress = createProgress(process.stderr)
  // Ctrl-C, SIGTERM, SIGHUP: the run stops its threads, then what they were writing is removed (see `stopped`).
  const stopping = new AbortController()
  const interrupted = onInterrupt((signal) => stopping.abort(signal))
  let run: RunReport
  try {
    run = await convert(
      inputs,
      {...library, keepReports: false, signal: stopping.signal, onStart: (count) => progress.start(count), onProgress: () => progress.tick()},
      (report) => {
        // Skipped files were reported when they were converted; say it again only when asked or when it decides the exit code.
        if (report.status !== 'skipped' || options.verbose || options.strict) {
          for (const line of reportLines(report, Boolean(options.verbose))) progress.log(line)
        }
        for (const writer of writers) writer.add(report)
      }
    )
  } catch (error) {
    progress.done()
    for (const writer of writers) writer.discard()
    if (stopping.signal.aborted) stopped(stopping.signal.reason as Signal, library.outDir)
    throw error
  } finally {
    interrupted.dispose()
    progress.done()
  }
  if (run.swept.length > 0) console.error(`verbatim: removed ${run.swept.length} temporary ${run.swept.length === 1 ? 'file' : 'files'} an interrupted run left in ${library.outDir}`)
  for (const missing of run.missing) console.error(`${missing.input}: error: ${missing.error}`)
  for (const gone of run.vanished) {
    console.error(`${gone.input}: gone; its outputs ${gone.removed ? 'were removed' : 'remain (remove them with --prune)'}: ${gone.outputs.join(', ')}`)
  }
  for (const writer of writers) writer.commit(run)
  console.error(summaryLine(run, library.outDir))
  const {converted, skipped, failed, warned} = run.summary
  const exitCode = failed > 0 || (Boolean(options.strict) && warned > 0) ? 1 : 0
  return {run, exitCode, selected: converted + skipped + failed - run.missing.length}
}

/** The exit codes of a run stopped by a signal, as shells report them (128 + the signal's number). */
const signalExitCodes = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const
type Signal = keyof typeof signalExitCodes

/**
 * Call `stop` when the user presses Ctrl-C or the run is told to stop
 * (SIGTERM from a CI timeout, SIGHUP from a closed terminal); a second
 * signal exits at once. Returns a handle that removes the handlers.
 */
function onInterrupt(stop: (signal: Signal) => void): {dispose(): void} {
  let asked = false
  const handlers = (Object.keys(signalExitCodes) as Signal[]).map((signal) => {
    const handler = () => {
      if (asked) process.exit(signalExitCodes[signal])
      asked = true
      stop(signal)
    }
    process.on(signal, handler)
    return [signal, handler] as const
  })
  return {dispose: () => handlers.forEach(([signal, handler]) => process.removeListener(signal, handler))}
}

/** The run has stopped writing: remove its temporary files, say what happened, exit with the signal's code. */
function stopped(signal: Signal, outDir: string): never {
  const removed = sweepTemporaries(outDir, {includeOwn: true})
  console.error(`verbatim: interrupted by ${signal}: ${removed.length} temporary ${removed.length === 1 ? 'file' : 'files'} removed; finished outputs are kept, and a new run converts only what is left`)
  process.exit(signalExitCodes[signal])
}

/**
 * `--report` or `--junit` naming one of the inputs would replace it: refused
 * before anything is written. A report can only be an input named on the
 * command line, or a transcript file a folder search finds; only for that
 * second case are the folders searched (once more: `convert` searches them too).
 */
function refuseReportOverInput(inputs: string[], options: ConvertCommandOptions): void {
  const reports = [options.report, options.junit].filter((file): file is string => file !== undefined)
  if (reports.length === 0) return
  const named = new Set(inputs.map((input) => path.resolve(input)))
  const searchable = reports.some((report) => transcriptExtensions.includes(path.extname(report).toLowerCase()))
  const found = searchable ? new Set(collectInputs(inputs).files.map((file) => path.resolve(file))) : new Set<string>()
  for (const report of reports) {
    const target = path.resolve(report)
    if (named.has(target) || found.has(target)) throw new UsageError(`the report ${report} would overwrite an input; write it elsewhere`)
  }
}
