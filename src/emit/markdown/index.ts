/**
 * The Markdown emitter: the transcript as mdast, serialised by
 * remark-stringify, with YAML front matter. Verbatim reads it back
 * (`src/read/markdown`) to the same tree.
 */
import type {Root, RootContent} from 'mdast'
import {unified} from 'unified'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import type {Transcript} from '../../model.js'
import type {Emitter} from '../emitter.js'
import {toFrontMatter} from './front-matter.js'
import {blockHandlers, createState} from './handlers/index.js'
import {handle} from '../handlers.js'
import {append} from '../../util/append.js'

/** The mdast of a transcript. */
export function toMdast(tree: Transcript): Root {
  const state = createState(tree)
  const children: RootContent[] = [{type: 'yaml', value: toFrontMatter(tree)}]
  if (tree.meta.title) children.push({type: 'heading', depth: 1, children: [{type: 'text', value: tree.meta.title}]})
  for (const block of tree.children) append(children, handle(blockHandlers, block, state))
  return {type: 'root', children}
}

const processor = unified()
  .use(remarkStringify, {bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true})
  .use(remarkFrontmatter, ['yaml'])

/** Markdown text of a transcript. */
export function toMarkdown(tree: Transcript): string {
  return processor.stringify(toMdast(tree))
}

export const markdownEmitter: Emitter = {
  name: 'md',
  extension: 'md',
  description: 'Markdown with YAML front matter (CommonMark; read back by Verbatim)',
  render: toMarkdown
}
