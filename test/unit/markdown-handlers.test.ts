/**
 * The Markdown emitter's handlers, one node in, a snippet out: what a
 * reader of the Markdown (and Verbatim's own Markdown reader) relies on.
 */
import {describe, expect, it} from 'vitest'
import {toMarkdown} from '../../src/emit/markdown/index.js'
import type {Block, Participant, Transcript} from '../../src/model.js'

const kerry: Participant = {id: 'john-kerry', name: 'John Kerry', kind: 'official', labels: ['SECRETARY KERRY']}
const lavrov: Participant = {id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'official', labels: []}

/** The body of the Markdown of a tree holding `blocks`, front matter and title aside. */
function body(...blocks: Block[]): string {
  const tree: Transcript = {type: 'transcript', meta: {language: 'en'}, participants: [kerry, lavrov], children: blocks, removed: []}
  return toMarkdown(tree).split(/^---$/m)[2].trim()
}

describe('markdown handlers', () => {
  it('turn: the number, the label in strong emphasis, the speech', () => {
    expect(body({type: 'turn', n: 1, speaker: 'john-kerry', label: 'SECRETARY KERRY', children: [{type: 'paragraph', n: 1, children: [{type: 'text', value: 'Thank you.'}]}]})).toBe(
      '¶1 **SECRETARY KERRY:** Thank you.'
    )
  })

  it('turn without a label: the speaker’s name in square brackets, as an editor supplies it', () => {
    expect(body({type: 'turn', n: 1, speaker: 'sergey-lavrov', children: [{type: 'paragraph', n: 1, children: [{type: 'text', value: 'Good.'}]}]})).toBe('¶1 **\\[Sergey Lavrov]:** Good.')
  })

  it('turn with nothing transcribed: the label alone, unnumbered', () => {
    expect(body({type: 'turn', n: 1, speaker: 'john-kerry', label: 'SECRETARY KERRY', children: []})).toBe('**SECRETARY KERRY:**')
  })

  it('incident: emphasis around the stage direction as printed', () => {
    expect(
      body({type: 'turn', n: 1, speaker: 'john-kerry', label: 'SECRETARY KERRY', children: [{type: 'paragraph', n: 1, children: [{type: 'text', value: 'Well '}, {type: 'incident', kind: 'laughter', value: '(Laughter.)'}]}]})
    ).toBe('¶1 **SECRETARY KERRY:** Well *(Laughter.)*')
  })

  it('paragraph in another language: its number says which', () => {
    expect(body({type: 'turn', n: 1, speaker: 'john-kerry', label: 'SECRETARY KERRY', children: [{type: 'paragraph', n: 3, language: 'fr', children: [{type: 'text', value: 'Merci.'}]}]})).toBe('¶3·fr **SECRETARY KERRY:** Merci.')
  })

  it('narrative: a block quote', () => {
    expect(body({type: 'narrative', children: [{type: 'paragraph', n: 1, children: [{type: 'text', value: 'The ministers met.'}]}]})).toBe('> ¶1 The ministers met.')
  })

  it('note: an emphasised paragraph in square brackets naming its kind', () => {
    expect(body({type: 'note', kind: 'omission', value: 'Words are missing.'})).toBe('*\\[omission: Words are missing.]*')
  })

  it('text: Markdown syntax in speech is escaped, so it reads back as text', () => {
    expect(body({type: 'turn', n: 1, speaker: 'john-kerry', label: 'SECRETARY KERRY', children: [{type: 'paragraph', n: 1, children: [{type: 'text', value: '*not emphasis* and <b>'}]}]})).toBe(
      '¶1 **SECRETARY KERRY:** \\*not emphasis\\* and \\<b>'
    )
  })
})
