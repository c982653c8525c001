/**
 * The title block of one transcript: title, metadata lines, participants,
 * and the heading the body starts under.
 */
import {ExternalHyperlink, Paragraph, TextRun} from 'docx'
import type {Transcript} from '../../model.js'
import {eventLine, participantLine, placeLine, sourceLine, titleOf, whenLine} from '../conventions.js'
import type {FamilyRole} from '../fonts.js'
import {scriptRuns} from './script-runs.js'
import {paragraphStyle} from './styles.js'

function metadata(text: string, role: FamilyRole): Paragraph {
  return new Paragraph({style: paragraphStyle.metadata.id, children: scriptRuns(text, role)})
}

export function heading(text: string, options: {pageBreakBefore?: boolean} = {}): Paragraph {
  return new Paragraph({style: paragraphStyle.heading.id, text, pageBreakBefore: options.pageBreakBefore})
}

/**
 * Title and metadata lines; lines the source does not give are left out.
 * `role`: the family their styles use (the template's label family), whose
 * fallbacks set what it cannot draw.
 */
export function titleBlock(tree: Transcript, role: FamilyRole = 'sans'): Paragraph[] {
  const lines = [whenLine(tree.meta), placeLine(tree.meta), eventLine(tree.meta), sourceLine(tree.meta)]
  const block = [
    new Paragraph({style: paragraphStyle.title.id, children: scriptRuns(titleOf(tree.meta), role)}),
    ...lines.filter(Boolean).map((line) => metadata(line, role))
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
export function participantList(tree: Transcript, role: FamilyRole = 'sans'): Paragraph[] {
  if (tree.participants.length === 0) return []
  return [
    heading('Participants'),
    ...tree.participants.map(
      (person) => new Paragraph({style: paragraphStyle.participant.id, children: scriptRuns(participantLine(person), role)})
    )
  ]
}
