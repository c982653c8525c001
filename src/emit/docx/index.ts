/**
 * The `docx` emitter: a transcript as a Word document built from named
 * styles, with page furniture from the presentation template, embedded
 * PT Serif / PT Sans, and byte-identical output for the same input.
 */
import type {Emitter} from '../emitter.js'
import {transcriptContent} from './body.js'
import {pageFurniture} from './furniture.js'
import {packDocument, pageProperties} from './pack.js'
import {documentProperties} from './properties.js'
import {createState} from './state.js'

export const docxEmitter: Emitter = {
  name: 'docx',
  extension: 'docx',
  description: 'Word document with named styles, page furniture and embedded fonts',
  async render(tree, context) {
    const state = createState(tree, context)
    const {template} = context
    const cover = template.cover
    return packDocument({
      template,
      properties: documentProperties(tree, context),
      language: tree.meta.language,
      timestamp: context.timestamp,
      sections: [
        {
          properties: {...pageProperties(template), titlePage: cover},
          ...pageFurniture(tree.meta, template, {cover}),
          children: transcriptContent(state, {bodyOnNewPage: cover})
        }
      ]
    })
  }
}

export {transcriptBody, transcriptContent} from './body.js'
export {bookmarked} from './bookmark.js'
export {createState, bookmarkIds, type BookmarkIds, type DocxState} from './state.js'
export {documentStyles, paragraphStyle, characterStyle} from './styles.js'
export {packDocument, pageProperties, type KnownPages} from './pack.js'
export {pageFurniture} from './furniture.js'
export {documentProperties} from './properties.js'
