/**
 * What a conversion reports of each file, and how its messages are told:
 * small enough for the main thread of a batch run to load without the
 * parser and emitters that only its workers need.
 */
import type {VFileMessage} from 'vfile-message'

export interface Warning {
  message: string
  line?: number
  column?: number
  ruleId?: string
  /** What the message is, in words: an `info` tells what the reader did, only `warning` and `error` count. */
  severity?: 'error' | 'warning' | 'info'
  fatal: boolean | null | undefined
}

export interface FileReport {
  input: string
  /** `skipped`: unchanged since the run recorded in the output folder’s manifest. */
  status: 'converted' | 'skipped' | 'failed'
  outputs: string[]
  warnings: Warning[]
  error?: string
  /** Where in the input the error stands, when a place applies. */
  errorAt?: {line: number; column: number}
  /** Wall time for the whole file. */
  milliseconds: number
  /** Where that time went: `read`, then one entry per format. */
  durations?: Record<string, number>
  /** SHA-256 of the text that was converted (what the manifest records). */
  contentHash?: string
}

export function toWarning(message: VFileMessage): Warning {
  return {
    message: message.reason,
    line: message.line ?? undefined,
    column: message.column ?? undefined,
    ruleId: message.ruleId ?? undefined,
    severity: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info',
    fatal: message.fatal
  }
}

/** Only warnings and errors count; info messages tell what the parser did. */
export function isWarning(warning: Warning): boolean {
  return warning.fatal === true || warning.fatal === false
}

/** An input's error as a compiler prints it: `file:line:column: error: reason`, or `file: error: reason` where no place applies. */
export function formatError(input: string, reason: string, at?: {line: number; column: number}): string {
  return `${at ? `${input}:${at.line}:${at.column}` : input}: error: ${reason}`
}

/** A message as a compiler prints it: `file:line:column: warning: text [rule]`. */
export function formatWarning(input: string, warning: Warning): string {
  const where = warning.line ? `${input}:${warning.line}:${warning.column ?? 1}` : input
  const level = warning.fatal ? 'error' : warning.fatal === false ? 'warning' : 'info'
  return `${where}: ${level}: ${warning.message}${warning.ruleId ? ` [${warning.ruleId}]` : ''}`
}
