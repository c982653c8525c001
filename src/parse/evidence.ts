/**
 * Evidence from the whole document for label forms that one line alone
 * cannot prove: a mixed-case or caseless name before a colon (`Zakharova:`,
 * `汪文斌：`), a label closed by a period (`The President.`), a name alone
 * on its line (`Wagner (AA)`). A form that opens two or more lines is a
 * label; a one-off `Word:` opening an ordinary sentence is not.
 */
import {eventTypeOf, honorifics, metadataKeys, roleLabels} from '../people/vocabulary.js'
import {bylineOf} from '../people/mentions.js'
import {isMasthead} from './furniture-rules.js'
import {isLabelShape, isValue, labelKey, splitParenthetical, timedName} from './label.js'
import {cleanText, isBlank, type SourceLine} from './lines.js'

/** How often a form must open a line to count as a label. */
const minimumRecurrence = 2

/** Lower-case label forms the document shows to be labels. */
export function findLabelForms(lines: SourceLine[]): Set<string> {
  const counts = new Map<string, number>()
  /** Colon labels alone on their line (`Department of State spokesperson (00:00):`): a looser shape suffices. */
  const alone = new Map<string, number>()
  const standalone: string[] = []
  const count = (map: Map<string, number>, form: string) => {
    const key = labelKey(form)
    if (key === '' || metadataKeys.has(key)) return
    map.set(key, (map.get(key) ?? 0) + 1)
    // `马振岗(中国国际问题研究所所长…)` once, then `马振岗`: the name is the form that recurs, its office said once.
    const name = labelKey(splitParenthetical(form).name)
    if (name !== key && name !== '' && !metadataKeys.has(name)) map.set(name, (map.get(name) ?? 0) + 1)
  }

  /** `Ned Price  1:12` alone above the speech (Otter, Teams): names before a gap and a time. */
  const timed: string[] = []
  /** `CL          Hello and welcome…`: initials, then a run of spaces, then the speech (the WHO’s transcripts). */
  const gapped = new Map<string, number>()
  for (let index = 0; index < lines.length; index++) {
    const text = cleanText(lines[index])
    if (text === '') continue
    const gap = gappedInitials.exec(lines[index].text)
    // (No metadata key is excluded: `TAG` before a gap is Tedros Adhanom Ghebreyesus, not a page’s tags.)
    if (gap) gapped.set(labelKey(gap[1]), (gapped.get(labelKey(gap[1])) ?? 0) + 1)
    // The gap is what the services print (two spaces or more, a tab) and a sentence does not; cleaning folds it to one space.
    const named = /\d$|seconds?$/.test(text) ? timedName(text) : undefined
    if (named && (named.spelt || /\S(?: {2,}|\t)[\d:.,]+\s*$/.test(lines[index].text))) timed.push(named.label)
    // Most lines have no colon near their start: the pattern is not tried on them.
    const head = text.slice(0, 64)
    const colon = head.includes(':') || head.includes('：') ? /^((?:[^:：]|(?<=\d)[:：](?=\d)){1,60}?)\s?[:：](?!\d)(.*)$/u.exec(text) : null
    if (colon) {
      const form = colon[1].replace(/\s*[[(]\d[\d:.,]*[\])]$/, '')
      const rest = colon[2].replace(/^\s*[[(]\d[\d:.,]*[\])]/, '').trim()
      if (isValue(rest) && !/^[\p{Lu}\P{L}]+$/u.test(form)) {
        // `Of. Administrativa: Piso P04 Oficina 407`: a contact line, however often it recurs.
      } else if (isLabelShape(form) || isNameAndOffice(form)) count(counts, form)
      else if (rest === '' && isLooseLabel(form)) count(alone, form)
    }
    // A period label is a few words before the first period: a sentence’s first period comes later.
    const stop = head.indexOf('. ')
    const period = stop > 0 && stop <= 40 && head.slice(0, stop).split(' ').length <= 5 ? /^([^.!?:]{1,60}?)\.\s+\S/u.exec(text) : null
    if (period && isPersonLike(period[1])) count(counts, period[1])
    const next = lines[index + 1]
    // A name alone above speech stands after a blank line or a finished sentence, never inside wrapped text.
    const previous = index > 0 ? cleanText(lines[index - 1]) : ''
    const opens = previous === '' || /[.?!:”")]$/.test(previous)
    if (next && !isBlank(next.text) && opens && isStandalone(text) && !isMasthead(text) && !eventTypeOf(text)) count(counts, text)
    // `Ambassador Barbara Woodward` alone above the speech: an office and a name are a byline label.
    if (opens && isBylineLabel(text)) {
      const speech = lines.slice(index + 1, index + 3).find((line) => !isBlank(line.text))?.text.trim() ?? ''
      if (speech.length > 60 || /[.?!]$/.test(speech)) counts.set(labelKey(text), minimumRecurrence)
    }

    // A role word or `Name (AA)` alone may stand a blank line above its speech.
    if (isStrongStandalone(text) && lines.slice(index + 1, index + 3).some((line) => !isBlank(line.text))) standalone.push(text)
  }
  const forms = new Set([...counts].filter(([, n]) => n >= minimumRecurrence).map(([key]) => key))
  // `Rishabh:` twice, then `Raza:` once: where questioners are labelled by a first name, a one-off first name is one too.
  const firstNames = [...forms].filter((key) => /^\p{Ll}{3,20}$/u.test(key) && !Object.hasOwn(roleLabels, key))
  if (firstNames.length > 0) {
    for (const [key, n] of counts) if (n === 1 && /^\p{Ll}{3,20}$/u.test(key) && !discourseWords.has(key) && !Object.hasOwn(roleLabels, key)) forms.add(key)
  }
  for (const [key, n] of alone) if (n >= minimumRecurrence) forms.add(key)
  // Initials before a gap, on two lines or more: each form is a label, though it may open only one line.
  if ([...gapped.values()].reduce((a, b) => a + b, 0) >= minimumRecurrence) for (const key of gapped.keys()) forms.add(key)
  // Names before a time on two lines or more: each name is a label, though it may head only one turn.
  if (timed.length >= minimumRecurrence) for (const label of timed) forms.add(labelKey(label))
  // Names alone on their lines, each once (`Frage` / `Hoffmann (BReg)` / `Wagner (AA)`): the shape recurs.
  if (standalone.length >= minimumRecurrence) for (const text of standalone) forms.add(labelKey(text))
  return forms
}

/** A line that is all one office-and-name mention. */
function isBylineLabel(text: string): boolean {
  return text.length <= 60 && bylineOf(text) !== undefined
}

/** Words that open a sentence with a colon (`Finally: …`), never a name. */
const discourseWords = new Set([
  'finally', 'firstly', 'first', 'secondly', 'second', 'thirdly', 'third', 'lastly', 'also', 'however', 'moreover', 'furthermore',
  'note', 'example', 'update', 'result', 'results', 'conclusion', 'summary', 'background', 'context', 'yes', 'no', 'well', 'so',
  'now', 'then', 'today', 'yesterday', 'tomorrow', 'again', 'still', 'therefore', 'thus', 'again', 'important', 'remember', 'look',
  'listen', 'see', 'here', 'there', 'this', 'that', 'these', 'those', 'warning', 'caution', 'correction', 'clarification', 'answer'
])

/** `Shri Arindam Bagchi, Official Spokesperson`: a name and an office after a comma. */
function isNameAndOffice(text: string): boolean {
  const parts = text.split(/\s*,\s*/)
  return parts.length === 2 && parts.every((part) => isLabelShape(part) || /^\p{Lu}/u.test(part))
}

/** A capitalised phrase of up to six words: a label only where the document repeats it alone on a line. */
function isLooseLabel(text: string): boolean {
  return /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 6 && /^[\p{L}\p{M}\d .’'\-]+$/u.test(text)
}

/** A role word (`Frage`, `Question`), or a name with its ministry abbreviated (`Wagner (AA)`). */
function isStrongStandalone(text: string): boolean {
  if (text.length > 60) return false
  if (text.endsWith(')')) return /^\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){0,2}\s*\(\p{Lu}[\p{L}.\-]{0,7}\)$/u.test(text)
  if (text.length > 25) return false
  const key = labelKey(text).replace(/\.$/, '')
  return key.length >= 2 && Object.hasOwn(roleLabels, key)
}

/** `The President`, `President Biden`, `Secretary Blinken`: a period label names an office or a title and name. */
function isPersonLike(text: string): boolean {
  if (!isLabelShape(text)) return false
  const words = text.split(/\s+/)
  // `Mr. President`: the period of an honorific is not a label’s.
  const last = words[words.length - 1]
  return words.length >= 2 && words.length <= 5 && last.length >= 2 && !honorifics.has(last.toLowerCase())
}

/** A name alone on its line: a label’s shape, with an optional `(AA)`, no sentence punctuation. */
function isStandalone(text: string): boolean {
  // `A`, `Q` alone are letters of a list or a wrapped word, never a name on its own line.
  if (text.length > 60 || text.replace(/[^\p{L}]/gu, '').length < 2 || /[.!?,;:]$/.test(text)) return false
  const core = text.replace(/\s*\([^()]{1,20}\)$/, '')
  return core !== text ? isLabelShape(core) : isLabelShape(text) && text.split(/\s+/).length <= 4
}

/**
 * Lines with a label glued to the end of the previous sentence by a page
 * extraction (`…photo by Michael Gross.QUESTION: Madame Secretary`) split
 * in two, where the label is one the document uses at the start of lines.
 */
export function splitGluedLabels(lines: SourceLine[], forms: ReadonlySet<string>): SourceLine[] {
  if (forms.size === 0) return lines
  const result: SourceLine[] = []
  for (const line of lines) {
    // `CL          Hello …`: the initials stand as a label on a line of their own, the speech after them on the next.
    const gap = gappedInitials.exec(line.text)
    if (gap && forms.has(labelKey(gap[1]))) {
      const at = gap[0].length
      result.push({...line, text: gap[1], clean: undefined})
      result.push({text: line.text.slice(at), line: line.line, offset: line.offset + at, column: (line.column ?? 1) + at})
      continue
    }
    let rest = line
    // Only a line with a colon can hide a label.
    for (; rest.text.includes(':') || rest.text.includes('：'); ) {
      const glued = gluedLabel.exec(rest.text)
      if (!glued || !forms.has(labelKey(glued[1]))) break
      const at = glued.index + glued[0].indexOf(glued[1])
      result.push({...rest, text: rest.text.slice(0, at)})
      rest = {text: rest.text.slice(at), line: rest.line, offset: rest.offset + at, column: (rest.column ?? 1) + at}
    }
    result.push(rest)
  }
  return result
}

/** Two to four capitals, three spaces or a tab or more, then text. */
const gappedInitials = /^(\p{Lu}{2,4})(?:[ \u00A0]{3,}|\t+)(?=\S)/u

/** A sentence’s end, then at once a capitalised label and its colon. */
const gluedLabel = /(?<=[\p{Ll}\d)][.?!][”"’)]?) ?(\p{Lu}[\p{Lu}\p{Ll}.’' \-]{0,40}?)(\s?[:：])\s/u
