/**
 * External tools the tests use (LibreOffice, poppler, jing, pandoc).
 *
 * Locally a missing tool skips the tests that need it; under CI
 * (`CI=true`) a missing tool is an error, so a broken CI image cannot turn
 * those tests into silent skips.
 */
import {spawnSync} from 'node:child_process'

const found = new Map<string, boolean>()

/** Whether `name` (a command such as `soffice` or `pdftotext`) is on the PATH. */
export function hasTool(name: string): boolean {
  let present = found.get(name)
  if (present === undefined) {
    present = spawnSync('sh', ['-c', `command -v "${name}"`], {stdio: 'ignore'}).status === 0
    found.set(name, present)
  }
  if (!present && process.env.CI === 'true') {
    throw new Error(`\`${name}\` is required under CI but is not installed`)
  }
  return present
}

/** Whether every tool in `names` is present (see `hasTool`). */
export function hasTools(...names: string[]): boolean {
  return names.map((name) => hasTool(name)).every(Boolean)
}
