/**
 * `verbatim inspect`: what the parser understood, for a person (or, with
 * `--json`, the tree itself).
 */
import {humanDate, participantLine, placeLine, questionerLine, timeLine} from '../emit/conventions.js'
import type {Transcript} from '../model.js'
import {paragraphText} from '../model.js'

export function describeTranscript(tree: Transcript): string {
  const {meta} = tree
  const lines: string[] = []
  lines.push(`Title:        ${meta.title ?? '(none)'}`)
  lines.push(`Date:         ${meta.date ? `${meta.date} (${humanDate(meta.date)})` : '(none)'}${meta.time ? ' ' + timeLine(meta) : ''}`)
  if (meta.place) lines.push(`Place:        ${placeLine(meta)}`)
  if (meta.eventType) lines.push(`Event:        ${meta.eventType}`)
  const source = meta.source ?? {}
  for (const [key, value] of Object.entries(source)) lines.push(`${(key[0].toUpperCase() + key.slice(1) + ':').padEnd(14)}${value}`)
  lines.push('', 'Participants:')
  for (const person of tree.participants) {
    lines.push(`  ${person.id.padEnd(18)} ${participantLine(person)} [${person.kind}]${person.labels.length ? ' — ' + person.labels.map((l) => `“${l}”`).join(', ') : ''}`)
  }
  lines.push('', 'Body:')
  for (const block of tree.children) {
    if (block.type === 'turn') {
      const first = block.children[0] ? paragraphText(block.children[0]) : ''
      const relations = [
        block.addressee && `to ${block.addressee}`,
        block.after && `after ${block.after}`,
        block.interpreted && 'interpreted',
        block.questioner && `asked by ${questionerLine(block.questioner)}`
      ].filter(Boolean)
      lines.push(`  u${block.n} ${block.speaker}${block.label ? ` “${block.label}”` : ' (unlabelled)'}${relations.length ? ` (${relations.join('; ')})` : ''}, ${block.children.length} ¶: ${first.slice(0, 60)}${first.length > 60 ? '…' : ''}`)
    } else if (block.type === 'narrative') {
      lines.push(`  narrative, ${block.children.length} ¶`)
    } else {
      lines.push(`  note (${block.kind}): ${block.value}`)
    }
  }
  if (tree.removed.length > 0) {
    lines.push('', 'Set aside:')
    for (const item of tree.removed) lines.push(`  ${item.position ? `line ${item.position.start.line}` : ''} ${item.reason}: ${item.value.split('\n')[0].slice(0, 70)}`)
  }
  return lines.join('\n')
}
