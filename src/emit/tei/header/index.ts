/**
 * `teiHeader`, in the order TEI requires.
 */
import type {TeiState} from '../state.js'
import {encodingDesc} from './encoding-desc.js'
import {fileDesc} from './file-desc.js'
import {profileDesc} from './profile-desc.js'
import {revisionDesc} from './revision-desc.js'

export function teiHeader(state: TeiState): void {
  fileDesc(state)
  encodingDesc(state)
  profileDesc(state)
  revisionDesc(state)
}
