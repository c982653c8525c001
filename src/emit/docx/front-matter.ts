/**
 * The title block of one transcript: title, metadata lines, participants,
 * and the heading the body starts under.
 */
import {ExternalHyperlink, Paragraph, TextRun} from 'docx'
import type {Transcript} from '../../model.js'
import {humanDate, participantLine, placeLine} from '../conventions.js'
import {paragraphStyle} from './styles.js'
import {capitalised, xmlSafe} from './text.js'

/** `July 15, 2016, 14:30`. */
function whenLine(tree: Transcript): string {
  const date = humanDate(tree.meta.date)
  return [date, tree.meta.time].filter(Boolean).join(', ')
}

/** `U.S. Department of State · 2013/T05-02 · by Ruby Bird`. */
function sourceLine(tree: Transcript): string {
  const source = tree.meta.source
  if (!source) return ''
  return [source.publisher, source.identifier, source.byline ? 'by ' + source.byline : undefined]
    .filter(Boolean)
    .join(' · ')
}

function metadata(text: string): Paragraph {
  return new Paragraph({style: paragraphStyle.metadata.id, text: xmlSafe(text)})
}

export function heading(text: string, options: {pageBreakBefore?: boolean} = {}): Paragraph {
  return new Paragraph({style: paragraphStyle.heading.id, text, pageBreakBefore: options.pageBreakBefore})
}

/** Title and metadata lines; lines the source does not give are left out. */
export function titleBlock(tree: Transcript): Paragraph[] {
  const lines = [whenLine(tree), placeLine(tree.meta), capitalised(tree.meta.eventType), sourceLine(tree)]
  const block = [
    new Paragraph({style: paragraphStyle.title.id, text: xmlSafe(tree.meta.title ?? 'Transcript')}),
    ...lines.filter(Boolean).map(metadata)
  ]
  const url = tree.meta.source?.url
  if (url) {
    block.push(
      new Paragraph({
        style: paragraphStyle.metadata.id,
        children: [new ExternalHyperlink({link: url, children: [new TextRun({text: url, style: 'Hyperlink'})]})]
      })
    )
  }
  return block
}

/** The participants, one a line: `John Kerry, Secretary of State (United States)`. */
export function participantList(tree: Transcript): Paragraph[] {
  if (tree.participants.length === 0) return []
  return [
    heading('Participants'),
    ...tree.participants.map(
      (person) => new Paragraph({style: paragraphStyle.participant.id, text: xmlSafe(participantLine(person))})
    )
  ]
}
