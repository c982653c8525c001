/**
 * The run as a JUnit XML report, the format CI systems (GitHub Actions
 * reporters, GitLab, Jenkins) show natively: one test case per input; a
 * failed input is a failure, a skipped (unchanged) one is skipped, and
 * warnings are failures under `--strict`, otherwise listed in its output.
 *
 * `JunitWriter` writes the test cases as files are done, so that an archive
 * of any size is reported without keeping its reports in memory; the counts
 * the suite opens with are written once the run is over. Each case is written
 * with xmlbuilder2 (see `../util/xml-writer.ts`) as it comes.
 */
import {fragment} from 'xmlbuilder2'
import {formatError, formatWarning, isWarning, type FileReport} from '../convert/report.js'
import {hasWarnings, type RunReport} from '../convert/index.js'
import {AtomicTextFile} from '../convert/write.js'
import {builderText, setAttributes, xmlDeclaration, type Attributes, type BuilderNode} from '../util/xml-writer.js'

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

/**
 * Names and messages are not the tree’s text, which holds nothing XML cannot
 * carry: any character XML 1.0 allows in no form becomes U+FFFD.
 */
const builderOptions = {invalidCharReplacement: '\uFFFD'}

/** What a test case holds: an element with text, or empty. */
interface Child {
  name: string
  attributes: Attributes
  text?: string
}

/** An element with the defined attributes and, when given, text (an empty one is written `<a></a>`). */
function element(parent: BuilderNode, {name, attributes, text}: Child): BuilderNode {
  const node = parent.ele(name)
  setAttributes(node, attributes)
  if (text !== undefined) node.txt(builderText(text))
  return node
}

/** A test case (inside the suite) with what it holds, each on a line of its own. */
function testcase(attributes: Attributes, children: Child[]): string {
  const indent = '    '
  const node = element(fragment(builderOptions), {name: 'testcase', attributes: {classname: 'verbatim.convert', ...attributes}})
  for (const child of children) {
    node.txt(`\n${indent}  `)
    element(node, child)
  }
  if (children.length > 0) node.txt(`\n${indent}`)
  return `${indent}${node.toString()}\n`
}

function fileCase(file: FileReport, verdict: Verdict): string {
  const warnings = file.warnings.filter(isWarning).map((warning) => formatWarning(file.input, warning))
  const children: Child[] = []
  if (verdict === 'failure') {
    const message = file.error ?? `${warnings.length} warning(s) (--strict)`
    const text = [file.error ? formatError(file.input, file.error, file.errorAt) : '', ...warnings].filter(Boolean).join('\n')
    children.push({name: 'failure', attributes: {message, type: file.error ? 'ConversionError' : 'Warning'}, text})
  } else {
    if (verdict === 'skipped') children.push({name: 'skipped', attributes: {message: 'unchanged since the last run'}})
    if (warnings.length > 0) children.push({name: 'system-out', attributes: {}, text: warnings.join('\n')})
  }
  return testcase({name: file.input, file: file.input, time: seconds(file.milliseconds)}, children)
}

function missingCase(missing: RunReport['missing'][number]): string {
  const message = `${missing.input}: ${missing.error}`
  return testcase({name: missing.input, time: '0.000'}, [{name: 'failure', attributes: {message, type: 'MissingInput'}, text: message}])
}

/** The comment that marks where the test cases go in the frame: every `<` of a name is escaped, so it is the only one. */
const casesMark = 'cases'

/**
 * The report around its test cases: the declaration and both suites’ start
 * tags, then their end tags. The cases are written as they come, before the
 * counts the suites open with are known; so the frame is written apart.
 */
function frame(name: string, counts: Counts, milliseconds: number): {opening: string; closing: string} {
  const attributes = {name, tests: counts.tests, failures: counts.failures, errors: 0, skipped: counts.skipped, time: seconds(milliseconds)}
  const suites = element(fragment(builderOptions), {name: 'testsuites', attributes})
  suites.txt('\n  ')
  element(suites, {name: 'testsuite', attributes}).txt('\n').com(casesMark).txt('  ')
  suites.txt('\n')
  const [opening, closing] = suites.toString().split(`<!--${casesMark}-->`)
  return {opening: xmlDeclaration + opening!, closing: closing! + '\n'}
}

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

  frame(milliseconds: number): {opening: string; closing: string} {
    return frame(this.#name, this.counts, milliseconds)
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
      const {opening, closing} = this.#suite.frame(run.summary.milliseconds)
      report.write(opening)
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
  const {opening, closing} = suite.frame(run.summary.milliseconds)
  return opening + cases + closing
}
