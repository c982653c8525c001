/**
 * The packet’s cover page: the handling marking, the title, the date range,
 * how many transcripts, and the template’s “prepared” line at the foot.
 */
import {bottom, lineHeight, rule, skip, taggedText, useType, type Type} from '../../emit/pdf/typeset.js'
import type {Doc} from '../../emit/pdf/document.js'
import type {PdfStyle} from '../../emit/pdf/style.js'
import type {Packet} from '../model.js'
import {countLine} from '../summary.js'

export function layoutCover(doc: Doc, style: PdfStyle, packet: Packet, root: PDFKit.PDFStructureElement): void {
  const {template} = packet
  const section = doc.struct('Sect')
  root.add(section)
  const put = (tag: string, text: string, type: Type, options: Record<string, unknown> = {}) =>
    taggedText(doc, style, section, tag, text, type, options)
  const marking: Type = {face: style.label.bold, size: style.sizes.heading, colour: style.colours.accent}
  const markingText = template.marking.enabled ? template.marking.text : ''
  const muted: Type = {face: style.label.regular, size: style.sizes.heading, colour: style.colours.muted}

  put('P', markingText, marking, {align: 'center', characterSpacing: style.tracking * 2})

  doc.y = doc.page.margins.top + (bottom(doc) - doc.page.margins.top) * 0.28
  put('P', 'BRIEFING PACKET', {face: style.label.bold, size: style.sizes.small, colour: style.colours.accent}, {
    characterSpacing: style.tracking * 2
  })
  skip(doc, 8)
  put('H1', packet.title, {face: style.body.bold, size: style.sizes.title * 1.5, colour: style.colours.text})
  skip(doc, 14)
  rule(doc, style.colours.accent, 1)
  skip(doc, 14)
  put('P', packet.dateRange, muted)
  put('P', countLine(packet.chapters), muted)

  // The foot of the page: who prepared it, then the marking again.
  useType(doc, muted)
  const lines = (template.prepared ? 1 : 0) + (markingText ? 2 : 0)
  doc.y = Math.max(doc.y, bottom(doc) - lines * lineHeight(doc, style) - 1)
  put('P', template.prepared, {face: style.label.italic, size: style.sizes.label + 1, colour: style.colours.muted})
  if (markingText) {
    skip(doc, 4)
    put('P', markingText, marking, {align: 'center', characterSpacing: style.tracking * 2})
  }
  section.end()
}
