/**
 * The caption readers (`src/read/captions`): WebVTT and SRT read into the
 * transcript tree the text reader builds. Small inputs written from the
 * WebVTT and SRT specifications, a tree in and facts out; then the real files
 * of `test/fixtures/formats/`, each read, verified word by word, and timed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {collectInputs, outputPath} from '../src/convert/inputs.js'
import {UnreadableInput, fromCaptions, paragraphText, participantOf, readTranscript, turns, type CaptionKind, type Transcript, type Turn} from '../src/index.js'
import {lostSourceWords} from '../src/verify/source.js'

function read(source: string, kind: CaptionKind = 'vtt'): {tree: Transcript; file: VFile} {
  const file = new VFile({value: source})
  return {tree: fromCaptions(source, kind, file), file}
}

function who(tree: Transcript, turn: Turn): string {
  return participantOf(tree, turn.speaker)?.name ?? `(no participant ${turn.speaker})`
}

const speakers = (tree: Transcript) => turns(tree).map((turn) => who(tree, turn))
const texts = (turn: {children: Array<{children: Array<{value: string}>}>}) => turn.children.map((paragraph) => paragraph.children.map((node) => node.value).join(''))
const rules = (file: VFile) => file.messages.filter((message) => message.fatal === false).map((message) => `${message.line}:${message.ruleId}`)

/** Every word of the source is in the tree or set aside: what `verbatim verify` checks. */
function expectNoLostWords(source: string, tree: Transcript, kind: CaptionKind): void {
  expect(lostSourceWords(source, tree, kind).map((lost) => `${lost.position.line}: ${lost.word}`)).toEqual([])
}

describe('WebVTT', () => {
  const talk = `WEBVTT - Press briefing on trade

NOTE written from the WebVTT specification's examples
for the tests

STYLE
::cue { color: yellow }

REGION
id:fred width:40%

1
00:00:01.000 --> 00:00:03.500 align:start position:10%
<v Roger Bingham>Good morning, and welcome
to the briefing.</v>

2
00:00:03.600 --> 00:00:05.000
<v Roger Bingham>Let us begin.

00:09.000 --> 00:11.000
<v Roger Bingham>After a pause &amp; a breath.

00:12.000 --> 00:14.000 line:0
<v.loud Esme>Thank you &lt;Roger&gt;. <i>Really</i> <c.yellow>great</c> <b>news</b>&nbsp;<u>today</u>.

00:14.500 --> 00:16.000
<v.loud Esme>My question <lang fr>à propos</lang> <ruby>漢<rt>kan</rt></ruby> is on trade.
`

  it('reads voices into turns: one speaker’s consecutive cues one turn, from the first cue’s start to the last cue’s end', () => {
    const {tree} = read(talk)
    expect(speakers(tree)).toEqual(['Roger Bingham', 'Esme'])
    expect(turns(tree).map((turn) => turn.label)).toEqual(['Roger Bingham', 'Esme'])
    expect(turns(tree).map((turn) => [turn.start, turn.end])).toEqual([
      // As printed: the third cue's end has no hours.
      ['00:00:01.000', '00:11.000'],
      ['00:12.000', '00:16.000']
    ])
  })

  it('starts a new paragraph where the captions leave a gap of more than two seconds', () => {
    const [roger, esme] = turns(read(talk).tree)
    expect(texts(roger)).toEqual(['Good morning, and welcome to the briefing. Let us begin.', 'After a pause & a breath.'])
    expect(texts(esme)).toHaveLength(1)
  })

  it('takes tags off, decodes references, leaves a ruby’s reading aside', () => {
    const [, esme] = turns(read(talk).tree)
    expect(texts(esme)[0]).toBe('Thank you <Roger>. Really great news today. My question à propos 漢 is on trade.')
  })

  it('sets NOTE, STYLE and REGION blocks aside with their reasons, never reads them as speech, and takes the title from the WEBVTT line', () => {
    const {tree} = read(talk)
    expect(tree.meta.title).toBe('Press briefing on trade')
    expect(tree.removed.map((item) => [item.reason, item.value.split('\n')[0], item.position?.start.line])).toEqual([
      ['metadata', 'NOTE written from the WebVTT specification\'s examples', 3],
      ['page-furniture', 'STYLE', 6],
      ['page-furniture', 'REGION', 9]
    ])
    const speech = turns(tree).flatMap(texts).join(' ')
    expect(speech).not.toMatch(/NOTE|yellow|fred|-->|00:0/)
  })

  it('gives each paragraph the position of its cue lines', () => {
    const [roger] = turns(read(talk).tree)
    expect(roger.children.map((paragraph) => [paragraph.position?.start.line, paragraph.position?.end.line])).toEqual([[14, 19], [22, 22]])
  })

  it('reads a byte order mark, CRLF and CR line ends alike', () => {
    const lf = read(talk).tree
    for (const variant of ['\uFEFF' + talk, talk.replace(/\n/g, '\r\n'), talk.replace(/\n/g, '\r')]) {
      const tree = read(variant).tree
      expect(speakers(tree)).toEqual(speakers(lf))
      expect(turns(tree).map(texts)).toEqual(turns(lf).map(texts))
      expect(turns(tree).map((turn) => turn.end)).toEqual(turns(lf).map((turn) => turn.end))
    }
  })

  it('keeps a voice open to the end of its cue, and the voice before where a cue names none', () => {
    const {tree} = read(`WEBVTT

00:01.000 --> 00:02.000
<v Ann>One line
and another

00:02.000 --> 00:03.000
still Ann.

00:03.000 --> 00:04.000
<v Bob>Now Bob.</v> <v Ann>And Ann.
`)
    expect(speakers(tree)).toEqual(['Ann', 'Bob', 'Ann'])
    expect(texts(turns(tree)[0])).toEqual(['One line and another still Ann.'])
  })

  it('takes `Name:` opening a cue (Zoom) for the speaker, and a colon later in the cue for speech', () => {
    const {tree} = read(`WEBVTT

1
00:00:00.570 --> 00:00:03.570
Roger Bingham: Good morning everyone.

2
00:00:03.600 --> 00:00:05.000
Roger Bingham: Let us start.

3
00:00:05.100 --> 00:00:07.000
Esme: My question: is it true?

4
00:00:07.100 --> 00:00:09.000
Esme: And a second.
`)
    expect(speakers(tree)).toEqual(['Roger Bingham', 'Esme'])
    expect(texts(turns(tree)[1])).toEqual(['My question: is it true? And a second.'])
  })

  it('reads `>>` as a change of speaker, named where a label follows it', () => {
    const {tree} = read(`WEBVTT

00:00:01.000 --> 00:00:03.000
>> JUDY WOODRUFF: Good evening. >> GOOD EVENING.

00:00:03.000 --> 00:00:05.000
>> JUDY WOODRUFF: WE BEGIN TONIGHT
WITH THE TALKS.

00:00:05.000 --> 00:00:07.000
>>
THANK YOU.
`)
    expect(speakers(tree)).toEqual(['Judy Woodruff', 'Unknown speaker', 'Judy Woodruff', 'Unknown speaker'])
    // Two unnamed voices need not be one: no omission is noted between them.
    expect(tree.children.some((block) => block.type === 'note')).toBe(false)
  })

  it('reads YouTube’s rolling automatic captions once: inline timestamps and classes off, each repeated line dropped', () => {
    const source = `WEBVTT
Kind: captions
Language: en

00:00:00.030 --> 00:00:02.389 align:start position:0%
 
hello<00:00:00.320><c> everyone</c><00:00:00.640><c> and</c>

00:00:02.389 --> 00:00:02.399 align:start position:0%
hello everyone and
 

00:00:02.399 --> 00:00:05.030 align:start position:0%
hello everyone and
welcome<00:00:02.720><c> to</c><00:00:02.960><c> the</c><00:00:03.200><c> briefing</c>

00:00:05.030 --> 00:00:05.040 align:start position:0%
welcome to the briefing
 

00:00:05.040 --> 00:00:08.000 align:start position:0%
welcome to the briefing
&gt;&gt; thank<00:00:05.500><c> you</c>
`
    const {tree, file} = read(source)
    expect(tree.meta.language).toBe('en')
    expect(tree.children.flatMap((block) => (block.type === 'note' ? [] : texts(block)))).toEqual(['hello everyone and welcome to the briefing', 'thank you'])
    expect(rules(file)).toContain('7:no-speaker')
    expectNoLostWords(source, tree, 'vtt')
  })

  it('keeps a file that names no speaker as one narrative, and warns', () => {
    const {tree, file} = read(`WEBVTT

00:01.000 --> 00:03.000
So the first thing we did

00:03.000 --> 00:05.000
was to look at the data.
`)
    expect(tree.children.map((block) => block.type)).toEqual(['narrative'])
    expect(turns(tree)).toEqual([])
    expect(rules(file)).toContain('4:no-speaker')
  })

  it('keeps a sound description as a stage direction, and an opening before the first speaker as narrative', () => {
    const {tree} = read(`WEBVTT

00:00.000 --> 00:09.000
[ music ]

00:09.000 --> 00:10.000
<v Narrator>You want these people.

00:10.000 --> 00:12.000
(applause)

00:12.000 --> 00:13.000
[Terrill] Hello there.
`)
    expect(tree.children.map((block) => block.type)).toEqual(['narrative', 'turn', 'turn'])
    expect(speakers(tree)).toEqual(['Narrator', 'Terrill'])
    const narrator = turns(tree)[0]
    expect(narrator.children[0].children.map((node) => node.type)).toEqual(['text', 'incident'])
  })

  it('takes a one-letter voice for a slip of the markup, and a dash before lower case for punctuation', () => {
    const {tree, file} = read(`WEBVTT

00:01.000 --> 00:02.000
<v Gerry Hanley>We begin with our vendors saying
<v a>this is not only important,

00:02.000 --> 00:03.000
but it is our policy
- faculty, staff and students.
`)
    expect(speakers(tree)).toEqual(['Gerry Hanley'])
    expect(rules(file)).toContain('5:unknown-voice')
  })

  it('warns about a broken timing line by its line, keeps the cue’s text, and reads the rest', () => {
    const source = `WEBVTT

1
00:00:01.000 -> 00:00:03.000
The arrow is wrong.

2
00:00:04.000 --> 00:00:05.000
<v Ann>This one is right.

3
00:00:06.000 --> 00:0`
    const {tree, file} = read(source)
    expect(rules(file)).toEqual(expect.arrayContaining(['4:cue-timing', '12:cue-timing']))
    expect(file.messages.find((message) => message.line === 4)?.reason).toMatch(/arrow is not “-->”/)
    expect(file.messages.find((message) => message.line === 12)?.reason).toMatch(/end “00:0”/)
    expect(tree.children.flatMap((block) => (block.type === 'note' ? [] : texts(block))).join(' ')).toContain('The arrow is wrong.')
    expectNoLostWords(source, tree, 'vtt')
  })

  it('fails with the line when no cue can be read', () => {
    expect(() => read('WEBVTT\n\n1\n00:00:01.000 -> 00:00:03.000\nNo.\n')).toThrowError(UnreadableInput)
    try {
      read('WEBVTT\n\n1\n00:00:01.000 -> 00:00:03.000\nNo.\n')
    } catch (error) {
      expect((error as UnreadableInput).at).toEqual({line: 4, column: 1})
      expect((error as Error).message).toMatch(/no WebVTT cue can be read: the cue timing “00:00:01.000 -> 00:00:03.000” cannot be read/)
    }
  })
})

describe('SRT', () => {
  const srt = [
    '1',
    '00:00:01,000 --> 00:00:04,000 X1:40 X2:600 Y1:20 Y2:50',
    '<i>JOHN KERRY: Good afternoon.</i>',
    '',
    '2',
    '00:00:04,100 --> 00:00:06,000',
    '{\\an8}We met for <font color="#ffff00">three hours</font>.',
    '',
    '3',
    '00:00:06,500 --> 00:00:08,000',
    '- Mr. Secretary, a question?',
    '- Go ahead.',
    '',
    '5',
    '00:00:09,000 --> 00:00:10,000',
    'SERGEY LAVROV:',
    '<b>Thank you.</b>',
    ''
  ].join('\r\n')

  it('reads numbered cues with commas, coordinates and tags off, `NAME:` labels and `- ` changes', () => {
    const {tree} = read(srt, 'srt')
    expect(speakers(tree)).toEqual(['John Kerry', 'Unknown speaker', 'Unknown speaker', 'Sergey Lavrov'])
    expect(turns(tree).map((turn) => [turn.start, turn.end])).toEqual([
      ['00:00:01,000', '00:00:06,000'],
      ['00:00:06,500', '00:00:08,000'],
      ['00:00:06,500', '00:00:08,000'],
      ['00:00:09,000', '00:00:10,000']
    ])
    expect(texts(turns(tree)[0])).toEqual(['Good afternoon. We met for three hours.'])
    expect(texts(turns(tree)[3])).toEqual(['Thank you.'])
    expectNoLostWords(srt, tree, 'srt')
  })

  it('warns where the numbering breaks, naming the line', () => {
    const {file} = read(srt, 'srt')
    const message = file.messages.find((item) => item.ruleId === 'cue-number')
    expect(message?.line).toBe(14)
    expect(message?.reason).toMatch(/Cue number 5 skips after cue 3/)
  })

  it('finds the next cue where a blank line is missing, and keeps text after a blank line inside a cue', () => {
    const {tree, file} = read('1\n00:00:01,000 --> 00:00:02,000\nAnn: Hello\n2\n00:00:02,000 --> 00:00:03,000\nAnn: there,\n\nmy friends.\n', 'srt')
    expect(speakers(tree)).toEqual(['Ann'])
    expect(texts(turns(tree)[0])).toEqual(['Hello there, my friends.'])
    expect(rules(file)).toContain('8:cue-text-outside')
  })

  it('reads a file cut short up to where it stops, and says where', () => {
    const cutInTiming = read('1\n00:00:01,000 --> 00:00:02,000\nANN: Hello.\n\n2\n00:00:02,000 --> 00:00:03,000\nANN: Again.\n\n3\n00:00:0', 'srt')
    expect(texts(turns(cutInTiming.tree)[0])).toEqual(['Hello. Again.'])
    expect(rules(cutInTiming.file)).toContain('10:cue-timing')
    const cutAfterNumber = read('1\n00:00:01,000 --> 00:00:02,000\nANN: Hello.\n\n2\n', 'srt')
    expect(cutAfterNumber.file.messages.find((message) => message.ruleId === 'cue-timing')?.reason).toMatch(/^Cue 2 has no timing line and no text \(is the file cut short\?\)/)
  })

  it('fails with the line when no cue can be read', () => {
    expect(() => read('1\n00:00:01.000 => 00:00:03.000\nNo.\n', 'srt')).toThrowError(/no SRT cue can be read/)
  })
})

describe('choosing the reader by content', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-captions-'))
  const write = (name: string, text: string) => {
    const file = path.join(folder, name)
    fs.writeFileSync(file, text)
    return file
  }

  it('reads WebVTT by its WEBVTT line and SRT by its first cue, whatever the name', () => {
    expect(readTranscript(write('a.txt', 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi.\n')).kind).toBe('vtt')
    expect(readTranscript(write('b.txt', '\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nAnn: Hi.\r\n')).kind).toBe('srt')
    expect(readTranscript(write('c.srt', 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi.\n')).kind).toBe('vtt')
    expect(readTranscript(write('d.txt', 'SECRETARY KERRY: Good morning.\n')).kind).toBe('text')
  })

  it('reads a .vtt file without its WEBVTT line as WebVTT, with a warning on line 1', () => {
    const {kind, file, tree} = readTranscript(write('e.vtt', '1\n00:00:01.000 --> 00:00:03.000\n<v Ann>No header here.\n'))
    expect(kind).toBe('vtt')
    expect(rules(file)).toContain('1:no-header')
    expect(speakers(tree)).toEqual(['Ann'])
  })

  it('refuses a file named .vtt or .srt that holds no cue, naming the line', () => {
    expect(() => readTranscript(write('f.vtt', 'Just some text\nwith no cue.\n'))).toThrowError(expect.objectContaining({at: {line: 1, column: 1}, message: expect.stringMatching(/^the file is named \.vtt but is not captions/)}))
    expect(() => readTranscript(write('g.vtt', 'WEBVTT\n\n1\n00:00:01.000 -> 00:00:03.000\nNo.\n'))).toThrowError(expect.objectContaining({at: {line: 4, column: 1}, message: expect.stringMatching(/^no WebVTT cue can be read/)}))
  })

  it('finds .vtt and .srt files in a folder and names their outputs after them', () => {
    const inner = fs.mkdtempSync(path.join(folder, 'inputs-'))
    for (const name of ['talk.vtt', 'film.SRT', 'notes.txt', 'image.png']) fs.writeFileSync(path.join(inner, name), 'x')
    expect(collectInputs([inner]).files.map((file) => path.basename(file))).toEqual(['film.SRT', 'notes.txt', 'talk.vtt'])
    expect(outputPath('talk.vtt', 'out', 'md')).toBe(path.join('out', 'talk.md'))
    expect(outputPath('film.srt', 'out', 'tei.xml')).toBe(path.join('out', 'film.tei.xml'))
  })
})

describe('the real caption files of test/fixtures/formats', () => {
  const root = fileURLToPath(new URL('fixtures/formats/', import.meta.url))
  const files = fs.readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((name) => /\.(?:vtt|srt)$/.test(name)).sort()

  it('holds WebVTT and SRT files', () => {
    expect(files.filter((name) => name.endsWith('.vtt')).length).toBeGreaterThanOrEqual(5)
    expect(files.filter((name) => name.endsWith('.srt')).length).toBeGreaterThanOrEqual(3)
  })

  it.each(files)('%s: every word of the cues is in the tree, no turn without a time', (name) => {
    const {tree, file, kind} = readTranscript(path.join(root, name))
    expect(kind).toBe(name.endsWith('.vtt') ? 'vtt' : 'srt')
    expectNoLostWords(String(file.value), tree, kind as CaptionKind)
    for (const turn of turns(tree)) expect(turn.start && turn.end).toBeTruthy()
    for (const {paragraph} of paragraphsOf(tree)) expect(paragraphText(paragraph)).not.toMatch(/<\/?[a-z]|-->|&[a-z]+;/)
  })
})

function paragraphsOf(tree: Transcript) {
  return tree.children.flatMap((block) => (block.type === 'note' ? [] : block.children.map((paragraph) => ({paragraph}))))
}
