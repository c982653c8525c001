/**
 * Render one transcript to PDF as a stream of chunks: warn about characters
 * the fonts cannot draw, then lay out along the path `pagination.ts`
 * chooses (pages held for one pass, or measured then streamed).
 */
import type {Transcript} from '../../model.js'
import type {EmitContext} from '../emitter.js'
import {fonts} from '../fonts.js'
import {missingGlyphs} from '../glyphs.js'
import {renderBuffered} from './buffered.js'
import type {DocumentInfo} from './document.js'
import {choosePagination, holdPagesUpTo} from './pagination.js'
import {countPages, renderStreamed} from './streamed.js'
import {pdfStyle} from './style.js'
import {documentAuthors, namedSpeakers, titleOf} from '../conventions.js'
import {contentDigest} from './digest.js'

export interface RenderOptions {
  /** Characters of text up to which pages are held for one pass (`pagination.ts`); tests force either path with it. */
  holdPagesUpTo?: number
}

/** The info dictionary: title, the authors (`documentAuthors`), the event as subject. */
export function documentInfo(tree: Transcript, context: EmitContext): DocumentInfo {
  const meta = tree.meta
  const names = namedSpeakers(tree).map((person) => person.name)
  return {
    title: titleOf(meta),
    author: documentAuthors(tree).join(', ') || undefined,
    subject: [meta.eventType, meta.date, meta.source?.publisher].filter(Boolean).join(', ') || undefined,
    keywords: [...new Set([...names, meta.place?.city, meta.place?.country, meta.eventType])]
      .filter(Boolean)
      .join(', '),
    language: meta.language || 'en',
    date: context.timestamp,
    digest: contentDigest([tree]),
    creator: `Verbatim ${context.version}`
  }
}

export async function* renderPdf(
  tree: Transcript,
  context: EmitContext,
  options: RenderOptions = {}
): AsyncGenerator<Uint8Array> {
  const style = pdfStyle(context.template)
  const missing = missingGlyphs(tree, [fonts.serif.regular, fonts.sans.regular])
  if (missing && context.file) {
    const reason = `The PDF’s fonts cannot draw “${missing.characters.slice(0, 40)}”: those characters are missing from the PDF`
    context.file.message(reason, missing.position).ruleId = 'missing-glyphs'
  }
  const info = documentInfo(tree, context)
  const pagination = choosePagination(tree, style, options.holdPagesUpTo ?? holdPagesUpTo)
  if (pagination === 'held') yield* renderBuffered(tree, style, info)
  else yield* renderStreamed(tree, style, info, pagination === 'measured' ? countPages(tree, style, info) : 0)
}
