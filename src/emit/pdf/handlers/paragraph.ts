/**
 * A paragraph: its number in the margin, then its text, with stage
 * directions set in italics so a reader tells them from speech at a glance.
 */
import type {Inline, Paragraph} from '../../../model.js'
import {paragraphId, paragraphMark} from '../../conventions.js'
import {currentPageNumber} from '../document.js'
import {addDestination} from '../outline.js'
import type {PdfState} from '../state.js'
import {ascentOf, columnWidth, drawLine, flowRuns, foldLongTokens, keepTogether, lineHeight, useType, type Run, type Type} from '../typeset.js'

/** `parent`: the structure element of the turn or narrative the paragraph belongs to. */
export function paragraph(node: Paragraph, state: PdfState, parent: PDFKit.PDFStructureElement): void {
  const {doc, style} = state
  const speech: Type = {face: style.body.regular, size: style.sizes.body, colour: style.colours.text}
  useType(doc, speech)
  // Never a lone first line at the foot of a page.
  keepTogether(doc, 2 * lineHeight(doc, style))

  const id = paragraphId(node)
  state.report.paragraphs.set(id, currentPageNumber(doc))
  addDestination(doc, state.destinationPrefix + id, doc.y)

  const element = doc.struct('P')
  parent.add(element)
  if (style.template.paragraphNumbers) {
    const top = doc.y
    const baseline = top + ascentOf(doc)
    element.add(doc.struct('Lbl', {}, () => drawNumber(state, paragraphMark(node), baseline)))
  }
  element.add(() => setRuns(state, runsOf(state, node.children, speech)))
  element.end()
}

/** The number right-aligned in the left margin, on the first line’s baseline. */
function drawNumber(state: PdfState, mark: string, baseline: number): void {
  const {doc, style} = state
  useType(doc, {face: style.label.regular, size: style.sizes.small, colour: style.colours.muted})
  const width = doc.widthOfString(mark)
  drawLine(doc, mark, doc.page.margins.left - style.numberGap - width, baseline - ascentOf(doc))
}

function runsOf(state: PdfState, inlines: Inline[], speech: Type): Run[] {
  const {style} = state
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
 * Set runs as one flowing paragraph (`flowRuns`), starting at the left edge
 * of the column, or `indent` points in.
 */
export function setRuns(state: PdfState, runs: Run[], indent = 0): void {
  const {doc, style} = state
  flowRuns(doc, style, runs, doc.page.margins.left + indent, columnWidth(doc) - indent)
}

export type {Run}
