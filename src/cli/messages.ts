/**
 * How the command line speaks: `file:line:column: warning: …` on standard
 * error, in words a user can act on, with no stack trace unless `--debug`.
 */
import {formatError, formatWarning, isWarning, type FileReport} from '../convert/report.js'

/** Lines to print for one converted (or failed) file. */
export function reportLines(report: FileReport, verbose: boolean): string[] {
  const lines = report.warnings.filter((w) => verbose || isWarning(w)).map((w) => formatWarning(report.input, w))
  if (report.status === 'failed') lines.push(formatError(report.input, report.error ?? 'failed', report.errorAt))
  return lines
}

/** The message of an unexpected error: its stack only under `--debug`. */
export function describeError(error: unknown, debug: boolean): string {
  if (debug && error instanceof Error && error.stack) return error.stack
  return error instanceof Error ? error.message : String(error)
}
