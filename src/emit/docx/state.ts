/**
 * What the handlers share while they walk one transcript.
 */
import type {Transcript} from '../../model.js'
import type {Template} from '../../template/schema.js'

export interface BodyState {
  tree: Transcript
  template: Template
  /**
   * Prefix of bookmark names (`u3`, `p7`): empty for one transcript; a
   * packet of several gives each its own, so names stay unique.
   */
  idPrefix: string
}
