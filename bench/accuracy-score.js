/**
 * Score one transcript tree against the facts a person wrote down for it
 * (`test/fixtures/real/FACTS.md` gives the format and the comparison rules).
 *
 * Every fact is checked on its own and reported as right or missed, with
 * what was expected and what was found, so that a miss can be traced to the
 * rule that caused it.
 */
import {transliterate} from '../dist/people/names.js'

/** Case, diacritics, quotes, dashes, punctuation and spacing folded; Cyrillic and Chinese spelt in Latin as ids are. */
export function fold(text) {
  return transliterate(String(text ?? ''))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘'`´]/g, '')
    .replace(/[“”«»"]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function words(text) {
  return fold(text).split(' ').filter(Boolean)
}

/** Whether a participant is the speaker a fact names. */
export function isSpeaker(expected, participant) {
  if (!participant) return false
  if (fold(expected) === 'journalists') return participant.kind === 'journalist'
  if (participant.kind === 'journalist' && participant.group) return false
  const want = words(expected)
  // The id is the name in Latin letters (`wang-wenbin` for `汪文斌`), so it is compared too.
  if (participant.id && fold(participant.id.replace(/-/g, ' ')) === want.join(' ')) return true
  for (const candidate of [participant.name, participant.role]) {
    if (!candidate) continue
    const have = words(candidate)
    if (have.join(' ') === want.join(' ')) return true
    // One name inside the other, word by word: `Pompeo` in `Michael R. Pompeo`.
    const [short, long] = have.length <= want.length ? [have, want] : [want, have]
    if (candidate === participant.name && short.length > 0 && short.every((word) => long.includes(word))) return true
    // The same surname, the given name as an initial (a patronymic's initial besides): `С.В.Лавров` is `Sergey Lavrov`.
    if (candidate === participant.name && have.at(-1) === want.at(-1)) {
      for (const [initialed, full] of [[have, want], [want, have]]) {
        const initials = initialed.slice(0, -1)
        if (initials.length > 0 && full.length > 1 && initials.every((word) => word.length === 1) && full[0].startsWith(initials[0])) return true
      }
    }
  }
  return false
}

/** The longest common subsequence of two lists, by length. */
function commonSubsequence(a, b) {
  const table = Array.from({length: a.length + 1}, () => new Array(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1])
    }
  }
  return table[0][0]
}

function placeText(place) {
  if (!place) return ''
  return [place.venue, place.city, place.country].filter(Boolean).join(', ')
}

/**
 * The facts of one file checked against its tree: `{checks: [{fact, right,
 * expected, found}]}`.
 */
export function score(tree, facts) {
  const checks = []
  const check = (fact, right, expected, found) => checks.push({fact, right: Boolean(right), expected, found})
  const meta = tree.meta ?? {}

  if (facts.title === null) check('title', !meta.title, null, meta.title ?? null)
  else check('title', fold(meta.title) === fold(facts.title), facts.title, meta.title ?? null)

  check('date', (meta.date ?? null) === (facts.date ?? null), facts.date ?? null, meta.date ?? null)

  const found = placeText(meta.place)
  if (facts.place === null || facts.place === undefined) check('place', found === '', null, found || null)
  else {
    const haystack = fold(found)
    const parts = String(facts.place).split(',').map(fold).filter(Boolean)
    check('place', found !== '' && parts.every((part) => haystack.includes(part)), facts.place, found || null)
  }

  if (facts.language) {
    const primary = (tag) => String(tag ?? '').split('-')[0].toLowerCase()
    check('language', primary(meta.language) === primary(facts.language), facts.language, meta.language ?? null)
  }

  const expectedSpeakers = (facts.speakers ?? []).map((speaker) => speaker.name)
  const participants = tree.participants ?? []
  for (const name of expectedSpeakers) {
    const match = participants.find((participant) => isSpeaker(name, participant))
    check(`speaker ${name}`, match, name, match ? match.name : participants.map((p) => p.name).join('; ') || null)
  }
  const extra = participants.filter((participant) => !expectedSpeakers.some((name) => isSpeaker(name, participant)))
  check('no other speakers', extra.length === 0, null, extra.map((p) => p.name).join('; ') || null)

  const turns = (tree.children ?? []).filter((node) => node.type === 'turn')
  const expectedTurns = facts.turns ?? []
  check('turn count', turns.length === expectedTurns.length, expectedTurns.length, turns.length)

  // Each found turn named by the expected speaker it matches, so the two lists compare.
  const byId = new Map(participants.map((participant) => [participant.id, participant]))
  const foundOrder = turns.map((turn) => expectedSpeakers.find((name) => isSpeaker(name, byId.get(turn.speaker))) ?? `?${byId.get(turn.speaker)?.name ?? turn.speaker}`)
  const aligned = commonSubsequence(expectedTurns, foundOrder)
  for (let index = 0; index < expectedTurns.length; index++) {
    // The lists are printed once, with the first miss.
    const first = index === aligned
    check(`turn order ${index + 1}`, index < aligned, first ? expectedTurns.join(', ') : '…', first ? foundOrder.join(', ') : '…')
  }

  // `times:` (the format readers' corpora): each turn's start as the source prints it, `null` for none, turn by turn.
  for (const [index, time] of (facts.times ?? []).entries()) {
    const start = turns[index]?.start ?? null
    check(`time ${index + 1}`, turns[index] !== undefined && start === (time === null ? null : String(time)), time, turns[index] ? start : 'no such turn')
  }

  // Speech is the turns' text; a stage direction or trailer read as an incident is not speech.
  const speech = turns.map((turn) => turn.children.map((paragraph) => paragraph.children.filter((node) => node.type === 'text').map((node) => node.value).join('')).join('\n')).join('\n')
  const foldedSpeech = fold(speech)
  for (const furniture of facts.furniture ?? []) {
    const inside = speech.includes(furniture) || (fold(furniture) !== '' && foldedSpeech.includes(fold(furniture)))
    check(`furniture "${furniture}"`, !inside, 'not in any turn', inside ? 'in a turn' : 'set aside')
  }
  return {checks}
}
