/**
 * Run the built `verbatim` command as a user would.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const cliPath = path.resolve('dist/cli/index.js')

export interface CliResult {
  status: number
  stdout: string
  stderr: string
}

export interface CliOptions {
  input?: string
  env?: NodeJS.ProcessEnv
  cwd?: string
  /**
   * Run as a user without privileges: under root (as CI runs) the command
   * drops to `nobody` with `setpriv`, since root reads and writes whatever a
   * file's mode says and a permission check would pass without checking.
   * `owned` are the paths that user must own (the test's folder).
   */
  unprivileged?: {owned: string[]}
}

/** The user a permission test runs as when the tests run as root. */
export const unprivilegedUser = 65534

/** Whether a permission test can check anything here: not root, or root able to drop to another user. */
export function canTestPermissions(): boolean {
  if (process.getuid?.() !== 0) return true
  return spawnSync('setpriv', ['--reuid', String(unprivilegedUser), '--regid', String(unprivilegedUser), '--clear-groups', 'true']).status === 0
}

export function runCli(args: string[], options: CliOptions = {}): CliResult {
  let command = process.execPath
  let commandArgs = [cliPath, ...args]
  if (options.unprivileged && process.getuid?.() === 0) {
    for (const owned of options.unprivileged.owned) chownTree(owned, unprivilegedUser)
    commandArgs = ['--reuid', String(unprivilegedUser), '--regid', String(unprivilegedUser), '--clear-groups', '--', command, ...commandArgs]
    command = 'setpriv'
  }
  const result = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd,
    env: {...process.env, ...(options.unprivileged ? {HOME: os.tmpdir()} : {}), ...options.env},
    maxBuffer: 64 * 1024 * 1024
  })
  return {status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr}
}

/** Give `target` and everything in it to `uid`, modes untouched (`lchown`: links are not followed). */
function chownTree(target: string, uid: number): void {
  const pending = [target]
  while (pending.length > 0) {
    const next = pending.pop()!
    fs.lchownSync(next, uid, uid)
    const stat = fs.lstatSync(next)
    if (stat.isDirectory()) {
      // A folder the test locked (mode 0o500) must still be listable by its owner, which it is.
      for (const name of fs.readdirSync(next)) pending.push(path.join(next, name))
    }
  }
}
