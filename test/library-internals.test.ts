/**
 * The pdfkit and fontkit internals the PDF emitter relies on
 * (`src/emit/pdf/pdfkit-internals.ts`, `src/emit/fontkit-internals.ts`):
 * their self-checks pass on the versions package.json pins, and the public
 * paths taken when a check fails still render a PDF whose text is all there.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parsedFont} from '../src/emit/font-files.js'
import {fonts} from '../src/emit/fonts.js'
import {fontkitInternalsCheck} from '../src/emit/fontkit-internals.js'
import {pdfkitInternalsCheck, pdfkitMetadataCheck} from '../src/emit/pdf/pdfkit-internals.js'
import {runSelfCheck} from '../src/emit/self-check.js'
import {runCli} from './helpers/cli.js'
import {hasTools} from './helpers/tools.js'

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {dependencies: Record<string, string>}
const poppler = hasTools('pdftotext', 'pdffonts')
const sample = 'corpus/state-2016-07-15-kerry-lavrov-remarks.txt'

/** From the package's own folder: pdfkit's exports do not include its package.json. */
function installedVersion(name: string): string {
  return (JSON.parse(fs.readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')) as {version: string}).version
}

describe('library internals', () => {
  it.each(['pdfkit', 'fontkit', 'docx'])('%s is pinned to the exact version installed', (name) => {
    expect(manifest.dependencies[name]).toBe(installedVersion(name))
  })

  it('the pdfkit self-checks pass on the pinned pdfkit', () => {
    expect(pdfkitInternalsCheck()).toEqual({ok: true})
    expect(pdfkitMetadataCheck()).toEqual({ok: true})
  })

  it('the fontkit self-check passes on the pinned fontkit, for every face', () => {
    for (const family of Object.values(fonts)) {
      for (const file of [family.regular, family.bold, family.italic, family.boldItalic]) {
        expect(fontkitInternalsCheck(parsedFont(file))).toEqual({ok: true})
      }
    }
  })

  it('a failing check says why, and the environment variable skips a check', () => {
    expect(runSelfCheck('somelib', () => {}, {})).toEqual({ok: true})
    expect(runSelfCheck('somelib', () => {}, {VERBATIM_PUBLIC_API_ONLY: '1'}).ok).toBe(false)
    expect(runSelfCheck('somelib', () => {}, {VERBATIM_PUBLIC_API_ONLY: 'pdfkit,somelib'}).ok).toBe(false)
    expect(runSelfCheck('somelib', () => {}, {VERBATIM_PUBLIC_API_ONLY: 'pdfkit'}).ok).toBe(true)
    const failed = runSelfCheck('somelib', () => {
      throw new Error('`_member` is a function')
    }, {})
    expect(failed).toEqual({ok: false, reason: '`_member` is a function'})
  })
})

describe.skipIf(!poppler)('the public paths render a valid PDF', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-internals-'))

  /** The sample as PDF with `VERBATIM_PUBLIC_API_ONLY=value`: its text as pdftotext reads it, and its fonts. */
  function renderWith(value: string | undefined): {text: string; fonts: string; bytes: Buffer} {
    const out = path.join(folder, value ?? 'internals')
    const env = value === undefined ? {} : {VERBATIM_PUBLIC_API_ONLY: value}
    // No SOURCE_DATE_EPOCH: the PDF carries no creation date, or (pdfkit's fallback) the epoch.
    const result = runCli(['convert', sample, '-t', 'pdf', '-o', out, '--force'], {env: {...process.env, SOURCE_DATE_EPOCH: undefined, ...env}})
    expect(result.status, result.stderr).toBe(0)
    // A forced fallback warns nobody: it was asked for.
    expect(result.stderr).not.toMatch(/internals are not as expected/)
    const file = path.join(out, path.basename(sample, '.txt') + '.pdf')
    const run = (command: string, ...args: string[]) => execFileSync(command, [...args, file, ...(command === 'pdftotext' ? ['-'] : [])], {encoding: 'utf8'})
    return {text: run('pdftotext', '-enc', 'UTF-8'), fonts: run('pdffonts'), bytes: fs.readFileSync(file)}
  }

  const renders = new Map<string | undefined, ReturnType<typeof renderWith>>()
  /** Each rendering once: a process each. */
  const rendered = (value: string | undefined) => renders.get(value) ?? renders.set(value, renderWith(value)).get(value)!
  /** The sample with the internals, as the pinned versions render it. */
  const withInternals = () => rendered(undefined)

  it.each(['1', 'pdfkit', 'fontkit'])('VERBATIM_PUBLIC_API_ONLY=%s: the same text and fonts', (value) => {
    const fallback = rendered(value)
    expect(fallback.bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7')
    expect(fallback.bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF\n?$/)
    expect(fallback.text).toBe(withInternals().text)
    expect(fallback.text).toMatch(/SECRETARY KERRY:/)
    expect(fallback.fonts).toBe(withInternals().fonts)
    expect(fallback.fonts).toMatch(/PTSerif-Regular/)
  })

  it('the fontkit fallback makes the same bytes for this sample; the pdfkit one points bookmarks at whole pages', () => {
    expect(rendered('fontkit').bytes.equals(withInternals().bytes)).toBe(true)
    const pdfkitFallback = rendered('pdfkit').bytes.toString('latin1')
    expect(withInternals().bytes.toString('latin1')).toMatch(/\/Dest \(u1\)/)
    expect(pdfkitFallback).not.toMatch(/\/Dest \(u1\)/)
    expect(pdfkitFallback).toMatch(/\/Dest \[\d+ 0 R \/Fit\]/)
  })

  it('with no SOURCE_DATE_EPOCH the PDF has no creation date; the pdfkit fallback dates it at the epoch, never the event', () => {
    expect(withInternals().bytes.toString('latin1')).not.toMatch(/\/CreationDate|xmp:CreateDate/)
    const pdfkitFallback = rendered('pdfkit').bytes.toString('latin1')
    expect(pdfkitFallback).toContain('(D:19700101000000Z)')
    expect(pdfkitFallback).toContain('<xmp:CreateDate>1970-01-01T00:00:00Z</xmp:CreateDate>')
    expect(pdfkitFallback).not.toContain('(D:2016')
  })
})
