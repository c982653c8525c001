/**
 * The README's table of exit codes, row by row: each row's example is run as
 * written (in a scratch folder that holds the checkout's `corpus` and test
 * fixtures), and must end with the row's code, and, where the run got as far as
 * a summary, a summary that agrees with it.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliPath, runCli} from './helpers/cli.js'

interface Row {
  code: number
  when: string
  command: string[]
  /** The signal a user sends while `command` runs, for the rows of a stopped run. */
  signal?: NodeJS.Signals
}

/** The rows of the table under "Exit codes" in the README. */
function exitCodeRows(readme: string): Row[] {
  const table = readme.slice(readme.indexOf('Exit codes')).split('\n\n')[1]
  const rows: Row[] = []
  for (const line of table.split('\n').slice(2)) {
    const [code, when, example] = line.split(/\s*\|\s*/).slice(1, 4)
    const command = /`npx verbatim ([^`]+)`/.exec(example)?.[1]
    if (!command) throw new Error(`a row of the exit-code table with no command: ${line}`)
    const signal = /^Ctrl-C/.test(example) ? 'SIGINT' : (/^(SIG[A-Z]+) during/.exec(example)?.[1] as NodeJS.Signals | undefined)
    rows.push({code: Number(code), when, command: command.split(/\s+/), signal})
  }
  return rows
}

const rows = exitCodeRows(fs.readFileSync('README.md', 'utf8'))

/** A folder to run the examples in, as a checkout's root would be: its `corpus` and `test/fixtures`. */
function checkout(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-exit-'))
  fs.symlinkSync(path.resolve('corpus'), path.join(folder, 'corpus'))
  fs.mkdirSync(path.join(folder, 'test'))
  fs.symlinkSync(path.resolve('test/fixtures'), path.join(folder, 'test', 'fixtures'))
  return folder
}

/** Run `args` in `cwd` and send `signal` once the run has begun writing into `out`. */
function stopDuring(args: string[], cwd: string, signal: NodeJS.Signals): Promise<{code: number | null; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {cwd, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const out = path.join(cwd, 'out')
    const timer = setInterval(() => {
      if (fs.existsSync(out) && fs.readdirSync(out).length > 0) {
        clearInterval(timer)
        child.kill(signal)
      }
    }, 5)
    child.on('exit', (code) => {
      clearInterval(timer)
      resolve({code, stderr})
    })
  })
}

describe('the README’s exit codes, row by row', () => {
  it('has a row for every code the command line can end with', () => {
    expect([...new Set(rows.map((row) => row.code))].sort((a, b) => a - b)).toEqual([0, 1, 2, 129, 130, 143])
  })

  it.each(rows.filter((row) => !row.signal))('$code: $when', ({code, command}) => {
    const cwd = checkout()
    const result = runCli(command, {cwd})
    expect(result.status, result.stderr).toBe(code)
    const summary = /^(\d+) converted, (\d+) failed, \d+ skipped \(unchanged\), (\d+) with warnings/m.exec(result.stderr)
    if (code === 2) {
      expect(result.stderr).toMatch(/^verbatim: error: /m)
      expect(summary).toBeNull()
      expect(fs.existsSync(path.join(cwd, 'out'))).toBe(false)
      return
    }
    expect(summary).not.toBeNull()
    const [, converted, failed, warned] = summary!.map(Number)
    expect(converted).toBeGreaterThan(0)
    // The summary agrees with the code: nothing failed on 0; on 1 something failed, or warned under --strict.
    if (code === 0) expect(failed).toBe(0)
    else expect(failed > 0 || (command.includes('--strict') && warned > 0)).toBe(true)
  })

  it.each(rows.filter((row) => row.signal))('$code: $when', async ({code, command, signal}) => {
    const cwd = checkout()
    const result = await stopDuring(command, cwd, signal!)
    expect(result.code, result.stderr).toBe(code)
    expect(result.stderr).toMatch(new RegExp(`verbatim: interrupted by ${signal}`))
    expect(fs.readdirSync(path.join(cwd, 'out')).filter((name) => name.endsWith('.partial'))).toEqual([])
  })
})
