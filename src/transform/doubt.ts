/**
 * Say so when the reading is doubtful, in words a user can act on, rather
 * than print a confident wrong answer: a turn holding paragraphs that look
 * like labels the reader did not take, a transcript most of whose text is
 * nobody’s speech, no title.
 */
import type {VFile} from 'vfile'
import type {Transcript} from '../model.js'
import {paragraphText, turns} from '../model.js'
import {isLabelShape} from '../parse/label.js'
import {metadataKeys} from '../people/vocabulary.js'

/** `Raza: …`, `MR. SMITH: …`: a paragraph that opens like a label. */
const labelLike = /^(\p{Lu}[\p{L}.’' \-]{0,40}?)\s?[:：]\s+\S/u

/** Label-like paragraphs inside one turn before the turn is doubtful. */
const suspectLimit = 1

export function warnDoubts(tree: Transcript, file: VFile): void {
  for (const turn of turns(tree)) {
    const suspects = turn.children.slice(1).filter((paragraph) => {
      const first = paragraph.children[0]
      // Most paragraphs open with lower case or punctuation: no label to suspect.
      if (first?.type !== 'text' || !/^\p{Lu}/u.test(first.value)) return false
      const match = labelLike.exec(first.value)
      return match !== null && isLabelShape(match[1]) && !metadataKeys.has(match[1].toLowerCase()) && match[1].split(/\s+/).length <= 4
    })
    if (suspects.length < suspectLimit) continue
    for (const paragraph of suspects) {
      const label = labelLike.exec(paragraphText(paragraph))![1]
      file.message(
        `Paragraph opens with “${label}:” inside a turn by ${turn.label ?? 'an unlabelled speaker'}: if ${label} is a speaker, the reader did not take it for a label (it occurs once); check this turn`,
        paragraph.position
      ).ruleId = 'label-in-turn'
    }
  }

  if (!tree.meta.title) {
    file.message('No title found: the outputs use a generic one', tree.position?.start).ruleId = 'no-title'
  }
  // Only a transcript with both speech and narrative can be mostly narrative.
  if (!tree.children.some((block) => block.type === 'narrative') || !tree.children.some((block) => block.type === 'turn')) return
  // Runs of non-space, as many as the pieces of a split on white space that are not empty, without the pieces' array.
  const words = (text: string) => text.match(/\S+/g)?.length ?? 0
  let spoken = 0
  let narrated = 0
  for (const block of tree.children) {
    if (block.type === 'note') continue
    const count = block.children.reduce((sum, paragraph) => sum + words(paragraphText(paragraph)), 0)
    if (block.type === 'turn') spoken += count
    else narrated += count
  }
  if (spoken > 0 && narrated > spoken) {
    file.message(
      `Most of the text (${narrated} of ${spoken + narrated} words) has no speaker: it is kept as narrative; if it is speech, its labels were not recognised`,
      tree.position?.start
    ).ruleId = 'mostly-unlabelled'
  }
}
