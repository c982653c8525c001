/**
 * The same work done by pandoc, for comparison: Markdown of the same
 * transcripts to DOCX, to TEI, and to PDF through wkhtmltopdf, one pandoc
 * process per file (as a script converting an archive with pandoc would),
 * `jobs` at a time.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const pandocFormats = {
  docx: {extension: 'docx', args: []},
  tei: {extension: 'tei.xml', args: ['-s', '-t', 'tei']},
  pdf: {extension: 'pdf', args: ['-s', '--pdf-engine=wkhtmltopdf']}
}

/** The version line of a tool, or undefined where it is not installed. */
export function toolVersion(command, flag = '--version') {
  const result = spawnSync(command, [flag], {encoding: 'utf8'})
  return result.status === 0 ? result.stdout.split('\n')[0].trim() : undefined
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => resolve({code, stderr}))
  })
}

/** Convert `files` (Markdown) to `format` with pandoc, `jobs` at a time; milliseconds and failures. */
export async function pandocConvert(files, format, outDir, jobs) {
  const {extension, args} = pandocFormats[format]
  fs.mkdirSync(outDir, {recursive: true})
  const started = performance.now()
  let next = 0
  let failed = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]
      const target = path.join(outDir, path.basename(file, '.md') + '.' + extension)
      const {code} = await run('pandoc', [file, ...args, '-o', target])
      if (code !== 0) failed++
    }
  }
  await Promise.all(Array.from({length: jobs}, worker))
  return {milliseconds: performance.now() - started, failed}
}
