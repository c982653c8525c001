/**
 * The README and the pages in docs/ show commands a user will copy: each one
 * runs here as written, and every relative link in them leads somewhere.
 *
 * The convention (docs/testing.md gives it to writers):
 *
 * - A ```sh block holds commands, one a line (a trailing `\` continues a
 *   line; `#` lines are comments). Other blocks (```text, ```json, ```yaml,
 *   ```xml…) are examples of output or files and are not run.
 * - The blocks of one page run in order, in a scratch folder of the page's
 *   own, laid out like a checkout: copies of `corpus/`, `templates/` and
 *   `schema/`, `test/fixtures/` linked, an empty `docs/img/`, the checkout's
 *   packages in `node_modules/` (with `verbatim` itself), `../shared` beside it.
 * - `verbatim …` and `npx verbatim …` run the built CLI (`dist/cli/index.js`),
 *   through a `verbatim` put first on the PATH.
 * - A command must exit 0, or the code its line states in a comment: `# exit 2`.
 * - Setup lines are skipped, and reported as skipped tests: `npm …` (install,
 *   ci, link, test, run: the build and the suite this test is part of),
 *   `npx vitest`, `apt-get`, `git`, `node bench/…` (minutes long).
 * - A line that starts with an external tool (jing, soffice, poppler's
 *   pdftoppm/pdffonts/pdfinfo/pdftotext, pandoc) runs where the tool is
 *   installed, and must be under CI (`hasTool`).
 * - A ```js block runs as an ES module with node in the page's folder.
 * - A block right after `<!-- file: NAME -->` is not run but saved as NAME in
 *   the page's folder (a template, a plugin, a registry) for what follows.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cliPath} from './helpers/cli.js'
import {hasTool} from './helpers/tools.js'

const readmeLimit = 250

const pages = ['README.md', ...fs.readdirSync('docs').filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)]

/** Lines that set up a machine or run the suite itself: shown to users, not run here. */
const setup = /^(?:npm\s|npx\s+vitest\b|apt-get\s|sudo\s|git\s|node\s+bench\/)/
/** External tools a command may start with. */
const tools = ['jing', 'soffice', 'pdftoppm', 'pdffonts', 'pdfinfo', 'pdftotext', 'pandoc']

interface Block {
  /** The fence's language (`sh`, `js`, `json`…), or '' for none. */
  language: string
  content: string
  /** 1-based line of the block's first content line. */
  line: number
  /** `<!-- file: NAME -->` before the block. */
  file?: string
}

/** Whether `line` closes a block opened with `fence`: the same character, at least as many. */
function isClosing(line: string, fence: string): boolean {
  const marker = /^(`{3,}|~{3,})$/.exec(line.trim())?.[1]
  return marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length
}

/** The fenced code blocks of a Markdown page. */
function codeBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n')
  const blocks: Block[] = []
  for (let index = 0; index < lines.length; index++) {
    const opening = /^(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[index])
    if (!opening) continue
    const fence = opening[1]
    const start = index + 1
    let end = start
    while (end < lines.length && !isClosing(lines[end], fence)) end++
    const file = /^<!--\s*file:\s*(\S+)\s*-->\s*$/.exec(lines[index - 1] ?? '')?.[1]
    blocks.push({language: opening[2].toLowerCase(), content: lines.slice(start, end).join('\n'), line: start + 1, file})
    index = end
  }
  return blocks
}

interface Command {
  text: string
  line: number
}

/** The commands of a ```sh block: continued lines joined, comments and blank lines left out. */
function shellCommands(block: Block): Command[] {
  const commands: Command[] = []
  const lines = block.content.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = block.line + index
    let text = lines[index]
    while (/\\\s*$/.test(text) && index + 1 < lines.length) text = text.replace(/\\\s*$/, ' ') + lines[++index].trim()
    if (text.trim() === '' || text.trim().startsWith('#')) continue
    commands.push({text: text.trim(), line})
  }
  return commands
}

type Step =
  | {kind: 'file'; name: string; content: string; line: number}
  | {kind: 'js'; content: string; line: number}
  | {kind: 'run'; command: string; code: number; tool?: string; line: number}
  | {kind: 'skip'; command: string; line: number}

function stepsOf(page: string): Step[] {
  const steps: Step[] = []
  for (const block of codeBlocks(fs.readFileSync(page, 'utf8'))) {
    if (block.file) steps.push({kind: 'file', name: block.file, content: block.content + '\n', line: block.line})
    else if (block.language === 'js') steps.push({kind: 'js', content: block.content, line: block.line})
    else if (block.language === 'sh') {
      for (const {text, line} of shellCommands(block)) {
        // `FUZZ_RUNS=1500 npx vitest …`: what runs is after the assignments.
        const bare = text.replace(/^(?:\w+=\S*\s+)+/, '')
        if (setup.test(bare)) {
          steps.push({kind: 'skip', command: text, line})
          continue
        }
        const code = Number(/#\s*exit\s+(\d+)/.exec(text)?.[1] ?? 0)
        const command = text.replace(/^((?:\w+=\S*\s+)*)npx\s+verbatim\b/, '$1verbatim')
        const tool = tools.find((name) => bare.startsWith(name + ' '))
        steps.push({kind: 'run', command, code, tool, line})
      }
    }
  }
  return steps
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-docs-'))
afterAll(() => fs.rmSync(scratch, {recursive: true, force: true}))

/** `verbatim` on the PATH: the checkout's built command. */
const bin = path.join(scratch, 'bin')
fs.mkdirSync(bin)
fs.writeFileSync(path.join(bin, 'verbatim'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`, {mode: 0o755})
const shared = path.resolve('..', 'shared')
if (fs.existsSync(shared)) fs.symlinkSync(shared, path.join(scratch, 'shared'))

/** A folder for one page's commands, laid out like a checkout. */
function checkout(page: string): string {
  const folder = path.join(scratch, page.replace(/[/.]/g, '-'))
  fs.mkdirSync(folder)
  for (const name of ['corpus', 'templates', 'schema']) fs.cpSync(name, path.join(folder, name), {recursive: true})
  fs.mkdirSync(path.join(folder, 'test'))
  fs.symlinkSync(path.resolve('test/fixtures'), path.join(folder, 'test', 'fixtures'))
  fs.mkdirSync(path.join(folder, 'docs', 'img'), {recursive: true})
  const modules = path.join(folder, 'node_modules')
  fs.mkdirSync(modules)
  for (const name of fs.readdirSync('node_modules')) if (!name.startsWith('.')) fs.symlinkSync(path.resolve('node_modules', name), path.join(modules, name))
  fs.symlinkSync(path.resolve('.'), path.join(modules, 'verbatim'))
  return folder
}

/** Run one command in a page's folder, where `../shared` is the checkout's sibling, as from a checkout. */
function run(command: string[], cwd: string): Promise<{status: number | null; output: string}> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), {cwd, env: {...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`}})
    let output = ''
    child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
    child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
    child.on('close', (status) => resolve({status, output}))
  })
}

/** Pages run side by side, as many at once as there are cores (at most 4): each page's steps in order. */
const slots = Math.max(1, Math.min(4, os.availableParallelism()))
let running = 0
const waiting: Array<() => void> = []
async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve))
  running++
  try {
    return await work()
  } finally {
    running--
    waiting.shift()?.()
  }
}

const clip = (text: string) => (text.length > 70 ? text.slice(0, 67) + '…' : text)

describe('the commands of the README and docs/, run as written', () => {
  for (const page of pages) {
    const steps = stepsOf(page)
    // Setup: installing, linking, running the suite or a benchmark. Shown to users, not run here.
    for (const step of steps) if (step.kind === 'skip') it.skip(`${page}:${step.line} setup, not run: ${clip(step.command)}`, () => {})
    const runnable = steps.filter((step) => step.kind !== 'skip')
    if (runnable.length === 0) continue
    it.concurrent(`${page}: ${runnable.length} steps`, ({expect}) =>
      withSlot(async () => {
        const cwd = checkout(page)
        for (const step of runnable) {
          const where = `${page}:${step.line}`
          if (step.kind === 'file') {
            fs.writeFileSync(path.join(cwd, step.name), step.content)
          } else if (step.kind === 'js') {
            const file = path.join(cwd, `example-${step.line}.mjs`)
            fs.writeFileSync(file, step.content)
            const result = await run([process.execPath, file], cwd)
            expect(result.status, `${where}: its JavaScript\n${result.output}`).toBe(0)
          } else if (step.kind === 'run') {
            if (step.tool && !hasTool(step.tool)) {
              console.warn(`${where}: not run, ${step.tool} is not installed: ${step.command}`)
              continue
            }
            const result = await run(['bash', '-o', 'pipefail', '-c', step.command], cwd)
            expect(result.status, `${where}: ${step.command}\n${result.output}`).toBe(step.code)
          }
        }
      })
    )
  }
})

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

/** The anchors of a page's headings, numbered as GitHub numbers repeats (`x`, `x-1`…). */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const found = new Set<string>()
  for (const line of withoutBlocks(markdown).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (!heading) continue
    const base = slug(heading[1])
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    found.add(count === 0 ? base : `${base}-${count}`)
  }
  return found
}

/** The page with fenced blocks blanked (their lines kept, so line numbers hold) and inline code removed. */
function withoutCode(markdown: string): string {
  return withoutBlocks(markdown).replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '')
}

/** The page with fenced blocks blanked, their lines kept. */
function withoutBlocks(markdown: string): string {
  const lines = markdown.split('\n')
  let fence: string | undefined
  return lines
    .map((line) => {
      const marker = /^(`{3,}|~{3,})/.exec(line)?.[1]
      if (fence) {
        if (isClosing(line, fence)) fence = undefined
        return ''
      }
      if (marker) {
        fence = marker
        return ''
      }
      return line
    })
    .join('\n')
}

interface Link {
  target: string
  line: number
}

function relativeLinks(markdown: string): Link[] {
  const links: Link[] = []
  withoutCode(markdown)
    .split('\n')
    .forEach((text, index) => {
      for (const match of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
        const target = match[1]
        if (/^[a-z][a-z+.-]*:/i.test(target)) continue
        links.push({target, line: index + 1})
      }
    })
  return links
}

describe('links', () => {
  it.each(pages)('every relative link in %s leads to a file and a heading that exist', (page) => {
    const broken: string[] = []
    for (const {target, line} of relativeLinks(fs.readFileSync(page, 'utf8'))) {
      const [file, anchor] = target.split('#')
      const resolved = file === '' ? page : path.normalize(path.join(path.dirname(page), decodeURIComponent(file)))
      if (!fs.existsSync(resolved)) {
        broken.push(`${page}:${line}: ${target}: no file ${resolved}`)
        continue
      }
      if (anchor && resolved.endsWith('.md') && !anchors(fs.readFileSync(resolved, 'utf8')).has(anchor)) {
        broken.push(`${page}:${line}: ${target}: no heading #${anchor} in ${resolved}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('the README links to every page in docs/', () => {
    const linked = new Set(relativeLinks(fs.readFileSync('README.md', 'utf8')).map(({target}) => path.normalize(target.split('#')[0])))
    expect(pages.filter((page) => page !== 'README.md' && !linked.has(page))).toEqual([])
  })

  it(`the README is a front page: at most ${readmeLimit} lines`, () => {
    expect(fs.readFileSync('README.md', 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(readmeLimit)
  })
})
