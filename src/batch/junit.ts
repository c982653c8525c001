/**
 * The run as a JUnit XML report, the format CI systems (GitHub Actions
 * reporters, GitLab, Jenkins) show natively: one test case per input; a
 * failed input is a failure, a skipped (unchanged) one is skipped, and
 * warnings are failures under `--strict`, otherwise listed in its output.
 */
import {create} from 'xmlbuilder2'
import type {FileReport, Warning} from '../convert/file.js'
import {hasWarnings, type RunReport} from '../convert/index.js'

function describeWarning(input: string, warning: Warning): string {
  const where = warning.line ? `${input}:${warning.line}:${warning.column ?? 1}` : input
  const level = warning.fatal ? 'error' : warning.fatal === false ? 'warning' : 'info'
  return `${where}: ${level}: ${warning.message}${warning.ruleId ? ` [${warning.ruleId}]` : ''}`
}

const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(3)

function verdict(file: FileReport, strict: boolean): 'failure' | 'skipped' | 'passed' {
  if (file.status === 'failed' || (strict && hasWarnings(file))) return 'failure'
  return file.status === 'skipped' ? 'skipped' : 'passed'
}

export function junitReport(run: RunReport, options: {strict?: boolean; name?: string} = {}): string {
  const strict = Boolean(options.strict)
  const name = options.name ?? 'verbatim convert'
  const verdicts = run.files.map((file) => verdict(file, strict))
  const failures = verdicts.filter((v) => v === 'failure').length + run.missing.length
  const skipped = verdicts.filter((v) => v === 'skipped').length
  const tests = run.files.length + run.missing.length
  const time = seconds(run.summary.milliseconds)

  const root = create({version: '1.0', encoding: 'UTF-8'}).ele('testsuites', {name, tests, failures, errors: 0, skipped, time})
  const suite = root.ele('testsuite', {name, tests, failures, errors: 0, skipped, time})
  run.files.forEach((file, index) => {
    const testcase = suite.ele('testcase', {classname: 'verbatim.convert', name: file.input, file: file.input, time: seconds(file.milliseconds)})
    const warnings = file.warnings.filter((warning) => warning.fatal !== null && warning.fatal !== undefined).map((w) => describeWarning(file.input, w))
    switch (verdicts[index]) {
      case 'failure':
        testcase
          .ele('failure', {message: file.error ?? `${warnings.length} warning(s) (--strict)`, type: file.error ? 'ConversionError' : 'Warning'})
          .txt([file.error ? `${file.input}: error: ${file.error}` : '', ...warnings].filter(Boolean).join('\n'))
        break
      case 'skipped':
        testcase.ele('skipped', {message: 'unchanged since the last run'})
        break
    }
    if (warnings.length > 0 && verdicts[index] !== 'failure') testcase.ele('system-out').txt(warnings.join('\n'))
  })
  for (const missing of run.missing) {
    const message = `${missing.input}: ${missing.error}`
    suite.ele('testcase', {classname: 'verbatim.convert', name: missing.input, time: '0.000'}).ele('failure', {message, type: 'MissingInput'}).txt(message)
  }
  return root.end({prettyPrint: true}) + '\n'
}
