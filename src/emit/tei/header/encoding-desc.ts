/**
 * `encodingDesc`: the tool that wrote the file, what it changed and set
 * aside (`editorialDecl`, worded from this transcript’s own counts), and the
 * speaker types `@ana` points to (`classDecl`).
 */
import {turns, type RemovedReason} from '../../../model.js'
import type {TeiState} from '../state.js'
import {
  applicationId,
  deliveryTaxonomyId,
  interpretedCategoryId,
  removedReasons,
  speakerCategories,
  speakerCategoryId,
  speakerTaxonomyId
} from '../vocabulary.js'
import {element, type TeiElement} from '../xml.js'

/** What TEI accepts in `application/@version`. */
const teiVersion = /^\d+[a-z]*\d*(\.\d+[a-z]*\d*){0,3}$/

export function encodingDesc(state: TeiState): void {
  const node = element(state.header, 'encodingDesc')
  appInfo(node, state)
  editorialDecl(node, state)
  classDecl(node)
}

function appInfo(parent: TeiElement, state: TeiState): void {
  const {version} = state.context
  const application = element(element(parent, 'appInfo'), 'application', {
    'xml:id': applicationId,
    ident: 'Verbatim',
    version: teiVersion.test(version) ? version : undefined
  })
  element(application, 'label', {}, `Verbatim ${version}`)
  element(application, 'desc', {}, 'Parses transcripts of press events into one transcript tree and renders it to Markdown, DOCX, PDF and TEI.')
}

function editorialDecl(parent: TeiElement, state: TeiState): void {
  const {tree} = state
  const node = element(parent, 'editorialDecl')

  element(element(node, 'correction'), 'p', {}, correction(state))

  element(
    element(node, 'normalization'),
    'p',
    {},
    'Typography damaged in copying the source (dashes and quotation marks, missing spaces, ' +
      'paragraphs and labels broken across lines) is repaired; words are not changed. ' +
      'Speaker labels are kept as printed, with their colon, in note[@type="speaker"]; ' +
      'the person each label names is resolved to one person or personGrp in particDesc, which u/@who points to.'
  )

  const allTurns = turns(tree)
  const paragraphs = tree.children.reduce((sum, block) => sum + (block.type === 'note' ? 0 : block.children.length), 0)
  element(
    element(node, 'segmentation'),
    'p',
    {},
    `One u per speaker turn (${allTurns.length} in all) and one seg per source paragraph (${paragraphs} paragraphs in all, ` +
      'prose that is not speech included as p in div[@type="narrative"]), numbered u1, u2… and p1, p2… ' +
      'in reading order, the numbers every format made by Verbatim shows.'
  )

  const unlabelled = allTurns.filter((turn) => turn.label === undefined).length
  const notes = tree.children.filter((block) => block.type === 'note').length
  element(
    element(node, 'interpretation'),
    'p',
    {},
    'Stage directions keep their printed text: vocal for laughter, kinesic for applause, gap for speech ' +
      'not transcribed (inaudible, off-mike), incident for crosstalk, silences, pauses and other events, ' +
      'note for remarks on interpretation and on a foreign language (@corresp points to the language). ' +
      `${count(notes, 'editorial note')} added by the pipeline ${notes === 1 ? 'is' : 'are'} note[@type="editorial"] with @resp="#${applicationId}"; ` +
      `so are its notes on addressees, questioners and who a turn follows. ` +
      `${count(unlabelled, 'turn')} without a label in the source ${unlabelled === 1 ? 'has' : 'have'} a supplied label (note[@subtype="supplied"]).`
  )
}

function correction(state: TeiState): string {
  const {removed} = state.tree
  if (removed.length === 0) return 'Nothing read from the source was set aside.'
  const byReason = new Map<RemovedReason, number>()
  for (const entry of removed) byReason.set(entry.reason, (byReason.get(entry.reason) ?? 0) + 1)
  const parts = [...byReason].map(([reason, n]) => `${n} × ${removedReasons[reason] ?? reason}`)
  return (
    `${count(removed.length, 'passage')} of the source ${removed.length === 1 ? 'was' : 'were'} set aside as not part of the transcript ` +
    `(${parts.join('; ')}); each is kept verbatim, with its reason, in back/div[@type="removed"].`
  )
}

function classDecl(parent: TeiElement): void {
  const node = element(parent, 'classDecl')
  const speakers = element(node, 'taxonomy', {'xml:id': speakerTaxonomyId})
  element(speakers, 'desc', {}, 'Speaker types')
  for (const category of speakerCategories) {
    const entry = element(speakers, 'category', {'xml:id': speakerCategoryId(category.kind)})
    element(entry, 'catDesc', {}, category.description)
  }
  const delivery = element(node, 'taxonomy', {'xml:id': deliveryTaxonomyId})
  element(delivery, 'desc', {}, 'Delivery of a turn')
  const interpreted = element(delivery, 'category', {'xml:id': interpretedCategoryId})
  element(interpreted, 'catDesc', {}, 'Delivered through an interpreter: the words are the interpretation.')
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
