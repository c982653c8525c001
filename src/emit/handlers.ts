/**
 * The one shape of an emitter's handlers, as mdast-util-to-markdown has it:
 * a typed map from node type to `(node, state) => result`, where the state
 * is what the emitter's `createState(tree, context)` made for one rendering
 * (the tree, the context, the writer or document being filled). `handle`
 * looks the node's handler up, so a walk is one call per node.
 */
import type {Block} from '../model.js'

/** One handler per block type, each given its own node type. */
export type BlockHandlers<State, Result> = {
  [Type in Block['type']]: (node: Extract<Block, {type: Type}>, state: State) => Result
}

/** Render `node` with the handler for its type. */
export function handle<State, Result>(handlers: BlockHandlers<State, Result>, node: Block, state: State): Result {
  const handler = handlers[node.type] as (node: Block, state: State) => Result
  return handler(node, state)
}
