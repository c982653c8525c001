/**
 * The bytes of the XML Verbatim writes (TEI and the JUnit report), pinned by
 * behaviour rather than by the library that writes them: a turn in, its
 * `note` and `u` out; what must be escaped is, and what need not be is not;
 * indentation only where no text is.
 */
import {describe, expect, it} from 'vitest'
import {junitReport} from '../src/batch/junit.js'
import type {FileReport, RunReport} from '../src/convert/index.js'
import {toTei} from '../src/emit/tei/index.js'
import type {Transcript} from '../src/model.js'
import {parseXml, teiContext, textContent, walk} from './helpers/tei.js'

/** Two turns, the second by someone whose id is no XML name and holds what attributes must escape. */
function tinyTree(): Transcript {
  return {
    type: 'transcript',
    meta: {title: 'Kerry & Lavrov <Moscow>', date: '2016-07-15', language: 'en'},
    participants: [
      {id: 'john-kerry', name: 'John Kerry', kind: 'official', labels: ['SECRETARY KERRY']},
      {id: 'a "b" & <c>\td\ne', name: 'Q & A', kind: 'journalist', labels: []}
    ],
    children: [
      {
        type: 'turn',
        n: 1,
        speaker: 'john-kerry',
        label: 'SECRETARY KERRY',
        children: [
          {
            type: 'paragraph',
            n: 1,
            children: [
              {type: 'text', value: 'AT&T, AT&amp;T, <b> and "quotes" \'too\'\r\n'},
              {type: 'incident', kind: 'laughter', value: '(Laughter.)'}
            ]
          }
        ]
      },
      {type: 'turn', n: 2, speaker: 'a "b" & <c>\td\ne', children: [{type: 'paragraph', n: 2, children: [{type: 'text', value: 'Thank you.'}]}]}
    ],
    removed: []
  }
}

describe('TEI serialisation', () => {
  const xml = toTei(tinyTree(), teiContext())

  it('opens with the declaration on a line of its own and the root in the TEI namespace, and ends with a newline', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="transcript-2016-07-15-')).toBe(true)
    expect(xml).toMatch(/ xml:lang="en">\n {2}<teiHeader>\n/)
    expect(xml.endsWith('\n  </text>\n</TEI>\n')).toBe(true)
  })

  it('writes a turn as its label in a speaker note, then a u pointing at the person, one seg a paragraph', () => {
    expect(xml).toContain(
      [
        '    <body>',
        '      <div type="transcript">',
        '        <head>Kerry &amp; Lavrov &lt;Moscow&gt;</head>',
        '        <note type="speaker">SECRETARY KERRY:</note>',
        '        <u xml:id="u1" who="#john-kerry" ana="#speaker-official">',
        // Mixed content is written as it is: no space added before the incident.
        '          <seg xml:id="p1">AT&amp;T, AT&amp;amp;T, &lt;b&gt; and "quotes" \'too\'&#13;\n<vocal type="laughter"><desc>(Laughter.)</desc></vocal></seg>',
        '        </u>',
        '        <note type="speaker" subtype="supplied">[Q &amp; A]:</note>',
        '        <u xml:id="u2" who="#person-2" ana="#speaker-journalist">',
        '          <seg xml:id="p2">Thank you.</seg>',
        '        </u>',
        '      </div>',
        '    </body>'
      ].join('\n')
    )
  })

  it('escapes &, < and > in text, an entity look-alike’s & too, and a carriage return; quotes in text stay', () => {
    const seg = [...walk(parseXml(xml))].find((node) => node.attributes['xml:id'] === 'p1')!
    expect(textContent(seg)).toBe('AT&T, AT&amp;T, <b> and "quotes" \'too\'\r\n(Laughter.)')
  })

  it('escapes &, <, > and double quotes in attributes, and tabs and newlines, which a parser would turn into spaces', () => {
    expect(xml).toContain('<person xml:id="person-2" n="a &quot;b&quot; &amp; &lt;c&gt;&#9;d&#10;e" ana="#speaker-journalist">')
    const person = [...walk(parseXml(xml))].find((node) => node.attributes['xml:id'] === 'person-2')!
    expect(person.attributes.n).toBe('a "b" & <c>\td\ne')
  })

  it('closes an element with nothing in it in its start tag', () => {
    const tree = tinyTree()
    tree.children.push({type: 'narrative', children: []})
    expect(toTei(tree, teiContext())).toContain('\n      <div type="narrative"/>\n')
  })
})

describe('JUnit serialisation', () => {
  const failed: FileReport = {
    input: 'a/two & <three> "x".txt',
    status: 'failed',
    outputs: [],
    warnings: [{message: 'odd "quote"', line: 2, column: 3, ruleId: 'x', fatal: false}],
    error: 'cannot render\na BOOM\u0007',
    milliseconds: 3
  }
  const run: RunReport = {
    version: '1',
    files: [failed, {input: 'b/one.txt', status: 'converted', outputs: [], warnings: [], milliseconds: 12}],
    missing: [{input: 'gone.txt', error: 'no such file'}],
    vanished: [],
    swept: [],
    summary: {converted: 1, skipped: 0, failed: 1, warned: 1, milliseconds: 1234}
  }

  it('writes each test case on lines of its own, escaped, with what XML cannot carry as U+FFFD', () => {
    expect(junitReport(run)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="verbatim convert" tests="3" failures="2" errors="0" skipped="0" time="1.234">',
        '  <testsuite name="verbatim convert" tests="3" failures="2" errors="0" skipped="0" time="1.234">',
        '    <testcase classname="verbatim.convert" name="a/two &amp; &lt;three&gt; &quot;x&quot;.txt" file="a/two &amp; &lt;three&gt; &quot;x&quot;.txt" time="0.003">',
        '      <failure message="cannot render&#10;a BOOM\uFFFD" type="ConversionError">a/two &amp; &lt;three&gt; "x".txt: error: cannot render',
        'a BOOM\uFFFD',
        'a/two &amp; &lt;three&gt; "x".txt:2:3: warning: odd "quote" [x]</failure>',
        '    </testcase>',
        '    <testcase classname="verbatim.convert" name="b/one.txt" file="b/one.txt" time="0.012"/>',
        '    <testcase classname="verbatim.convert" name="gone.txt" time="0.000">',
        '      <failure message="gone.txt: no such file" type="MissingInput">gone.txt: no such file</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        ''
      ].join('\n')
    )
  })

  it('keeps a suite name that looks like the mark the frame is split at', () => {
    const xml = junitReport(run, {name: 'a <!--cases--> suite'})
    expect(xml).toContain('<testsuites name="a &lt;!--cases--&gt; suite"')
    expect(xml.match(/<testcase /g)).toHaveLength(3)
  })
})
