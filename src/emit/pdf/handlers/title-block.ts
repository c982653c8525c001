/**
 * The title block on the first page: a kicker naming the kind of event and
 * the publisher, the title, date and place, the participants, the source.
 * Every value comes from `meta` and `participants` through the shared
 * conventions, so it reads as in the other formats.
 */
import type {Transcript} from '../../../model.js'
import {participantLine, placeLine, titleOf, whenLine} from '../../conventions.js'
import type {PdfState} from '../state.js'
import {columnWidth, flowRuns, rule, skip, taggedText, type Run, type Type} from '../typeset.js'

export function titleBlock(tree: Transcript, state: PdfState): void {
  const {doc, style, root} = state
  const meta = tree.meta
  const line = (tag: string, text: string, type: Type, extra: Record<string, unknown> = {}) =>
    taggedText(doc, style, root, tag, text, type, extra)
  const small: Type = {face: style.label.regular, size: style.sizes.small, colour: style.colours.muted}

  const kicker = [meta.eventType, meta.source?.publisher].filter(Boolean).join('  ·  ')
  line('P', kicker.toUpperCase(), {face: style.label.bold, size: style.sizes.small, colour: style.colours.accent}, {
    characterSpacing: style.tracking
  })
  skip(doc, 4)
  line('H1', titleOf(meta), {face: style.body.bold, size: style.sizes.title, colour: style.colours.text})
  skip(doc, 4)
  line('P', [whenLine(meta), placeLine(meta)].filter(Boolean).join('  ·  '), {
    face: style.label.regular,
    size: style.sizes.label + 1,
    colour: style.colours.muted
  })

  if (tree.participants.length > 0) {
    skip(doc, 10)
    rule(doc, style.colours.muted, 0.5)
    skip(doc, 8)
    line('H2', 'PARTICIPANTS', {face: style.label.bold, size: style.sizes.small, colour: style.colours.accent}, {
      characterSpacing: style.tracking
    })
    skip(doc, 3)
    const list = doc.struct('L')
    root.add(list)
    const x = doc.page.margins.left
    const width = columnWidth(doc)
    for (const person of tree.participants) {
      const rest = participantLine(person).slice(person.name.length)
      // No bullet is drawn, so the item has no `Lbl`: its body is all of it.
      const item = doc.struct('LI')
      list.add(item)
      item.add(
        doc.struct('LBody', {}, () => {
          const runs: Run[] = [{text: person.name, type: {face: style.body.bold, size: style.sizes.label + 0.5, colour: style.colours.text}}]
          if (rest !== '') runs.push({text: rest, type: {face: style.body.regular, size: style.sizes.label + 0.5, colour: style.colours.text}})
          flowRuns(doc, style, runs, x, width)
        })
      )
      item.end()
    }
    list.end()
  }

  const source = meta.source
  const sourceLine = [source?.byline ? `By ${source.byline}` : '', source?.publisher, source?.identifier, source?.url]
    .filter(Boolean)
    .join('  ·  ')
  if (sourceLine) {
    skip(doc, 8)
    line('P', 'Source: ' + sourceLine, small)
  }
  skip(doc, 10)
  rule(doc, style.colours.muted, 0.5)
  skip(doc, 6)
}
