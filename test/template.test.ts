/**
 * Presentation templates: the built-ins load, and a bad template is an
 * error that names the file and the key, in words a user can act on.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {builtinTemplates, loadTemplate, TemplateError, templatesFolder} from '../src/template/load.js'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-template-'))
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

const briefing = JSON.parse(fs.readFileSync(path.join(templatesFolder, 'briefing.json'), 'utf8')) as Record<
  string,
  any
>

let count = 0

/** Write `data` (an object, or text as is) to a fresh file and load it. */
function load(data: unknown): () => unknown {
  const file = path.join(folder, `template-${++count}.json`)
  fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data))
  return () => loadTemplate(file)
}

/** The briefing template with `change` applied to a copy. */
function changed(change: (template: Record<string, any>) => void): Record<string, any> {
  const copy = structuredClone(briefing)
  change(copy)
  return copy
}

describe('built-in templates', () => {
  test('briefing and plain ship, and each loads', () => {
    expect(builtinTemplates()).toEqual(expect.arrayContaining(['briefing', 'plain']))
    for (const name of builtinTemplates()) expect(loadTemplate(name).name).toBe(name)
  })

  test('briefing is US Letter, plain is A4; the marking is off and there is no cover by default', () => {
    expect(loadTemplate('briefing').page.size).toBe('Letter')
    expect(loadTemplate('plain').page.size).toBe('A4')
    for (const name of ['briefing', 'plain']) {
      expect(loadTemplate(name).marking.enabled).toBe(false)
      expect(loadTemplate(name).cover).toBe(false)
    }
  })

  test('optional keys take their defaults', () => {
    const minimal = changed((template) => {
      delete template.description
      delete template.prepared
      delete template.paragraphNumbers
    })
    const loaded = load(minimal)() as ReturnType<typeof loadTemplate>
    expect(loaded.paragraphNumbers).toBe(true)
    expect(loaded.description).toBe('')
    expect(loaded.fonts.embed).toBe(true)
  })
})

describe('a bad template names the key', () => {
  const cases: Array<[string, Record<string, any>, RegExp]> = [
    ['a misspelt key', changed((t) => (t.colors = t.colours)), /\(top level\): Unrecognized key: "colors"/],
    ['a misspelt nested key', changed((t) => (t.page.margin = t.page.margins)), /page: Unrecognized key: "margin"/],
    ['an unknown page size', changed((t) => (t.page.size = 'Legal')), /page\.size: .*Letter.*A4/],
    ['a colour not written #rrggbb', changed((t) => (t.colours.accent = 'navy')), /colours\.accent: a colour is written #rrggbb/],
    ['a negative margin', changed((t) => (t.page.margins.top = -5)), /page\.margins\.top: /],
    ['a size given as text', changed((t) => (t.fonts.sizes.body = '11pt')), /fonts\.sizes\.body: /],
    ['an unknown font family', changed((t) => (t.fonts.body = 'comic')), /fonts\.body: .*serif.*sans/],
    ['a missing footer', changed((t) => delete t.footer), /footer: /],
    ['a marking without enabled', changed((t) => delete t.marking.enabled), /marking\.enabled: /]
  ]

  test.each(cases)('%s', (_, data, message) => {
    const attempt = load(data)
    expect(attempt).toThrow(TemplateError)
    expect(attempt).toThrow(message)
    expect(attempt).toThrow(/template-\d+\.json: invalid template/)
  })

  test('every problem is listed, one a line', () => {
    const attempt = load(
      changed((t) => {
        t.page.size = 'Legal'
        t.colours.text = 'black'
      })
    )
    expect(attempt).toThrow(/\n {2}page\.size: .*\n {2}colours\.text: /)
  })
})

describe('a template that cannot be read', () => {
  test('not JSON: the file and the parser’s complaint', () => {
    expect(load('{"name": "x",')).toThrow(/template-\d+\.json: not valid JSON/)
  })

  test('a path that does not exist', () => {
    expect(() => loadTemplate(path.join(folder, 'missing.json'))).toThrow(/missing\.json: cannot read template file/)
  })

  test('an unknown name lists the built-in templates', () => {
    expect(() => loadTemplate('breifing')).toThrow(/unknown template “breifing”; built-in templates: .*briefing.*plain/)
  })
})
