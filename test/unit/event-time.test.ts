/**
 * The time of the event keeps its zone (`1:05 P.M. EDT`), in the tree and in
 * every format, read back by the Markdown and TEI readers; a publication
 * stamp is only a line that stamps the page, not the event's day repeated.
 */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {whenLine} from '../../src/emit/conventions.js'
import {toMarkdown} from '../../src/emit/markdown/index.js'
import {toTei} from '../../src/emit/tei/index.js'
import {parse} from '../../src/parse/index.js'
import {fromMarkdown} from '../../src/read/markdown/index.js'
import {fromTei} from '../../src/read/tei/index.js'
import {loadTemplate} from '../../src/template/load.js'

const context = {template: loadTemplate('briefing'), timestamp: undefined, version: '0.0.0'}

function briefing(time: string) {
  return parse(`Press Briefing by Press Secretary Josh Earnest\n\nJuly 15, 2016\n\nJames S. Brady Press Briefing Room\n\n${time}\n\nMR. EARNEST: Good afternoon.\n\nQ Thanks, Josh.\n`)
}

describe('the time of the event keeps its zone', () => {
  it('the reader keeps the zone printed after the time', () => {
    expect(briefing('1:05 P.M. EDT').meta).toMatchObject({time: '13:05', timeZone: 'EDT'})
    expect(briefing('(2:50 p.m. EST)').meta).toMatchObject({time: '14:50', timeZone: 'EST'})
    expect(briefing('18:35').meta.timeZone).toBeUndefined()
  })

  it('every format shows it with the time: the paged formats’ metadata line, the Markdown front matter, TEI', () => {
    const tree = briefing('1:05 P.M. EDT')
    expect(whenLine(tree.meta)).toBe('July 15, 2016, 13:05 EDT')
    expect(toMarkdown(tree)).toMatch(/^time: "?13:05"?\ntime-zone: EDT$/m)
    // EDT is four hours behind UTC: @when carries the offset.
    expect(toTei(tree, context)).toContain('<time when="13:05:00-04:00">13:05 EDT</time>')
  })

  it('a zone whose offset is not certain (CST: US Central or China) is kept as text, with no offset in @when', () => {
    expect(toTei(briefing('1:05 P.M. CST'), context)).toContain('<time when="13:05:00">13:05 CST</time>')
  })

  it('the Markdown and TEI readers read the zone back', () => {
    const tree = briefing('1:05 P.M. EDT')
    expect(fromMarkdown(toMarkdown(tree)).meta).toMatchObject({time: '13:05', timeZone: 'EDT'})
    expect(fromTei(toTei(tree, context)).meta).toMatchObject({time: '13:05', timeZone: 'EDT'})
  })
})

describe('a publication stamp is a stamp', () => {
  const fixture = (name: string) => parse(fs.readFileSync(`test/fixtures/real/${name}.txt`))

  it('the event’s day printed again under the title is no publication date', () => {
    // `Friday, July 7, 2017` above the title, `July 7, 2017` under it.
    expect(fixture('06_kremlin-blog-trump-putin-hamburg-2017').meta.source?.published).toBeUndefined()
    // `[September 28, 1994]` and `September 28, 1994`.
    expect(fixture('26_govinfo-ppp-clinton-yeltsin-1994').meta.source?.published).toBeUndefined()
  })

  it('a posting stamp with a time is one, and keeps its zone as an offset', () => {
    // `03/14/2014 07:23 AM EDT` between the e-mail's date and the event's.
    const tree = fixture('02_govdelivery-blog-kerry-lavrov-london-2014')
    expect(tree.meta.date).toBe('2014-03-14')
    expect(tree.meta.source?.published).toBe('2014-03-14T07:23-04:00')
    expect(toTei(tree, context)).toContain('<date type="published" when="2014-03-14T07:23:00-04:00">2014-03-14T07:23-04:00</date>')
  })
})
