/**
 * Refine a transcript tree: the transforms every tree goes through, in this
 * order, whichever reader built it (the text parser, the Markdown and TEI
 * readers), so that what a format prints does not depend on where its tree
 * came from. Each takes `(tree, file)` and says on the file what it did or
 * doubted.
 *
 * 1. characters: the one rule for characters no format carries;
 * 2. language: the document's language and each paragraph in another;
 * 3. interpretation: turns delivered through an interpreter;
 * 4. speakers: labels resolved into participants (the text parser only: the
 *    readers of Verbatim's own formats are given the participants);
 * 5. questioners: who a moderator calls on asks the next question;
 * 6. omissions: where the source leaves something out;
 * 7. numbers: turns and paragraphs numbered in reading order;
 * 8. doubts: warnings where the reading is doubtful.
 */
import type {VFile} from 'vfile'
import type {Transcript} from '../model.js'
import {keepCarriedCharacters} from './characters.js'
import {warnDoubts} from './doubt.js'
import {markInterpretation} from './interpretation.js'
import {markLanguage, type LanguageOptions} from './language.js'
import {numberParagraphs} from './number.js'
import {noteOmissions} from './omissions.js'
import {recordQuestioners} from './questioners.js'
import {resolveSpeakers, type SpeakerOptions} from './speakers.js'

export interface RefineOptions {
  /**
   * Apply the character rule to the tree (default true). The text parser
   * gives false: it applied the rule to the source (`prepareSource`), so every
   * string of its tree is clean already, and a walk over it would find nothing.
   */
  characters?: boolean
  /** The document's language, when the input states it (kept, not detected). */
  language?: LanguageOptions['language']
  /** Resolve labels into participants with this directory and principal; a reader whose input lists its participants leaves it out. */
  speakers?: SpeakerOptions
  /** Warn where the reading is doubtful (default true); a reader of Verbatim's own output has nothing left to doubt. */
  doubts?: boolean
}

export function refine(tree: Transcript, file: VFile, options: RefineOptions = {}): Transcript {
  if (options.characters !== false) keepCarriedCharacters(tree, file)
  markLanguage(tree, file, {language: options.language})
  markInterpretation(tree, file)
  if (options.speakers) resolveSpeakers(tree, file, options.speakers)
  recordQuestioners(tree, file)
  noteOmissions(tree, file)
  numberParagraphs(tree)
  if (options.doubts !== false) warnDoubts(tree, file)
  return tree
}
