/**
 * Text the embedded fonts cannot draw is never dropped silently from a PDF;
 * what a fallback font draws is not reported.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {pdfEmitter} from '../src/emit/pdf/index.js'
import {loadTemplate} from '../src/template/load.js'
import {parse} from '../src/parse/index.js'

async function renderWithMessages(text: string): Promise<VFile> {
  const file = new VFile({path: 'sample.txt', value: text})
  const tree = parse(file)
  const rendered = await pdfEmitter.render(tree, {template: loadTemplate('briefing'), file, timestamp: new Date(0), version: 'test'})
  for await (const _ of rendered as AsyncIterable<Uint8Array>) void _
  return file
}

describe('characters the PDF fonts lack', () => {
  it('are reported with the paragraph’s position', async () => {
    // Emoji: no embedded font, fallbacks included, has them.
    const file = await renderWithMessages('Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: Hello.\n\nSECRETARY KERRY: We agree 🤝 and 🕊.')
    const warning = file.messages.find((m) => m.ruleId === 'missing-glyphs')
    expect(warning?.reason).toContain('🤝🕊')
    expect(warning?.line).toBe(7)
  })

  it('are not reported for Greek, Arabic, Japanese and Chinese, which the fallback fonts draw', async () => {
    const file = await renderWithMessages('Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: Ελλάδα agree. 北京. السلام عليكم. ありがとう.')
    expect(file.messages.filter((m) => m.ruleId === 'missing-glyphs')).toEqual([])
  })

  it('are not reported for Latin and Cyrillic', async () => {
    const file = await renderWithMessages('Remarks\n\nMay 1, 2014\n\nSECRETARY KERRY: Сергей Лавров – “naïve” café.')
    expect(file.messages.filter((m) => m.ruleId === 'missing-glyphs')).toEqual([])
  })
})
