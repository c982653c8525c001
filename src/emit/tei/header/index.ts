/**
 * `teiHeader`, in the order TEI requires.
 */
import type {TeiState} from '../state.js'
import {element, type XmlBuilder} from '../xml.js'
import {encodingDesc} from './encoding-desc.js'
import {fileDesc} from './file-desc.js'
import {profileDesc} from './profile-desc.js'
import {revisionDesc} from './revision-desc.js'

export function teiHeader(parent: XmlBuilder, state: TeiState): void {
  const node = element(parent, 'teiHeader')
  fileDesc(node, state)
  encodingDesc(node, state)
  profileDesc(node, state)
  revisionDesc(node, state)
}
