/**
 * How the command line speaks: `file:line:column: warning: …` on standard
 * error, in words a user can act on, with no stack trace unless `--debug`.
 */
import type {FileReport, Warning} from '../convert/index.js'

export function formatWarning(input: string, warning: Warning): string {
  const where = warning.line ? `${input}:${warning.line}:${warning.column ?? 1}` : input
  const level = warning.fatal ? 'error' : warning.fatal === false ? 'warning' : 'info'
  return `${where}: ${level}: ${warning.message}${warning.ruleId ? ` [${warning.ruleId}]` : ''}`
}

/** Lines to print for one converted (or failed) file. */
export function reportLines(report: FileReport, verbose: boolean): string[] {
  const lines = report.warnings.filter((w) => verbose || w.fatal !== null && w.fatal !== undefined).map((w) => formatWarning(report.input, w))
  if (report.status === 'failed') lines.push(`${report.input}: error: ${report.error}`)
  return lines
}

/** Only warnings and errors count (info messages tell what the parser did). */
export function countsAsWarning(warning: Warning): boolean {
  return warning.fatal === false || warning.fatal === true
}

/** The message of an unexpected error: its stack only under `--debug`. */
export function describeError(error: unknown, debug: boolean): string {
  if (debug && error instanceof Error && error.stack) return error.stack
  return error instanceof Error ? error.message : String(error)
}
