/**
 * A paragraph: its number in the margin, then its text, with stage
 * directions set in italics so a reader tells them from speech at a glance.
 */
import type {Inline, Paragraph} from '../../../model.js'
import {paragraphId, paragraphMark} from '../../conventions.js'
import type {LayoutContext} from '../context.js'
import {addDestination, ascentOf, currentPageNumber, drawLine} from '../internals.js'
import {columnWidth, foldLongTokens, keepTogether, lineGap, lineHeight, useType, type Type} from '../typeset.js'

/** A stretch of text set in one type. */
interface Run {
  text: string
  type: Type
}

export function layoutParagraph(context: LayoutContext, paragraph: Paragraph, parent: PDFKit.PDFStructureElement): void {
  const {doc, style} = context
  const speech: Type = {face: style.body.regular, size: style.sizes.body, colour: style.colours.text}
  useType(doc, speech)
  // Never a lone first line at the foot of a page.
  keepTogether(doc, 2 * lineHeight(doc, style))

  const id = paragraphId(paragraph)
  context.report.paragraphs.set(id, currentPageNumber(doc))
  addDestination(doc, context.destinationPrefix + id, doc.y)

  const element = doc.struct('P')
  parent.add(element)
  if (style.template.paragraphNumbers) {
    const top = doc.y
    const baseline = top + ascentOf(doc)
    element.add(doc.struct('Lbl', {}, () => drawNumber(context, paragraphMark(paragraph), baseline)))
  }
  element.add(() => setRuns(context, runsOf(context, paragraph.children, speech)))
  element.end()
}

/** The number right-aligned in the left margin, on the first line’s baseline. */
function drawNumber(context: LayoutContext, mark: string, baseline: number): void {
  const {doc, style} = context
  const y = doc.y
  useType(doc, {face: style.label.regular, size: style.sizes.small, colour: style.colours.muted})
  const width = doc.widthOfString(mark)
  drawLine(doc, mark, doc.page.margins.left - style.numberGap - width, baseline - ascentOf(doc))
  doc.y = y
}

function runsOf(context: LayoutContext, inlines: Inline[], speech: Type): Run[] {
  const {style} = context
  const direction: Type = {face: style.body.italic, size: style.sizes.body, colour: style.colours.direction}
  const runs: Run[] = []
  for (const node of inlines) {
    const type = node.type === 'incident' ? direction : speech
    const text = foldLongTokens(node.value.replace(/\s+/g, ' '))
    const last = runs[runs.length - 1]
    if (last && last.type === type) last.text += text
    else if (text) runs.push({text, type})
  }
  if (runs.length > 0) {
    runs[0]!.text = runs[0]!.text.trimStart()
    runs[runs.length - 1]!.text = runs[runs.length - 1]!.text.trimEnd()
  }
  return runs.filter((run) => run.text !== '')
}

/**
 * Set runs as one flowing paragraph (pdfkit’s `continued` text), starting at
 * the left edge of the column; pdfkit breaks lines and pages.
 */
export function setRuns(context: LayoutContext, runs: Run[], indent = 0): void {
  const {doc, style} = context
  const x = doc.page.margins.left + indent
  const width = columnWidth(doc) - indent
  runs.forEach((run, index) => {
    useType(doc, run.type)
    const options = {width, lineGap: lineGap(doc, style), continued: index < runs.length - 1}
    if (index === 0) doc.text(run.text, x, doc.y, options)
    else doc.text(run.text, options)
  })
}

export type {Run}
