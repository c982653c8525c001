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

/**
 * The mdast of a transcript. The title is the front matter's `title` only:
 * pandoc (`-s`) and static-site tools print that one as the document's
 * title, and a `# title` too would show it twice.
 */
export function toMdast(tree: Transcript): Root {
  const state = createState(tree)
  const children: RootContent[] = [{type: 'yaml', value: toFrontMatter(tree)}]
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
