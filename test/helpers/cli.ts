/**
 * Run the built `verbatim` command as a user would.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'

export const cliPath = path.resolve('dist/cli/index.js')

export interface CliResult {
  status: number
  stdout: string
  stderr: string
}

export function runCli(args: string[], options: {input?: string; env?: NodeJS.ProcessEnv; cwd?: string} = {}): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd,
    env: {...process.env, ...options.env},
    maxBuffer: 64 * 1024 * 1024
  })
  return {status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr}
}
