/**
 * The registry names the built-in formats without loading them; what it says
 * of each must be what the emitter itself says, and rendering loads it.
 */
import {describe, expect, it} from 'vitest'
import {docxEmitter} from '../src/emit/docx/index.js'
import {markdownEmitter} from '../src/emit/markdown/index.js'
import {pdfEmitter} from '../src/emit/pdf/index.js'
import {getEmitter, registerEmitter} from '../src/emit/registry.js'
import {teiEmitter} from '../src/emit/tei/index.js'
import {loadTemplate} from '../src/template/load.js'
import {sampleTree} from './fixtures/sample-tree.js'

describe('built-in emitters', () => {
  it.each([markdownEmitter, teiEmitter, docxEmitter, pdfEmitter])('$name: the registry’s entry matches the module', (emitter) => {
    const entry = getEmitter(emitter.name)!
    expect({name: entry.name, extension: entry.extension, description: entry.description}).toEqual({
      name: emitter.name,
      extension: emitter.extension,
      description: emitter.description
    })
  })

  it('renders through the lazily loaded module, the same output', async () => {
    const context = {template: loadTemplate('briefing'), timestamp: new Date(0), version: 'test'}
    expect(await getEmitter('md')!.render(sampleTree(), context)).toBe(await markdownEmitter.render(sampleTree(), context))
  })

  it('refuses an emitter without a name or render function', () => {
    expect(() => registerEmitter({name: '', extension: 'x', description: 'd', render: () => ''})).toThrow(/name/)
    expect(() => registerEmitter({name: 'x', extension: 'x', description: 'd'} as never)).toThrow(/render/)
  })
})
