/**
 * Bad input gets a clear error, never a crash (issue 8): each case below
 * runs the built CLI on the bad input together with a good one, and checks
 * the message (naming the file), the exit code, that no stack trace is
 * printed, that no partial file is left, and that the good input was still
 * converted. Then encodings, characters no format carries, safe output names
 * and very large inputs.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {readTranscript} from '../src/convert/read.js'
import {outputPath} from '../src/convert/inputs.js'
import {docxEmitter} from '../src/emit/docx/index.js'
import {teiEmitter} from '../src/emit/tei/index.js'
import type {Transcript} from '../src/model.js'
import {paragraphs, paragraphText, turns} from '../src/model.js'
import {decode, repairMojibake} from '../src/parse/decode.js'
import {parse} from '../src/parse/index.js'
import {loadTemplate} from '../src/template/load.js'
import {renderedBytes} from '../src/verify/index.js'
import {canTestPermissions, runCli} from './helpers/cli.js'
import {parseXml} from './helpers/tei.js'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-robust-'))
// Open to other users: the permission cases run as one (see `runCli`).
fs.chmodSync(root, 0o755)
afterAll(() => fs.rmSync(root, {recursive: true, force: true}))

let counter = 0
/** A fresh folder for one case. */
function folder(): string {
  const dir = path.join(root, `case-${++counter}`)
  fs.mkdirSync(dir, {recursive: true})
  return dir
}

const goodText = 'Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: Good morning, everybody.\n'

interface BadCase {
  name: string
  /** Creates the bad input in `dir`; returns the command-line arguments before the options. */
  make: (dir: string) => string[]
  /** Extra options (the output folder is added unless `out` gives one). */
  options?: (dir: string) => string[]
  exit: number
  /** What standard error must say. */
  message: RegExp
  /** The good input given alongside is still converted. */
  goodConverted?: boolean
  /** A permission check: run as a user root is not (see `runCli`). */
  unprivileged?: boolean
}

const write = (file: string, content: string | Uint8Array) => {
  fs.writeFileSync(file, content)
  return file
}

const badCases: BadCase[] = [
  {name: 'an empty file', make: (dir) => [write(path.join(dir, 'empty.txt'), '')], exit: 1, message: /empty\.txt: error: the file is empty/},
  {
    name: 'a file of white space',
    make: (dir) => [write(path.join(dir, 'blank.txt'), '  \n\t\r\n\u00A0\u200B\n\n')],
    exit: 1,
    message: /blank\.txt: error: the file holds only white space/
  },
  {
    name: 'a PNG image',
    make: (dir) => [write(path.join(dir, 'photo.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))],
    exit: 1,
    message: /photo\.txt: error: this is a PNG image, not a text transcript; save or export it as plain text/
  },
  {
    name: 'a PDF',
    make: (dir) => [write(path.join(dir, 'scan.txt'), '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< >>\nendobj\n')],
    exit: 1,
    message: /scan\.txt: error: this is a PDF document/
  },
  {
    name: 'a zip (a .docx saved as .txt)',
    make: (dir) => [write(path.join(dir, 'word.txt'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]))],
    exit: 1,
    message: /word\.txt: error: this is a zip archive \(a Word \.docx/
  },
  {
    name: 'binary data',
    make: (dir) => [write(path.join(dir, 'data.txt'), Uint8Array.from({length: 4096}, (_, i) => (i * 7919) % 256))],
    exit: 1,
    message: /data\.txt: error: this is binary data/
  },
  {
    name: 'TEI that is not well-formed',
    make: (dir) => [write(path.join(dir, 'cut.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>\n<fileDesc></teiHeader>')],
    exit: 1,
    // The place where the XML breaks, as a compiler prints it, and only once.
    message: /cut\.xml:2:\d+: error: not well-formed XML: [a-z]/
  },
  {
    name: 'a caption file in which no cue can be read',
    make: (dir) => [write(path.join(dir, 'cues.vtt'), 'WEBVTT\n\n00:00:01.000 --> soon\nHello.\n')],
    exit: 1,
    message: /cues\.vtt:3:1: error: no WebVTT cue can be read: the cue timing/
  },
  {
    name: 'a missing path',
    make: (dir) => [path.join(dir, 'no-such-transcript.txt')],
    exit: 1,
    message: /no-such-transcript\.txt: error: no such file or folder/
  },
  {
    name: 'an unreadable file',
    make: (dir) => {
      const file = write(path.join(dir, 'secret.txt'), goodText)
      fs.chmodSync(file, 0o000)
      return [file]
    },
    exit: 1,
    message: /secret\.txt: error: permission denied: the file cannot be read/,
    // Root reads every file whatever its mode: run as a user without privileges.
    unprivileged: true
  },
  {
    name: 'a file with no recognisable speaker (converted as narrative, with a warning)',
    make: (dir) => [write(path.join(dir, 'prose.txt'), 'it was a quiet day in the capital and nothing was said on the record.\n')],
    exit: 0,
    message: /prose\.txt:1:1: warning: No speaker found: .* kept as narrative \[no-speaker\]/
  },
  {
    name: 'an output folder that is a file',
    make: () => [],
    options: (dir) => ['-o', write(path.join(dir, 'not-a-folder'), 'x')],
    exit: 1,
    message: /not-a-folder: error: a file of this name is in the way of the output folder/,
    goodConverted: false
  },
  {
    name: 'an output folder without write permission',
    make: () => [],
    options: (dir) => {
      const out = path.join(dir, 'locked')
      fs.mkdirSync(out, {mode: 0o500})
      return ['-o', out]
    },
    exit: 1,
    message: /locked.*: error: .*permission denied: the output cannot be written here/,
    goodConverted: false,
    unprivileged: true
  },
  {
    name: 'an output name taken by a folder',
    make: (dir) => {
      fs.mkdirSync(path.join(dir, 'out', 'taken.md'), {recursive: true})
      return [write(path.join(dir, 'taken.txt'), goodText)]
    },
    exit: 1,
    message: /taken\.txt: error: .*taken\.md: this is a folder, not a file/
  },
  {
    name: 'a broken template',
    make: () => [],
    options: (dir) => ['--template', write(path.join(dir, 'broken.json'), '{"page": ')],
    exit: 2,
    message: /verbatim: error: .*broken\.json: not valid JSON/,
    goodConverted: false
  },
  {
    name: 'a broken registry beside the input',
    make: (dir) => {
      const sub = path.join(dir, 'with-registry')
      fs.mkdirSync(sub)
      write(path.join(sub, 'people.yaml'), '- id: [unclosed\n')
      return [write(path.join(sub, 'named.txt'), goodText)]
    },
    exit: 1,
    message: /named\.txt: error: .*people\.yaml: not valid YAML or JSON/
  }
]

describe('bad input: a message naming the file, the right exit code, nothing half-written, the rest converted', () => {
  it.for(badCases)('$name → exit $exit', ({make, options, exit, message, goodConverted = true, unprivileged}, context) => {
    if (unprivileged && !canTestPermissions()) context.skip('running as root with no setpriv to drop to another user: a permission check would pass without checking')
    const dir = folder()
    const good = write(path.join(dir, 'good.txt'), goodText)
    const extra = options?.(dir) ?? []
    const out = extra.includes('-o') ? extra[extra.indexOf('-o') + 1] : path.join(dir, 'out')
    const result = runCli(['convert', ...make(dir), good, '-t', 'md,tei', ...(extra.includes('-o') ? [] : ['-o', out]), ...extra, '-j', '1'], {
      unprivileged: unprivileged ? {owned: [dir]} : undefined
    })

    expect(result.stderr).toMatch(message)
    expect(result.status).toBe(exit)
    // No stack trace, no internal error names.
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(result.stderr).not.toMatch(/\b(?:TypeError|RangeError|ENOENT|EACCES|EISDIR|EEXIST|ENOTDIR):/)
    if (fs.existsSync(out) && fs.statSync(out).isDirectory()) {
      expect(fs.readdirSync(out).filter((name) => name.includes('.partial'))).toEqual([])
    }
    if (goodConverted) {
      expect(fs.readFileSync(path.join(out, 'good.md'), 'utf8')).toContain('Good morning, everybody.')
    }
  })

  it('a folder where a file was expected (inspect, verify)', () => {
    const dir = folder()
    const inspect = runCli(['inspect', dir])
    expect(inspect.stderr).toBe(`${dir}: error: this is a folder, not a file; name the transcripts in it, or convert the folder with \`verbatim convert\`\n`)
    expect(inspect.status).toBe(1)
  })

  it('a missing path given to inspect', () => {
    const missing = path.join(folder(), 'gone.txt')
    const result = runCli(['inspect', missing])
    expect(result.stderr).toBe(`${missing}: error: no such file or folder\n`)
    expect(result.status).toBe(1)
  })

  it('standard input that is empty', () => {
    const out = folder()
    const result = runCli(['convert', '-', '-o', out, '-t', 'md'], {input: ''})
    expect(result.stderr).toMatch(/^-: error: the file is empty|stdin: error: the file is empty/m)
    expect(result.status).toBe(1)
  })
})

// ------------------------------------------------------------------ encodings

/** The speech of a transcript: every turn’s paragraphs. */
function speech(tree: Transcript): string {
  return turns(tree).flatMap((turn) => turn.children.map(paragraphText)).join('\n')
}

function readBytes(bytes: Uint8Array, name = 'input.txt'): {tree: Transcript; file: VFile} {
  const file = path.join(folder(), name)
  fs.writeFileSync(file, bytes)
  return readTranscript(file)
}

const utf16 = (text: string, endian: 'le' | 'be', bom = true): Uint8Array => {
  const body = Buffer.from(text, 'utf16le')
  if (endian === 'be') body.swap16()
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body
}

const windows1252 = (text: string): Uint8Array => {
  const table: Record<string, number> = {'“': 0x93, '”': 0x94, '’': 0x92, '–': 0x96, '€': 0x80}
  return Uint8Array.from([...text].map((char) => table[char] ?? char.charCodeAt(0)))
}

/** Windows-1252’s characters for bytes 0x80–0x9F. */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** What UTF-8 text becomes when a program reads it as Windows-1252. */
const mojibake = (text: string): string =>
  [...Buffer.from(text)].map((byte) => (byte >= 0x80 && byte <= 0x9f ? cp1252High[byte - 0x80] : String.fromCharCode(byte))).join('')

const spoken = 'SECRETARY KERRY: Café “naïve” – don’t, señor.'
const expected = 'Café “naïve” – don’t, señor.'

describe('encodings: detected, converted, reported', () => {
  it.each([
    ['UTF-8', Buffer.from(spoken), []],
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(spoken)]), []],
    ['UTF-16 LE with a byte order mark', utf16(spoken, 'le'), []],
    ['UTF-16 BE with a byte order mark', utf16(spoken, 'be'), []],
    ['UTF-16 LE without one', utf16(spoken, 'le', false), ['encoding']],
    ['Windows-1252', windows1252(spoken), ['encoding']],
    ['mojibake: UTF-8 read as Windows-1252, saved as UTF-8', Buffer.from(mojibake(spoken)), ['mojibake']]
  ] as Array<[string, Uint8Array, string[]]>)('%s', (_, bytes, rules) => {
    const {tree, file} = readBytes(bytes)
    expect(speech(tree)).toBe(expected)
    // The input has no header: its missing date and title are warned about, and beside the point here.
    const warnings = file.messages.filter((m) => m.fatal === false && m.ruleId !== 'no-date' && m.ruleId !== 'no-title')
    expect(warnings.map((m) => m.ruleId)).toEqual(rules)
  })

  it('Latin-1 (no Windows-1252 punctuation) is named as such, with a warning', () => {
    const {tree, file} = readBytes(Uint8Array.from([...'SECRETARY KERRY: Café naïve, señor.'].map((c) => c.charCodeAt(0))))
    expect(speech(tree)).toBe('Café naïve, señor.')
    const warning = file.messages.find((m) => m.ruleId === 'encoding')!
    expect(warning.reason).toMatch(/read as Latin-1 \(ISO-8859-1\); save it as UTF-8/)
    expect(warning.fatal).toBe(false)
  })

  it('Windows-1252 is named, with a warning at line 1', () => {
    const {file} = readBytes(windows1252(spoken))
    const warning = file.messages.find((m) => m.ruleId === 'encoding')!
    expect([warning.reason, warning.line]).toEqual([expect.stringMatching(/read as Windows-1252/), 1])
  })

  it('mojibake repair changes only sequences that are UTF-8 once turned back into bytes', () => {
    expect(repairMojibake('donâ€™t â€” Ã©tÃ© Â£5').text).toBe('don’t — été £5')
    // Text that merely contains such letters stays.
    expect(repairMojibake('Â bientôt, à Ã').text).toBe('Â bientôt, à Ã')
    expect(repairMojibake('ÂÂ€').count).toBe(0)
    // Without the damage’s signature anywhere, nothing is taken for it.
    expect(repairMojibake('Å… and Ä…').text).toBe('Å… and Ä…')
    expect(repairMojibake('SEÑ… ¿Qué?').text).toBe('SEÑ… ¿Qué?')
    expect(repairMojibake('Ð¡ÐµÑ€Ð³ÐµÐ¹').text).toBe('Сергей')
  })

  it('CRLF, CR, non-breaking and zero-width spaces, tabs', () => {
    const text = 'Remarks\r\n\r\nMay 1, 2014\r\rSECRETARY\u00A0KERRY:\tGood\u200B morning,\u00A0every\u200Bbody.\r\n\r\nQUESTION:\u2003Thank\t\tyou.\r'
    const {tree} = readBytes(Buffer.from(text))
    expect(turns(tree).map((turn) => [turn.label, turn.children.map(paragraphText).join()])).toEqual([
      ['SECRETARY KERRY', 'Good morning, everybody.'],
      ['QUESTION', 'Thank you.']
    ])
    expect(tree.meta.date).toBe('2014-05-01')
  })

  it('a line number in a message counts CR-only line ends', () => {
    const {file} = readBytes(Buffer.from('Remarks\rMay 1, 2014\r\rSECRETARY KERRY: Good \u0007morning.\r'))
    const message = file.messages.find((m) => m.ruleId === 'control-character')!
    expect([message.line, message.column]).toEqual([4, 23])
  })

  it('decode refuses what is not text and names what it is', () => {
    expect(() => decode(Buffer.from('%PDF-1.4'))).toThrow(/a PDF document/)
    expect(() => decode(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toThrow(/a JPEG image/)
    expect(decode(utf16('Hello there.', 'be', false)).encoding).toBe('utf-16be')
  })
})

// ------------------------------------------------------------------ characters no format carries

describe('XML and DOCX never carry characters their formats forbid', () => {
  const nasty = 'Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: Bell\u0007 escape\u001B form\u000C feed \uFFFF half\uD800 pair \u0085 end.\n\nQUESTION\u0001: Thank you.\n'
  const context = {template: loadTemplate('briefing'), timestamp: new Date('2014-05-01T00:00:00Z'), version: '0.0.0'}

  it('the parser drops them and says so', () => {
    const file = new VFile({value: nasty})
    const tree = parse(file)
    expect(speech(tree)).toBe('Bell escape form feed half pair end.\nThank you.')
    expect(file.messages.find((m) => m.ruleId === 'control-character')?.line).toBe(5)
  })

  it('TEI is well-formed XML and DOCX’s document.xml too', async () => {
    const tree = parse(nasty)
    const tei = String(await teiEmitter.render(tree, context))
    expect(() => parseXml(tei)).not.toThrow()
    const docx = await renderedBytes(await docxEmitter.render(tree, context))
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')
    expect(() => parseXml(xml)).not.toThrow()
    expect(xml).toContain('Bell escape form feed half pair end.')
  })
})

describe('one rule for characters no format carries, whichever reader built the tree', () => {
  it('a form feed between words is a space in a tree from text, from Markdown and from a program', async () => {
    const {refine} = await import('../src/transform/refine.js')
    const {fromMarkdown} = await import('../src/read/markdown/index.js')
    const fromText = parse('Remarks\n\nSECRETARY KERRY: Page\u000Cbreak and a bell\u0007.\n')
    const front = '---\ntitle: Remarks\nparticipants:\n  - id: kerry\n    name: John Kerry\n    kind: official\n    labels: [SECRETARY KERRY]\n---\n\n'
    const file = new VFile()
    const fromMd = fromMarkdown(new VFile({value: front + '¶1 **SECRETARY KERRY:** Page\u000Cbreak and a bell\u0007.\n'}))
    const built = refine(
      {type: 'transcript', meta: {title: 'Page\u000Cbreak', language: 'en'}, participants: [], children: [{type: 'narrative', children: [{type: 'paragraph', n: 0, children: [{type: 'text', value: 'Page\u000Cbreak and a bell\u0007.'}]}]}], removed: []},
      file
    )
    for (const tree of [fromText, fromMd, built]) expect([...paragraphs(tree)].map(({paragraph}) => paragraphText(paragraph)).join('\n').replace(/ +/g, ' ')).toBe('Page break and a bell.')
    expect(built.meta.title).toBe('Page break')
    expect(file.messages.find((message) => message.ruleId === 'control-character')?.reason).toBe('Replaced or removed 3 control or invalid characters that no output format can carry')
  })

  it('no emitter replaces or strips characters of its own: the rule lives in transform/characters.ts', () => {
    const sources = execFileSync('grep', ['-rlE', 'xmlSafe|forbiddenCharacters|notCarried|u0000-', 'src'], {encoding: 'utf8'}).trim().split('\n')
    // Besides the rule: escapes for a terminal (messages) and for a file name (outputs), not for a document's text.
    expect(sources.sort()).toEqual(['src/convert/inputs.ts', 'src/transform/characters.ts', 'src/util/printable.ts'])
  })
})

// ------------------------------------------------------------------ safe output

describe('safe output', () => {
  it.each([
    ['../../etc/passwd.txt', 'passwd.md'],
    ['..txt', '_.md'],
    ['.hidden.txt', '_hidden.md'],
    ['a\nb:c*?.txt', 'a_b_c__.md'],
    ['-', 'stdin.md'],
    ['.txt', 'transcript.md']
  ])('input %j is written as %j inside the output folder', (input, name) => {
    const target = outputPath(input, '/out', 'md')
    expect(target).toBe(path.join('/out', name))
  })

  it('a long name is cut to at most 200 bytes, between characters', () => {
    const target = outputPath('Ж'.repeat(300) + '.txt', '/out', 'tei.xml')
    const base = path.basename(target, '.tei.xml')
    expect(Buffer.byteLength(base)).toBeLessThanOrEqual(200)
    expect(base).toBe('Ж'.repeat(100))
  })

  it('replacing an existing output is atomic: the old file or the new one, never a mix', () => {
    const dir = folder()
    const input = write(path.join(dir, 'again.txt'), goodText)
    const out = path.join(dir, 'out')
    expect(runCli(['convert', input, '-o', out, '-t', 'md']).status).toBe(0)
    write(input, goodText.replace('Good morning', 'Good evening'))
    expect(runCli(['convert', input, '-o', out, '-t', 'md']).status).toBe(0)
    expect(fs.readFileSync(path.join(out, 'again.md'), 'utf8')).toContain('Good evening, everybody.')
    expect(fs.readdirSync(out).filter((name) => name.includes('.partial'))).toEqual([])
  })
})

// ------------------------------------------------------------------ very large inputs

describe('very large inputs convert without crashing', () => {
  // Markdown and JSON: the formats that stream whole documents cheaply. DOCX, PDF and TEI
  // of 50 MB take minutes; their emitters have memory tests of their own.
  it('a 50 MB transcript', () => {
    const dir = folder()
    const turn = (i: number) =>
      `${i % 2 ? 'QUESTION' : 'SECRETARY KERRY'}: Sentence number ${i} of a long transcript, with enough words to make a realistic paragraph of speech. And a second sentence ${i}.\n\n`
    const parts: string[] = ['Remarks\n\nMay 1, 2014\n\n']
    let size = 0
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const part = turn(i)
      parts.push(part)
      size += part.length
    }
    const input = write(path.join(dir, 'huge.txt'), parts.join(''))
    const result = runCli(['convert', input, '-o', path.join(dir, 'out'), '-t', 'md,json', '-j', '1'])
    expect(result.stderr).toMatch(/1 converted, 0 failed/)
    expect(result.status).toBe(0)
    const markdown = fs.readFileSync(path.join(dir, 'out', 'huge.md'), 'utf8')
    expect(markdown).toContain(`Sentence number ${parts.length - 2} of a long transcript`)
  }, 300_000)

  it('a single 5 MB line', () => {
    const dir = folder()
    const words = Array.from({length: (5 * 1024 * 1024) / 4}, (_, i) => (i % 10 === 9 ? 'say.' : 'say')).join(' ')
    const input = write(path.join(dir, 'line.txt'), `SECRETARY KERRY: ${words}`)
    const result = runCli(['convert', input, '-o', path.join(dir, 'out'), '-t', 'md,json,tei', '-j', '1'])
    expect(result.stderr).toMatch(/1 converted, 0 failed/)
    expect(result.status).toBe(0)
    expect(fs.statSync(path.join(dir, 'out', 'line.md')).size).toBeGreaterThan(5 * 1024 * 1024)
  }, 300_000)
})
