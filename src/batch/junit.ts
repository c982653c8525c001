/**
 * The run as a JUnit XML report, the format CI systems (GitHub Actions
 * reporters, GitLab, Jenkins) show natively: one test case per input; a
 * failed input is a failure, a skipped (unchanged) one is skipped, and
 * warnings are failures under `--strict`, otherwise listed in its output.
 *
 * `JunitWriter` writes the test cases as files are done, so that an archive
 * of any size is reported without keeping its reports in memory; the counts
 * the suite opens with are written once the run is over.
 */
import {formatWarning, isWarning, type FileReport} from '../convert/report.js'
import {hasWarnings, type RunReport} from '../convert/index.js'
import {AtomicTextFile} from '../convert/write.js'
import {escapeText, serializeAttributes} from '../util/xml.js'

export interface JunitOptions {
  strict?: boolean
  /** The suite’s name (default `verbatim convert`). */
  name?: string
}

type Verdict = 'failure' | 'skipped' | 'passed'

interface Counts {
  tests: number
  failures: number
  skipped: number
}

const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(3)

function verdictOf(file: FileReport, strict: boolean): Verdict {
  if (file.status === 'failed' || (strict && hasWarnings(file))) return 'failure'
  return file.status === 'skipped' ? 'skipped' : 'passed'
}

type Attributes = Record<string, string | number | undefined>

function startTag(name: string, attributes: Attributes): string {
  return `<${name}${serializeAttributes(attributes)}>`
}

/** An element with text, or empty. */
function element(name: string, attributes: Attributes, text?: string): string {
  return text === undefined ? `<${name}${serializeAttributes(attributes)}/>` : `${startTag(name, attributes)}${escapeText(text)}</${name}>`
}

/** A test case (inside the suite) with what it holds, each on a line of its own. */
function testcase(attributes: Attributes, children: string[]): string {
  const indent = '    '
  attributes = {classname: 'verbatim.convert', ...attributes}
  if (children.length === 0) return `${indent}${element('testcase', attributes)}\n`
  return `${indent}${startTag('testcase', attributes)}\n${children.map((child) => `${indent}  ${child}\n`).join('')}${indent}</testcase>\n`
}

function fileCase(file: FileReport, verdict: Verdict): string {
  const warnings = file.warnings.filter(isWarning).map((warning) => formatWarning(file.input, warning))
  const children: string[] = []
  if (verdict === 'failure') {
    const message = file.error ?? `${warnings.length} warning(s) (--strict)`
    const text = [file.error ? `${file.input}: error: ${file.error}` : '', ...warnings].filter(Boolean).join('\n')
    children.push(element('failure', {message, type: file.error ? 'ConversionError' : 'Warning'}, text))
  } else {
    if (verdict === 'skipped') children.push(element('skipped', {message: 'unchanged since the last run'}))
    if (warnings.length > 0) children.push(element('system-out', {}, warnings.join('\n')))
  }
  return testcase({name: file.input, file: file.input, time: seconds(file.milliseconds)}, children)
}

function missingCase(missing: RunReport['missing'][number]): string {
  const message = `${missing.input}: ${missing.error}`
  return testcase({name: missing.input, time: '0.000'}, [element('failure', {message, type: 'MissingInput'}, message)])
}

function opening(name: string, counts: Counts, milliseconds: number): string {
  const attributes = {name, tests: counts.tests, failures: counts.failures, errors: 0, skipped: counts.skipped, time: seconds(milliseconds)}
  return `<?xml version="1.0" encoding="UTF-8"?>\n${startTag('testsuites', attributes)}\n  ${startTag('testsuite', attributes)}\n`
}

const closing = '  </testsuite>\n</testsuites>\n'

/** The test cases of a run, counted as they are written. */
class Suite {
  readonly counts: Counts = {tests: 0, failures: 0, skipped: 0}
  readonly #strict: boolean
  readonly #name: string

  constructor(options: JunitOptions) {
    this.#strict = Boolean(options.strict)
    this.#name = options.name ?? 'verbatim convert'
  }

  file(file: FileReport): string {
    const verdict = verdictOf(file, this.#strict)
    this.#count(verdict)
    return fileCase(file, verdict)
  }

  missing(missing: RunReport['missing'][number]): string {
    this.#count('failure')
    return missingCase(missing)
  }

  opening(milliseconds: number): string {
    return opening(this.#name, this.counts, milliseconds)
  }

  #count(verdict: Verdict): void {
    this.counts.tests++
    if (verdict === 'failure') this.counts.failures++
    if (verdict === 'skipped') this.counts.skipped++
  }
}

/** Test cases written as files are done, the whole report put in place by `commit`. */
export class JunitWriter {
  readonly #suite: Suite
  // The cases go to a part file of their own: the counts that open the report are known only at the end.
  readonly #cases: AtomicTextFile

  constructor(readonly target: string, options: JunitOptions = {}) {
    this.#suite = new Suite(options)
    this.#cases = new AtomicTextFile(`${target}.cases`)
  }

  /** A file’s report; they come in input order. */
  add(file: FileReport): void {
    this.#cases.write(this.#suite.file(file))
  }

  /** The missing inputs and the time of `run` (whose `files` were added one by one), then the report is in place. */
  commit(run: RunReport): void {
    for (const missing of run.missing) this.#cases.write(this.#suite.missing(missing))
    const report = new AtomicTextFile(this.target)
    try {
      report.write(this.#suite.opening(run.summary.milliseconds))
      report.append(this.#cases)
      report.write(closing)
      report.commit()
    } catch (error) {
      report.discard()
      throw error
    } finally {
      this.#cases.discard()
    }
  }

  discard(): void {
    this.#cases.discard()
  }
}

/** The whole report of a run that kept its files’ reports. */
export function junitReport(run: RunReport, options: JunitOptions = {}): string {
  const suite = new Suite(options)
  const cases = run.files.map((file) => suite.file(file)).join('') + run.missing.map((missing) => suite.missing(missing)).join('')
  return suite.opening(run.summary.milliseconds) + cases + closing
}
