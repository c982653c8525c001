/**
 * The JSON report (`--report`): the run as `JSON.stringify(run, null, 2)`
 * would print it, written as the files are done so that an archive of any
 * size is reported without keeping its reports in memory.
 */
import type {FileReport, RunReport} from '../convert/index.js'
import {AtomicTextFile} from '../convert/write.js'

/** `text` with every line but the first indented by `indent`. */
function indented(text: string, indent: string): string {
  return text.replaceAll('\n', '\n' + indent)
}

export class JsonReportWriter {
  readonly #file: AtomicTextFile
  #count = 0

  constructor(target: string, version: string) {
    this.#file = new AtomicTextFile(target)
    this.#file.write(`{\n  "version": ${JSON.stringify(version)},\n  "files": [`)
  }

  /** A file’s report; they come in input order. */
  add(report: FileReport): void {
    this.#file.write(`${this.#count++ === 0 ? '' : ','}\n    ${indented(JSON.stringify(report, null, 2), '    ')}`)
  }

  /** The rest of the run (its `files` are ignored: they were added one by one), then the file is in place. */
  commit(run: RunReport): void {
    const rest = JSON.stringify({...run, files: []}, null, 2)
    const afterFiles = rest.slice(rest.indexOf('"files": [') + '"files": ['.length)
    this.#file.write((this.#count === 0 ? '' : '\n  ') + afterFiles + '\n')
    this.#file.commit()
  }

  discard(): void {
    this.#file.discard()
  }
}
