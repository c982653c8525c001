/**
 * The `json` emitter: the transcript tree itself, as `inspect --json` prints it.
 */
import type {Emitter} from './emitter.js'

export const jsonEmitter: Emitter = {
  name: 'json',
  extension: 'json',
  description: 'the transcript tree (docs/model.md) as JSON',
  render(tree) {
    return JSON.stringify(tree, null, 2) + '\n'
  }
}
