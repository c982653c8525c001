/**
 * Page furniture: what a copied web page carries that is not the transcript.
 * Navigation, captions, boilerplate and indexes (`furniture-rules.ts`), links,
 * `Key: value` metadata, the byline and legal footer after an end marker
 * (`… TO BE CONTINUED`, `###`, `END`) that no label follows. All of it is set
 * aside into `removed` with its reason, and what it tells (release number,
 * byline, article URL) goes into the metadata. A paragraph that opens with a
 * label is speech, never furniture.
 */
import type {VFile} from 'vfile'
import type {Note, Removed, Source} from '../model.js'
import {identifierKeys, metadataKeys} from '../people/vocabulary.js'
import {furnitureOf} from './furniture-rules.js'
import {matchLabel, type MatchOptions} from './label.js'
import type {SourceParagraph} from './paragraphs.js'

export interface Furniture {
  /** The paragraphs that remain. */
  paragraphs: SourceParagraph[]
  removed: Removed[]
  source: Source
  /** An editorial note for a `to be continued` marker. */
  continuation?: Note
}

/**
 * A link: `<http://…>`, `[text](mailto:…)`, a bare URL. No part can run into
 * the next link's opening, so removing them all is one linear pass (a single
 * `(?:\s*link)+$` pattern backtracks exponentially on `www.www.www.… !`).
 */
const link = /<(?:https?|mailto):[^<>\s]+>|\[[^[\]]*\]\((?:https?|mailto):[^()\s]+\)|(?:https?:\/\/|www\.)\S+/gi

/** Whether a paragraph is only links. */
function isLinkOnly(text: string): boolean {
  if (!/http|www\.|mailto/i.test(text)) return false
  return text.trim() !== '' && text.replace(link, '').trim() === ''
}
const endMarker = /^(?:\.{3}|…)\s*to be continued\b|^to be continued[.!…]*$|^[-–—\s]*(?:end(?: of (?:transcript|remarks|briefing|press conference|the briefing))?|ends)[-–—\s.]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\p{Lu}{2,5})?\.?)?$|^(?:#\s*){3}$|^\*{3}$/iu
const continued = /\bto be continued\b/i
/** `TO BE CONTINUED BETWEEN RUSSIAN SECRETARY …`: a marker in capitals may run on; a sentence that opens with the words is speech. */
const shoutedContinuation = /^TO BE CONTINUED\b\P{Ll}*$/u

export function setAsideFurniture(paragraphs: SourceParagraph[], file: VFile, options: MatchOptions = {}): Furniture {
  const result: Furniture = {paragraphs: [], removed: [], source: {}}
  let ended = false
  let previous: SourceParagraph | undefined
  const labelled = paragraphs.map((paragraph) => matchLabel(paragraph.text, options) !== undefined)
  const firstLabel = labelled.indexOf(true)
  const lastLabel = labelled.lastIndexOf(true)

  for (const [index, paragraph] of paragraphs.entries()) {
    const text = paragraph.text
    // A key is at most 30 characters: most paragraphs have no colon that early.
    const colon = text.indexOf(':')
    const metadata = colon > 0 && colon <= 30 ? /^([\p{L}’' .]{1,30}):\s+(.+)$/u.exec(text) : null
    const furniture = labelled[index] ? undefined : furnitureOf(text, {outside: index < firstLabel || firstLabel < 0})

    if (ended && labelled[index]) {
      // Speech after an end marker: the marker ended a part, not the transcript.
      ended = false
      file.message('Speech follows an end marker: the marker is set aside and the speech kept', paragraph.position).ruleId = 'speech-after-end'
    }
    if (furniture && !ended) {
      result.removed.push(setAside(paragraph, furniture))
    } else if (!ended && (endMarker.test(text) || shoutedContinuation.test(text)) && index > lastLabel) {
      result.removed.push(setAside(paragraph, 'page-furniture'))
      // What follows the marker is the page's footer only if it reads like one; more speech is kept.
      const after = tailWords(paragraphs.slice(index + 1))
      ended = after.prose <= after.footer
      if (!ended) {
        file.message('Speech follows an end marker: the marker is set aside and the speech kept', paragraph.position).ruleId = 'speech-after-end'
      } else {
        if (continued.test(text)) result.continuation = {type: 'note', kind: 'continuation', value: `The source continues in a later part: “${text}”`}
        const message = `End of the transcript: what follows is set aside as page furniture (${after.prose + after.footer} words)`
        // Setting aside words that do not read as a footer is worth a look.
        if (after.prose > maxProseAfterEnd) file.message(message, paragraph.position).ruleId = 'end-sets-aside'
        else file.info(message, paragraph.position)
      }
    } else if (isLinkOnly(text)) {
      result.removed.push(setAside(paragraph, 'link'))
      // `Article online:` followed by its link: the source’s address.
      if (!result.source.url && previous && /\b(?:article|online|permalink|source|url|original)\b/i.test(previous.text)) {
        result.source.url = /(?:https?:\/\/[^>\s)\]]+)/.exec(text)?.[0]
      }
    } else if (metadata && metadataKeys.has(metadata[1].toLowerCase())) {
      result.removed.push(setAside(paragraph, 'metadata'))
      if (identifierKeys.has(metadata[1].toLowerCase())) result.source.identifier = metadata[2].trim()
    } else if (ended && isFooterLike(text)) {
      const words = text.replace(/<[^<>]+>/g, '').trim()
      // The first short name-like line after the end is the byline.
      if (!result.source.byline && /^(?:\p{Lu}[\p{L}.’'\-]*\s+){1,3}\p{Lu}[\p{L}.’'\-]*$/u.test(words)) {
        result.source.byline = words
        result.removed.push(setAside(paragraph, 'byline'))
      } else {
        result.removed.push(setAside(paragraph, 'legal-footer'))
      }
    } else if (ended) {
      result.removed.push(setAside(paragraph, 'legal-footer'))
    } else {
      result.paragraphs.push(paragraph)
    }
    previous = paragraph
  }
  return result
}

/** Words of a page's footer: legal notices, links, subscriptions, contacts. */
const footerWords = /©|\bcopyright\b|\ball rights reserved\b|\bprivacy\b|\bterms of (?:use|service)\b|\bcookies?\b|\bdisclaimer\b|\breproduc|\bpermission\b|\bsubscri|\bnewsletter\b|https?:|www\.|@[\w-]+\.|\bcontact us\b|\bfollow us\b|\bredistribut|\btrademark|\bliabilit|\bresponsibilit|\bthird[- ]party\b|\bwarrant(?:y|ies)\b|\bpublisher\b|\beditorial\b|\bimpressum\b|\bmentions légales\b/i

/**
 * Whether a paragraph after an end marker is the page's footer (a byline, a
 * legal notice, a link, a short heading), not more speech: an end marker
 * must never swallow the words that follow it.
 */
function isFooterLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length
  return (words <= 60 && footerWords.test(text)) || (words <= 8 && !/[.?!…]["”’)]*$/u.test(text))
}

/** Words of prose that an end marker may set aside without a warning. */
const maxProseAfterEnd = 30

/**
 * The words after an end marker, up to the next label: how many are in
 * paragraphs that read as a footer, and how many in prose that does not.
 */
function tailWords(paragraphs: SourceParagraph[]): {footer: number; prose: number} {
  const counts = {footer: 0, prose: 0}
  for (const {text} of paragraphs) {
    const words = text.split(/\s+/).filter(Boolean).length
    if (isFooterLike(text) || isLinkOnly(text) || furnitureOf(text, {outside: true})) counts.footer += words
    else counts.prose += words
  }
  return counts
}

function setAside(paragraph: SourceParagraph, reason: Removed['reason']): Removed {
  return {reason, value: paragraph.raw, position: paragraph.position}
}
