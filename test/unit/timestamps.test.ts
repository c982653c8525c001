/**
 * A turn's time survives every round trip: captions and transcription
 * services' exports, read into the tree, written to Markdown and TEI and
 * read back, give the same times and the same bytes.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {readTranscript} from '../../src/convert/read.js'
import {timeSpan} from '../../src/emit/conventions.js'
import {toMarkdown} from '../../src/emit/markdown/index.js'
import {toTei} from '../../src/emit/tei/index.js'
import {turns, type Transcript} from '../../src/model.js'
import {fromMarkdown} from '../../src/read/markdown/index.js'
import {fromTei} from '../../src/read/tei/index.js'
import {lostSourceWords} from '../../src/verify/source.js'
import {teiContext} from '../helpers/tei.js'

const inputs = ['vtt', 'srt', 'otter', 'rev', 'teams'].flatMap((kind) => {
  const folder = path.join('test', 'fixtures', 'formats', kind)
  return fs
    .readdirSync(folder)
    .filter((name) => /\.(?:vtt|srt|txt)$/.test(name))
    .map((name) => path.join(folder, name))
})

const times = (tree: Transcript) => turns(tree).map(timeSpan)

describe('timestamps round trip', () => {
  it('the fixtures have timed turns to test with', () => {
    const timed = inputs.filter((input) => times(readTranscript(input).tree).some(Boolean))
    expect(timed.length).toBeGreaterThanOrEqual(15)
  })

  it.each(inputs)('%s: Markdown and TEI keep every turn’s time, byte for byte', (input) => {
    const {tree} = readTranscript(input)
    const markdown = toMarkdown(tree)
    const fromMd = fromMarkdown(new VFile({value: markdown}))
    expect(times(fromMd)).toEqual(times(tree))
    expect(toMarkdown(fromMd)).toBe(markdown)

    const tei = toTei(tree, teiContext())
    const fromXml = fromTei(tei)
    expect(times(fromXml)).toEqual(times(tree))
    expect(toTei(fromXml, teiContext())).toBe(tei)
    // And verify, reading each back, finds every word of them in the tree (times and what was set aside too).
    expect(lostSourceWords(markdown, fromMd, 'markdown')).toEqual([])
    expect(lostSourceWords(tei, fromXml, 'tei')).toEqual([])
    // Where a time was given, it is in both texts as printed.
    for (const time of times(tree).filter(Boolean)) expect(markdown).toContain('`' + time + '`')
  })
})
