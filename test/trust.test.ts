/**
 * Trust (issue 13): files that are not ours are never touched, a run that is
 * interrupted leaves nothing half-written behind, and an input's outputs are
 * written all or none. Each attack runs the built command line as a user (or
 * an attacker) would, and checks the exit code, the message, and the files
 * that must and must not exist afterwards.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {paragraphText, parse, turns} from '../src/index.js'
import type {Transcript} from '../src/model.js'
import {cliPath, runCli} from './helpers/cli.js'
import {corpusFile} from './helpers/corpus.js'
import {hasTool} from './helpers/tools.js'

const temporary = () => fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-trust-'))

/** The temporary files our runs write: `.name.md.<pid>-<random>.partial`. */
const partials = (folder: string) => fs.readdirSync(folder).filter((name) => name.endsWith('.partial'))

/** A folder of `count` copies of a sample transcript. */
function archive(count: number): string {
  const folder = temporary()
  const text = fs.readFileSync(corpusFile('state-2016'))
  for (let index = 0; index < count; index++) fs.writeFileSync(path.join(folder, `t${String(index).padStart(4, '0')}.txt`), text)
  return folder
}

/** Every file of a folder and its bytes, the run's own bookkeeping aside. */
function contents(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of fs.readdirSync(folder).sort()) {
    if (name === '.verbatim-manifest.json') continue
    files[name] = fs.readFileSync(path.join(folder, name)).toString('base64')
  }
  return files
}

describe('words lost while verify says ok', () => {
  const speech = 'The speech goes on here with many important words that must not be lost.'
  it.each(['***', 'End.', 'TO BE CONTINUED', '... To be continued', 'To be continued, he said, but we have more.', 'Source: our own notes say so.', 'Release: the hostages were freed.'])(
    'a `%s` paragraph in the middle of speech sets aside no speech that follows',
    (marker) => {
      const text = `Remarks\n\nSECRETARY KERRY: First part of speech.\n\n${marker}\n\n${speech}\n\nAnd a final paragraph of speech.\n\nCopyright 2016 State. All rights reserved.\n`
      const tree = parse(text)
      const spoken = turns(tree).flatMap((turn) => turn.children.map(paragraphText)).join('\n')
      expect(spoken).toContain(speech)
      expect(spoken).toContain('And a final paragraph of speech.')
      // The footer is still set aside.
      expect(spoken).not.toContain('Copyright')
    }
  )

  it('verify compares the reader with the source: a word the tree lacks fails, the corpus passes', async () => {
    const {lostSourceWords} = await import('../src/verify/source.js')
    const {VFile} = await import('vfile')
    const source = 'Remarks\n\nSECRETARY KERRY: First words here.\n\nQUESTION: A question?\n\nSECRETARY KERRY: Last words.\n'
    const file = new VFile({value: source})
    const tree = parse(file)
    expect(lostSourceWords(String(file.value), tree)).toEqual([])
    // A reader that dropped the question's turn: its words are found missing, where the source has them
    // (the label itself is still the journalists' label in the participants).
    const dropped = {...tree, children: tree.children.filter((block) => !(block.type === 'turn' && block.label === 'QUESTION'))}
    expect(lostSourceWords(String(file.value), dropped).map((lost) => [lost.word, lost.position.line])).toEqual([['A', 5], ['question', 5]])
    const result = runCli(['verify', corpusFile('state-2013'), '-t', 'md'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(': ok (sentences kept: md ')
  })

  it('a header line the metadata does not hold is set aside as it stood, and verify checks the header too', async () => {
    const source = 'For Immediate Release\nDaily Press Briefing\nFriday, May 12, 2023\n2:39 p.m. EDT\n\nMR. PRICE: Good afternoon.\n'
    const tree = parse(source)
    expect(tree.meta.date).toBe('2023-05-12')
    const kept = tree.removed.map((item) => item.value)
    expect(kept).toContain('For Immediate Release')
    // Read into a date and a time, in normal forms: the lines are kept as they stood.
    expect(tree.removed.filter((item) => item.reason === 'metadata').map((item) => item.value)).toEqual(['Friday, May 12, 2023', '2:39 p.m. EDT'])
    // The title's line is held by the metadata and is not repeated.
    expect(kept).not.toContain('Daily Press Briefing')
    const {lostSourceWords} = await import('../src/verify/source.js')
    expect(lostSourceWords(source, tree)).toEqual([])
    // A reader that forgot the line would be caught on line 1.
    const forgot = {...tree, removed: tree.removed.filter((item) => item.value !== 'For Immediate Release')}
    expect(lostSourceWords(source, forgot).map((lost) => [lost.word, lost.position.line])).toEqual([['For', 1], ['Immediate', 1], ['Release', 1]])
  })

  it('verify fails on later turns set aside as a footer, as the old end-marker rule did, and on no file of the corpus', async () => {
    const {lostSourceWords, speechSetAside} = await import('../src/verify/source.js')
    const source = 'Remarks\n\nSECRETARY KERRY: First part of speech.\n\n***\n\nQUESTION: A question after the stars?\n\nSECRETARY KERRY: An answer after them.\n'
    const tree = parse(source)
    expect(speechSetAside(tree)).toEqual([])
    // The old reader: everything after `***` went into `removed` as page furniture. Every word is accounted for, so
    // counting words cannot see it; a label always opens speech, so the set-aside turns can.
    const [first, ...later] = turns(tree)
    const oldReader: Transcript = {
      ...tree,
      children: [first],
      removed: [...tree.removed, ...later.map((turn) => ({reason: 'page-furniture' as const, value: `${turn.label}: ${turn.children.map(paragraphText).join(' ')}`, position: turn.position}))]
    }
    expect(lostSourceWords(source, oldReader)).toEqual([])
    expect(speechSetAside(oldReader).map((found) => [found.label, found.position.line])).toEqual([['QUESTION', 7], ['SECRETARY KERRY', 9]])
    for (const name of fs.readdirSync('corpus').filter((file) => file.endsWith('.txt'))) {
      expect(speechSetAside(parse(fs.readFileSync(path.join('corpus', name)))), name).toEqual([])
    }
  })

  it('after an end marker, a page footer (byline, link, legal notice) is still set aside', () => {
    const tree = parse('Remarks\n\nSECRETARY KERRY: Thank you.\n\nEND\n\nJane Doe\n\n<https://example.org/a>\n\nThe publisher shall assume no liability for the accuracy of the report.\n')
    expect(turns(tree).map((turn) => turn.children.map(paragraphText).join(' '))).toEqual(['Thank you.'])
    expect(tree.removed.map((item) => item.reason)).toEqual(['page-furniture', 'byline', 'link', 'legal-footer'])
  })
})

describe('valid TEI that Verbatim did not write keeps every word', () => {
  const tei = (body: string, prolog = '', prefix = '') =>
    `${prolog}<${prefix}TEI xmlns${prefix ? ':' + prefix.slice(0, -1) : ''}="http://www.tei-c.org/ns/1.0"><${prefix}teiHeader><${prefix}fileDesc><${prefix}titleStmt><${prefix}title>T</${prefix}title></${prefix}titleStmt><${prefix}publicationStmt><${prefix}p/></${prefix}publicationStmt><${prefix}sourceDesc><${prefix}p/></${prefix}sourceDesc></${prefix}fileDesc></${prefix}teiHeader><${prefix}text><${prefix}body>${body}</${prefix}body></${prefix}text></${prefix}TEI>`
  const words = (tree: Transcript) => tree.children.flatMap((block) => (block.type === 'note' ? [block.value] : block.children.map(paragraphText))).join(' ')

  it.each([
    ['text directly in <u>', '<div><u who="#a">Text directly in u.</u></div>', ['Text directly in u.']],
    ['text around a <seg>', '<div><u who="#a">Before <seg>inside seg</seg> after.</u></div>', ['Before', 'inside seg', 'after.']],
    ['<sp> with <speaker>', '<div><sp who="#kerry"><speaker>KERRY</speaker><p>Sp paragraph words.</p></sp></div>', ['Sp paragraph words.']],
    ['<ab>', '<div><ab>An ab block of words.</ab></div>', ['An ab block of words.']],
    ['nested <div>s', '<div><div><div><u who="#a"><seg>Nested division words.</seg></u></div></div></div>', ['Nested division words.']],
    ['<u> straight in <body>', '<u who="#a"><seg>U straight in body.</seg></u>', ['U straight in body.']],
    ['<p> straight in <body>', '<p>P straight in body.</p>', ['P straight in body.']],
    ['a <head>', '<div><head>A heading here</head><p>Para.</p></div>', ['A heading here', 'Para.']],
    ['text straight in a <div>', '<div>Loose text in div.</div>', ['Loose text in div.']],
    ['<s> in a <u>', '<div><u who="#a"><s>Sentence element words.</s></u></div>', ['Sentence element words.']],
    ['words after the last <seg>', '<div><u who="#a"><seg>seg one</seg><pause/> trailing words</u></div>', ['seg one', 'trailing words']]
  ])('%s', async (_shape, body, expected) => {
    const {readTranscript} = await import('../src/convert/read.js')
    const file = path.join(temporary(), 'archive.tei.xml')
    fs.writeFileSync(file, tei(body))
    const {tree} = readTranscript(file)
    for (const text of expected) expect(words(tree)).toContain(text)
    // Every turn has a participant who speaks it.
    for (const turn of turns(tree)) expect(tree.participants.map((p) => p.id)).toContain(turn.speaker)
    // And verify, which compares the tree with the file's own words, agrees.
    const {lostSourceWords} = await import('../src/verify/source.js')
    expect(lostSourceWords(tei(body), tree, 'tei')).toEqual([])
  })

  it.each([
    ['a DOCTYPE', '<?xml version="1.0"?>\n<!DOCTYPE TEI SYSTEM "tei_all.dtd">\n', ''],
    ['an <?xml-model?> line', '<?xml version="1.0"?>\n<?xml-model href="tei_all.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>\n', ''],
    ['a comment', '<!-- exported by an archive -->\n', ''],
    ['a tei: prefix', '', 'tei:']
  ])('is read as TEI, not as plain text, when it begins with %s', async (_case, prolog, prefix) => {
    const {readTranscript} = await import('../src/convert/read.js')
    const file = path.join(temporary(), 'archive.xml')
    fs.writeFileSync(file, tei(`<${prefix}div><${prefix}u who="#a"><${prefix}seg>Spoken words.</${prefix}seg></${prefix}u></${prefix}div>`, prolog, prefix))
    const {tree} = readTranscript(file)
    expect(turns(tree).map((turn) => turn.children.map(paragraphText).join(' '))).toEqual(['Spoken words.'])
  })
})

describe('Markdown with more than Verbatim writes keeps every word', () => {
  const front = '---\ntitle: Remarks\nparticipants:\n  - id: kerry\n    name: John Kerry\n    kind: official\n    labels: [SECRETARY KERRY]\n---\n\n# Remarks\n\n'
  it.each([
    ['a nested quote', '> ¶1 Outer words.\n>\n> > Inner quoted words.\n', ['Outer words.', 'Inner quoted words.']],
    ['a list in a quote', '> ¶1 Before the list.\n>\n> - first item\n> - second item\n', ['first item', 'second item']],
    ['a second heading', '## A section heading\n\n¶1 **SECRETARY KERRY:** Words.\n', ['A section heading', 'Words.']],
    ['an image’s alternative text', '¶1 **SECRETARY KERRY:** See ![the signed agreement](a.png) here.\n', ['the signed agreement']],
    ['a list among the turns', '¶1 **SECRETARY KERRY:** Three points:\n\n- one point\n- two points\n', ['one point', 'two points']]
  ])('%s', async (_shape, body, expected) => {
    const {fromMarkdown} = await import('../src/read/markdown/index.js')
    const tree = fromMarkdown(front + body)
    const text = tree.children.flatMap((block) => (block.type === 'note' ? [block.value] : block.children.map(paragraphText))).join(' ')
    for (const words of expected) expect(text).toContain(words)
    const {lostSourceWords} = await import('../src/verify/source.js')
    expect(lostSourceWords(front + body, tree, 'markdown')).toEqual([])
  })
})

describe('verify compares Markdown and TEI inputs with their own words', () => {
  it.each(['md', 'tei'] as const)('a %s reader that dropped a turn fails verify, with the line of the lost words; the corpus passes', async (format) => {
    const out = convertedTo(corpusFile('state-2016'), format)
    const output = path.join(out, fs.readdirSync(out).find((name) => name.endsWith(`.${format === 'md' ? 'md' : 'tei.xml'}`))!)
    const {readTranscript} = await import('../src/convert/read.js')
    const {lostSourceWords} = await import('../src/verify/source.js')
    const {file, tree, kind} = readTranscript(output)
    expect(kind).toBe(format === 'md' ? 'markdown' : 'tei')
    const source = String(file.value)
    expect(lostSourceWords(source, tree, kind)).toEqual([])
    const last = turns(tree).at(-1)!
    const dropped = {...tree, children: tree.children.filter((block) => block !== last)}
    const lost = lostSourceWords(source, dropped, kind)
    expect(lost.length).toBeGreaterThan(0)
    const lastWords = last.children.map(paragraphText).join(' ')
    for (const word of lost) {
      expect(lastWords.toLowerCase()).toContain(word.word.toLowerCase())
      expect(source.split('\n')[word.position.line - 1].toLowerCase()).toContain(word.word.toLowerCase())
    }
    const result = runCli(['verify', output, '-t', 'md,tei'])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain(': ok (sentences kept: md ')
  })
})

describe('files that are not ours', () => {
  it('--prune with a tampered manifest removes nothing outside the output folder', () => {
    const root = temporary()
    const out = path.join(root, 'out')
    const victim = path.join(root, 'victim.txt')
    fs.writeFileSync(victim, 'not yours\n')
    expect(runCli(['convert', corpusFile('state-2016'), '-t', 'md', '-o', out]).status).toBe(0)
    const manifestFile = path.join(out, '.verbatim-manifest.json')
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    manifest.entries[path.join(root, 'gone.txt')] = {key: 'x', outputs: ['../victim.txt', victim, 'gone.md'], warnings: []}
    fs.writeFileSync(manifestFile, JSON.stringify(manifest))
    fs.writeFileSync(path.join(out, 'gone.md'), 'an output of ours\n')

    const result = runCli(['convert', corpusFile('state-2016'), '-t', 'md', '-o', out, '--prune'])
    expect(result.status).toBe(0)
    expect(fs.readFileSync(victim, 'utf8')).toBe('not yours\n')
    // The entry's own output, a plain name in the folder, is pruned.
    expect(fs.existsSync(path.join(out, 'gone.md'))).toBe(false)
  })

  it('replaces a link planted under an output’s name instead of writing through it', () => {
    const root = temporary()
    const out = path.join(root, 'out')
    fs.mkdirSync(out)
    const victim = path.join(root, 'victim.txt')
    fs.writeFileSync(victim, 'not yours\n')
    fs.symlinkSync(victim, path.join(out, 'state-2016-07-15-kerry-lavrov-remarks.md'))
    expect(runCli(['convert', corpusFile('state-2016'), '-t', 'md', '-o', out]).status).toBe(0)
    expect(fs.readFileSync(victim, 'utf8')).toBe('not yours\n')
    expect(fs.lstatSync(path.join(out, 'state-2016-07-15-kerry-lavrov-remarks.md')).isFile()).toBe(true)
  })

  it('writes temporary files under names nobody can guess, created exclusively', async () => {
    const {StagedOutputs} = await import('../src/convert/write.js')
    const out = temporary()
    const target = path.join(out, 'a.md')
    const staged = new StagedOutputs()
    await staged.stage(target, 'one\n')
    await staged.stage(path.join(out, 'a.tei.xml'), 'two\n')
    const names = partials(out)
    expect(names).toHaveLength(2)
    for (const name of names) expect(name).toMatch(new RegExp(`^\\.a\\.(?:md|tei\\.xml)\\.${process.pid}-[0-9a-f]{12}\\.partial$`))
    staged.discard()
    expect(fs.readdirSync(out)).toEqual([])
  })

  it('refuses to write an output over an input (-o on the inputs’ own folder)', () => {
    const folder = temporary()
    const input = path.join(folder, 'remarks.md')
    const markdown = runCli(['convert', corpusFile('state-2016'), '-t', 'md', '-o', folder])
    expect(markdown.status).toBe(0)
    fs.renameSync(path.join(folder, 'state-2016-07-15-kerry-lavrov-remarks.md'), input)
    const before = fs.readFileSync(input)

    const result = runCli(['convert', input, '-t', 'md', '-o', folder])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${input}: error: its output would overwrite the input ${input}; choose another output folder (-o)`)
    expect(fs.readFileSync(input)).toEqual(before)
  })

  it('refuses a --report or --junit that names an input, before writing anything', () => {
    const folder = archive(2)
    const input = path.join(folder, 't0000.txt')
    const before = fs.readFileSync(input)
    const out = temporary()
    for (const option of ['--report', '--junit']) {
      const result = runCli(['convert', folder, '-t', 'md', '-o', out, option, input])
      expect(result.status).toBe(2)
      expect(result.stderr).toContain(`verbatim: error: the report ${input} would overwrite an input; write it elsewhere`)
      expect(fs.readFileSync(input)).toEqual(before)
    }
    expect(fs.readdirSync(out)).toEqual([])
  })

  it('removes the temporary files of a run that died, keeps those of a run still going, and says so', () => {
    const out = temporary()
    // A process id no process has (above the kernel's largest), and this test's own, which runs.
    const dead = path.join(out, '.old.md.4194999-0123456789ab.partial')
    const oldStyle = path.join(out, '.older.md.4194998.partial')
    const live = path.join(out, `.live.md.${process.pid}-0123456789ab.partial`)
    const foreign = path.join(out, '.notes.partial.bak')
    for (const file of [dead, oldStyle, live, foreign]) fs.writeFileSync(file, 'half\n')

    const result = runCli(['convert', corpusFile('state-2016'), '-t', 'md', '-o', out])
    expect(result.status).toBe(0)
    expect(result.stderr).toContain(`verbatim: removed 2 temporary files an interrupted run left in ${out}`)
    expect(fs.existsSync(dead)).toBe(false)
    expect(fs.existsSync(oldStyle)).toBe(false)
    expect(fs.existsSync(live)).toBe(true)
    expect(fs.existsSync(foreign)).toBe(true)
  })
})

describe('incremental runs redo what changed', () => {
  it('a changed SOURCE_DATE_EPOCH converts the file again', () => {
    const out = temporary()
    const input = corpusFile('state-2016')
    expect(runCli(['convert', input, '-t', 'docx', '-o', out], {env: {SOURCE_DATE_EPOCH: '1700000000'}}).stderr).toContain('1 converted')
    expect(runCli(['convert', input, '-t', 'docx', '-o', out], {env: {SOURCE_DATE_EPOCH: '1700000000'}}).stderr).toContain('0 converted, 0 failed, 1 skipped')
    expect(runCli(['convert', input, '-t', 'docx', '-o', out], {env: {SOURCE_DATE_EPOCH: '1800000000'}}).stderr).toContain('1 converted')
  })

  it('an input whose outputs another input has since overwritten is converted again', () => {
    const root = temporary()
    const a = path.join(root, 'a', 'same.txt')
    const b = path.join(root, 'b', 'same.txt')
    fs.mkdirSync(path.dirname(a))
    fs.mkdirSync(path.dirname(b))
    fs.copyFileSync(corpusFile('state-2016'), a)
    fs.copyFileSync(corpusFile('state-2015'), b)
    const out = temporary()
    for (const input of [a, b]) expect(runCli(['convert', input, '-t', 'md', '-o', out]).status).toBe(0)
    const again = runCli(['convert', a, '-t', 'md', '-o', out])
    expect(again.stderr).toContain('1 converted')
    expect(fs.readFileSync(path.join(out, 'same.md'), 'utf8')).toBe(runCliOutput(a))
  })

  it('two inputs with one base name from two folders: the second fails, the first keeps its outputs', () => {
    const root = temporary()
    for (const folder of ['a', 'b']) {
      fs.mkdirSync(path.join(root, folder))
      fs.copyFileSync(corpusFile('state-2016'), path.join(root, folder, 'same.txt'))
    }
    const out = temporary()
    const result = runCli(['convert', path.join(root, 'a'), path.join(root, 'b'), '-t', 'md', '-o', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${path.join(root, 'b', 'same.txt')}: error: its outputs would overwrite those of ${path.join(root, 'a', 'same.txt')} (same name); rename one of them`)
  })
})

describe('registries', () => {
  it('refuses two entries with one id, naming both, instead of merging two people', () => {
    const registry = path.join(temporary(), 'people.yaml')
    fs.writeFileSync(registry, '- name: John Kerry\n  id: kerry\n- name: Jon Kerry\n  id: kerry\n')
    const result = runCli(['convert', corpusFile('state-2016'), '-t', 'md', '-o', temporary(), '--registry', registry])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${registry}: entries 0 (John Kerry) and 1 (Jon Kerry) have the same id “kerry”; give each person an id of their own`)
  })

  it('names the entry and the key of a wrong value', () => {
    const registry = path.join(temporary(), 'people.yaml')
    fs.writeFileSync(registry, '- name: John Kerry\n- name: X\n  kind: boss\n')
    const result = runCli(['convert', corpusFile('state-2016'), '-t', 'md', '-o', temporary(), '--registry', registry])
    expect(result.stderr).toMatch(/1\.kind: Invalid option: expected one of "official"\|"moderator"\|"journalist"\|"unknown"/)
  })
})

describe('messages name outputs, never temporary files', () => {
  it('an output that cannot be put in place is named, not its temporary file', () => {
    const out = temporary()
    // A folder where the output should go: no rename can replace it.
    fs.mkdirSync(path.join(out, 'state-2016-07-15-kerry-lavrov-remarks.md', 'inside'), {recursive: true})
    const result = runCli(['convert', corpusFile('state-2016'), '-t', 'md', '-o', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('state-2016-07-15-kerry-lavrov-remarks.md')
    expect(result.stderr).not.toContain('.partial')
    expect(partials(out)).toEqual([])
  })
})

describe('all of an input’s outputs or none', () => {
  it('a format that fails leaves no other format’s file of that input', () => {
    const folder = temporary()
    const plugin = path.join(folder, 'late-failure.js')
    fs.writeFileSync(plugin, `export default {name: 'late', extension: 'late.txt', description: 'fails after Markdown was rendered', render() { throw new Error('the late format failed') }}\n`)
    const out = temporary()
    const result = runCli(['--plugin', plugin, 'convert', corpusFile('state-2016'), '-t', 'md,late', '-o', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('error: the late format failed')
    expect(fs.readdirSync(out).filter((name) => name !== '.verbatim-manifest.json')).toEqual([])
  })
})

/** The folder a clean run of `input` in `format` wrote to. */
function convertedTo(input: string, format: string): string {
  const out = temporary()
  expect(runCli(['convert', input, '-t', format, '-o', out]).status).toBe(0)
  return out
}

/** The Markdown a clean run makes of `input`. */
function runCliOutput(input: string): string {
  const out = temporary()
  expect(runCli(['convert', input, '-t', 'md', '-o', out]).status).toBe(0)
  return fs.readFileSync(path.join(out, path.basename(input, '.txt') + '.md'), 'utf8')
}

/** Start a conversion and stop it with `signal` once `outDir` holds `after` outputs. */
function interrupt(args: string[], outDir: string, signal: NodeJS.Signals, after: number): Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setInterval(() => {
      const written = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((name) => name.endsWith('.md')).length : 0
      if (written >= after) {
        clearInterval(timer)
        child.kill(signal)
      }
    }, 5)
    child.on('exit', (code, killedBy) => {
      clearInterval(timer)
      resolve({code, signal: killedBy, stderr})
    })
  })
}

/** Start a conversion and stop it with `signal` after `delay` milliseconds (unless it ends first). */
function killAfter(args: string[], signal: NodeJS.Signals, delay: number): Promise<{code: number | null; signal: NodeJS.Signals | null}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {stdio: 'ignore'})
    const timer = setTimeout(() => child.kill(signal), delay)
    child.on('exit', (code, killedBy) => {
      clearTimeout(timer)
      resolve({code, signal: killedBy})
    })
  })
}

/** How many inputs the manifest in `out` records as done. */
function manifestEntries(out: string): number {
  const file = path.join(out, '.verbatim-manifest.json')
  return fs.existsSync(file) ? Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).entries ?? {}).length : 0
}

/** A small seeded generator (mulberry32): the same seed, the same moments. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('interrupted runs', () => {
  it('Ctrl-C and SIGTERM exit 130 and 143 with a message, leaving no temporary file', async () => {
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      const folder = archive(150)
      const out = temporary()
      const result = await interrupt(['convert', folder, '-t', 'md,tei', '-o', out, '-j', '2'], out, signal, 10)
      expect(result.code).toBe(code)
      expect(result.stderr).toMatch(new RegExp(`verbatim: interrupted by ${signal}: \\d+ temporary files? removed`))
      expect(partials(out)).toEqual([])
    }
  })

  it('after kill -9 at ten random moments of a 2,000-file batch, a re-run leaves no temporary file and the same bytes as a clean run', async () => {
    const folder = archive(2000)
    const args = (out: string) => ['convert', folder, '-t', 'md,tei', '-o', out, '-j', '2']
    const clean = temporary()
    const started = performance.now()
    expect(runCli(args(clean)).status).toBe(0)
    const cleanMs = performance.now() - started

    // Moments drawn from a seeded generator, so a failure can be replayed with
    // VERBATIM_KILL_SEED; they span the whole run, start-up and manifest saves included.
    const seed = Number(process.env.VERBATIM_KILL_SEED ?? 20261201)
    const random = seededRandom(seed)
    const out = temporary()
    const moments: number[] = []
    let killedCount = 0
    for (let kill = 0; kill < 10; kill++) {
      // Within what is left to do: a re-run converts only what the manifest does not already hold.
      const left = 1 - manifestEntries(out) / 2000
      const delay = Math.round(random() * Math.max(300, cleanMs * left))
      moments.push(delay)
      const result = await killAfter(args(out), 'SIGKILL', delay)
      if (result.signal === 'SIGKILL') killedCount++
    }
    const context = `seed ${seed}, kills at ${moments.join(', ')} ms of a ${Math.round(cleanMs)} ms run`
    // A run may finish before its moment once earlier runs did most of the work; most must not.
    expect(killedCount, context).toBeGreaterThanOrEqual(5)
    const rerun = runCli(args(out))
    expect(rerun.status, context).toBe(0)
    expect(partials(out), context).toEqual([])
    expect(contents(out), context).toEqual(contents(clean))
  }, 300_000)
})

describe('never fall over', () => {
  it('refuses a pipe or a device named .txt instead of hanging, and converts the other inputs', () => {
    const folder = temporary()
    spawnSync('mkfifo', [path.join(folder, 'pipe.txt')])
    fs.symlinkSync('/dev/zero', path.join(folder, 'zero.txt'))
    fs.copyFileSync(corpusFile('state-2016'), path.join(folder, 'good.txt'))
    const out = temporary()
    const result = runCli(['convert', folder, '-t', 'md', '-o', out])
    expect(result.status).toBe(1)
    for (const name of ['pipe.txt', 'zero.txt']) {
      expect(result.stderr).toContain(`${path.join(folder, name)}: error: not a regular file (a pipe, a device or a socket): Verbatim reads transcripts from files only`)
    }
    expect(result.stderr).toContain('1 converted, 2 failed')
    expect(fs.existsSync(path.join(out, 'good.md'))).toBe(true)
  })

  it('a plugin whose render returns [1, 2, 3] fails that file with a message, and the run goes on', () => {
    const folder = temporary()
    const plugin = path.join(folder, 'numbers.js')
    fs.writeFileSync(plugin, `export default {name: 'numbers', extension: 'num', description: 'returns numbers', render() { return [1, 2, 3] }}\n`)
    const out = temporary()
    const result = runCli(['--plugin', plugin, 'convert', corpusFile('state-2016'), '-t', 'md,numbers', '-o', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('error: the format for state-2016-07-15-kerry-lavrov-remarks.num gave an array, not text, bytes or a stream of them')
    expect(partials(out)).toEqual([])
  })

  it('a plugin that calls process.exit fails its file, and the run goes on and says so', () => {
    const folder = temporary()
    const plugin = path.join(folder, 'quitter.js')
    fs.writeFileSync(plugin, `export default {name: 'quit', extension: 'quit', description: 'exits', render(tree) { if (JSON.stringify(tree).includes('QUIT')) process.exit(3); return 'ok\\n' }}\n`)
    const inputs = temporary()
    fs.copyFileSync(corpusFile('state-2016'), path.join(inputs, 'a.txt'))
    fs.writeFileSync(path.join(inputs, 'b.txt'), 'Remarks\n\nSECRETARY KERRY: QUIT now.\n')
    fs.copyFileSync(corpusFile('state-2015'), path.join(inputs, 'c.txt'))
    const out = temporary()
    const result = runCli(['--plugin', plugin, 'convert', inputs, '-t', 'quit', '-o', out, '-j', '1'])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/b\.txt: error: the conversion worker stopped/)
    expect(result.stderr).toContain('2 converted, 1 failed')
    expect(fs.existsSync(path.join(out, 'a.quit')) && fs.existsSync(path.join(out, 'c.quit'))).toBe(true)
  })

  it('refuses an input over the size limit with a message that says how to raise it', () => {
    const input = path.join(temporary(), 'big.txt')
    fs.writeFileSync(input, 'Remarks\n\nSECRETARY KERRY: ' + 'word '.repeat(400_000) + '\n')
    const refused = runCli(['convert', input, '-t', 'md', '-o', temporary(), '--max-input', '1'])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain(`${input}: error: the file is 2 MB, more than the 1 MB an input may have; raise the limit with --max-input <MB>`)
    expect(runCli(['convert', input, '-t', 'md', '-o', temporary(), '--max-input', '3']).status).toBe(0)
  })

  it.skipIf(!hasTool('pdftotext'))('a 200 KB unbroken token is set in the PDF, every character of it kept', () => {
    const folder = temporary()
    const input = path.join(folder, 'token.txt')
    const token = 'x'.repeat(200_000)
    fs.writeFileSync(input, `Remarks\n\nSECRETARY KERRY: See ${token} and more.\n`)
    const out = temporary()
    const result = runCli(['convert', input, '-t', 'pdf', '-o', out])
    expect(result.status).toBe(0)
    const text = spawnSync('pdftotext', [path.join(out, 'token.pdf'), '-'], {encoding: 'utf8', maxBuffer: 1 << 26}).stdout
    // Lines (and pages) are broken inside the token; no character is lost, and the break opportunities leave no mark.
    expect(text.split('x').length - 1).toBe(token.length)
    expect(text.includes('and more.')).toBe(true)
    expect(text.includes('\u200B')).toBe(false)
  })

  it('TEI nested deeper than 1,000 elements is refused with a clear error, naming the file and line', async () => {
    const {readTranscript} = await import('../src/convert/read.js')
    const file = path.join(temporary(), 'deep.tei.xml')
    const depth = 5000
    fs.writeFileSync(file, `<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div><u><seg>${'<hi>'.repeat(depth)}w${'</hi>'.repeat(depth)}</seg></u></div></body></text></TEI>`)
    expect(() => readTranscript(file)).toThrow(/elements nested deeper than 1000: not a transcript this reader can follow/)
  })

  it('200,000 paragraphs in one turn are read and written without overflowing the stack', async () => {
    const {getEmitter} = await import('../src/index.js')
    const tree = parse('Remarks\n\nSECRETARY KERRY: Opening.\n\n' + 'More words.\n\n'.repeat(200_000))
    expect(turns(tree)[0].children).toHaveLength(200_001)
    const markdown = (await getEmitter('md')!.render(tree, {} as never)) as string
    expect(markdown.split('More words.').length - 1).toBe(200_000)
  }, 60_000)

  it('10,000 distinct speakers: every turn keeps its own speaker', () => {
    const lines = ['Remarks', '']
    // Names of letters only, all different: `SPEAKER BAA`, `SPEAKER BAB`, …
    const letters = (n: number) => [2, 1, 0].map((place) => String.fromCharCode(65 + (Math.floor(n / 26 ** place) % 26))).join('')
    for (let index = 0; index < 10_000; index++) lines.push(`SPEAKER B${letters(index)}: Words.`, '')
    const tree = parse(lines.join('\n'))
    expect(turns(tree)).toHaveLength(10_000)
    expect(new Set(turns(tree).map((turn) => turn.speaker)).size).toBe(10_000)
  })
})

describe('say so in conventional words', () => {
  it.each([
    ['an empty folder', () => ['convert', temporary(), '-t', 'md', '-o', temporary()], 2, /^verbatim: error: no transcripts found in .+ \(a folder is searched for files ending in \.txt, \.md, \.vtt, \.srt, \.html, \.htm or \.docx\)$/m],
    ['-t with no format', () => ['convert', corpusFile('state-2016'), '-t', ',', '-o', temporary()], 2, /^verbatim: error: no format given \(-t ","\); name one or more of md, json, docx, pdf, tei, all$/m],
    ['a near miss of a format', () => ['convert', corpusFile('state-2016'), '-t', 'mdd', '-o', temporary()], 2, /^verbatim: error: unknown format “mdd”; did you mean “md”\? Known: /m],
    // An input that cannot be read failed, as the summary says: exit 1, like an unreadable file; 2 is for a wrong command.
    ['a lone missing file', () => ['convert', '/nonexistent/talk.txt', '-t', 'md', '-o', temporary()], 1, /^\/nonexistent\/talk\.txt: error: no such file or folder\n0 converted, 1 failed, /m],
    ['verify of a missing file', () => ['verify', '/nonexistent/talk.txt', '-t', 'md'], 1, /^\/nonexistent\/talk\.txt: error: no such file or folder$/m]
  ])('%s', (_case, args, code, message) => {
    const result = runCli(args())
    expect(result.status).toBe(code)
    expect(result.stderr).toMatch(message)
  })

  it.each([
    ['participants that are not a list', 'participants: hello\n', 'front matter: participants: Invalid input: expected array, received string'],
    ['a date that is no date', 'date: 2024-13-45\nparticipants: []\n', 'front matter: date: expected a date as YYYY-MM-DD'],
    ['two participants with one id', 'participants:\n  - {id: a, name: A, kind: official, labels: [A]}\n  - {id: a, name: B, kind: official, labels: [B]}\n', 'front matter: participants 0 and 1 have the same id “a”']
  ])('Markdown front matter with %s: a message naming the key, not a programmer’s error', (_case, yaml, message) => {
    const input = path.join(temporary(), 'talk.md')
    fs.writeFileSync(input, `---\ntitle: T\n${yaml}---\n\n¶1 **A:** Words.\n`)
    const result = runCli(['convert', input, '-t', 'all', '-o', temporary()])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${input}: error: ${message}`)
  })

  it('the JSON report tells info from warnings, and says the same of a skipped file on a re-run', () => {
    const out = temporary()
    const reports = [path.join(temporary(), 'first.json'), path.join(temporary(), 'again.json')]
    for (const report of reports) expect(runCli(['convert', corpusFile('mfa'), '-t', 'md', '-o', out, '--report', report]).status).toBe(0)
    const [first, again] = reports.map((report) => JSON.parse(fs.readFileSync(report, 'utf8')).files[0])
    expect(first.status).toBe('converted')
    expect(again.status).toBe('skipped')
    expect(first.warnings.length).toBeGreaterThan(0)
    expect(first.warnings.every((warning: {severity: string; fatal: unknown}) => warning.severity === (warning.fatal ? 'error' : warning.fatal === false ? 'warning' : 'info'))).toBe(true)
    expect(again.warnings).toEqual(first.warnings)
  })

  it('-o - writes one input in one format to standard output, byte for byte what -o <dir> writes, and nothing on disk', () => {
    const cwd = temporary()
    const piped = runCli(['convert', corpusFile('state-2016'), '-t', 'tei', '-o', '-'], {cwd})
    expect(piped.status).toBe(0)
    expect(piped.stdout).toBe(fs.readFileSync(path.join(convertedTo(corpusFile('state-2016'), 'tei'), 'state-2016-07-15-kerry-lavrov-remarks.tei.xml'), 'utf8'))
    expect(fs.readdirSync(cwd)).toEqual([])
    const two = runCli(['convert', corpusFile('state-2016'), '-t', 'md,tei', '-o', '-'], {cwd})
    expect(two.status).toBe(2)
    expect(two.stderr).toContain('verbatim: error: -o - writes one input in one format to standard output')
  })

  it('a file name with terminal escapes is printed with them shown, never sent to the terminal', () => {
    const folder = temporary()
    const name = 'b\u001b]0;pwned\u0007.txt'
    fs.writeFileSync(path.join(folder, name), 'no date here\n\nSECRETARY KERRY: hi\n')
    const result = runCli(['convert', folder, '-t', 'md', '-o', temporary()])
    expect(result.stderr).toContain('b\\x1b]0;pwned\\x07.txt:1:1: warning: No date found')
    expect(result.stderr).not.toMatch(/[\u001b\u0007]/)
  })

  it.each(['convert', 'inspect', 'verify', 'packet'])('`%s --help` shows its arguments and examples', (command) => {
    const help = runCli([command, '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Arguments:\n {2}inputs? +\S/m)
    expect(help.stdout).toMatch(new RegExp(`^Examples:\\n {2}verbatim ${command} `, 'm'))
  })

  it('reads format names without case', () => {
    const out = temporary()
    expect(runCli(['convert', corpusFile('state-2016'), '-t', 'MD,Tei', '-o', out]).status).toBe(0)
    expect(fs.readdirSync(out).filter((name) => !name.startsWith('.')).sort()).toEqual(['state-2016-07-15-kerry-lavrov-remarks.md', 'state-2016-07-15-kerry-lavrov-remarks.tei.xml'])
  })
})

describe('templates', () => {
  it('a template extends a built-in one and gives only what it changes', async () => {
    const {loadTemplate} = await import('../src/template/load.js')
    const file = path.join(temporary(), 'desk.json')
    fs.writeFileSync(file, JSON.stringify({extends: 'briefing', name: 'desk', marking: {enabled: true}}))
    const desk = loadTemplate(file)
    const briefing = loadTemplate('briefing')
    expect(desk.name).toBe('desk')
    expect(desk.marking).toEqual({...briefing.marking, enabled: true})
    expect(desk.page).toEqual(briefing.page)
    const result = runCli(['convert', corpusFile('state-2016'), '-t', 'pdf', '-o', temporary(), '--template', file])
    expect(result.status).toBe(0)
  })

  it('a template that extends itself is refused, naming the chain', async () => {
    const {loadTemplate} = await import('../src/template/load.js')
    const folder = temporary()
    fs.writeFileSync(path.join(folder, 'a.json'), JSON.stringify({extends: './b.json'}))
    fs.writeFileSync(path.join(folder, 'b.json'), JSON.stringify({extends: './a.json'}))
    expect(() => loadTemplate(path.join(folder, 'a.json'))).toThrow(/a\.json: extends itself \(a\.json → b\.json → a\.json\)/)
  })
})

describe('the library', () => {
  it('renders every built-in format for a caller who gives no template, timestamp or version', async () => {
    const {getEmitter} = await import('../src/index.js')
    const tree = parse(fs.readFileSync(corpusFile('state-2016'), 'utf8'))
    for (const name of ['md', 'tei', 'docx', 'pdf']) {
      const rendered = await getEmitter(name)!.render(tree, {} as never)
      let size = 0
      if (typeof rendered === 'string' || rendered instanceof Uint8Array) size = rendered.length
      else for await (const chunk of rendered) size += chunk.length
      expect(size, name).toBeGreaterThan(1000)
    }
  })
})
