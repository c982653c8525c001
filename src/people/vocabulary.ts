/**
 * General vocabulary for reading people out of labels, titles and header
 * blocks: honorifics, offices, the nationality words that precede an office,
 * and the words that name a role rather than a person. No person’s name is
 * written here; people come from the document or the user’s registry.
 */

/** Honorifics that precede a surname in labels: `MS. PSAKI`, `Mr Kerry`. */
export const honorifics = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady',
  'amb', 'ambassador', 'hon', 'excellency', 'his', 'her', 'gen', 'general', 'adm', 'col', 'sen', 'rep'
])

/**
 * Words that make up an office: `Secretary of State`, `Foreign Minister`,
 * `Press Secretary`, `Secretary-General`. A label or title word in this set
 * belongs to the office, not the name.
 */
export const officeWords = new Set([
  'secretary', 'minister', 'president', 'vice', 'prime', 'foreign', 'deputy', 'under', 'assistant',
  'state', 'defense', 'defence', 'spokesperson', 'spokesman', 'spokeswoman', 'spokesperson’s',
  'press', 'ambassador', 'envoy', 'special', 'representative', 'chancellor', 'premier', 'king',
  'queen', 'chairman', 'chairwoman', 'chair', 'director', 'commissioner', 'high', 'general',
  'secretary-general', 'sg', 'senator', 'governor', 'mayor', 'counselor', 'adviser', 'advisor',
  'national', 'security', 'affairs', 'chief', 'staff', 'head', 'official', 'senior', 'administration',
  'department', 'ministry', 'spokesperson', 'permanent', 'acting', 'the', 'of', 'for', 'and'
])

/** Nationality words that precede an office, and the country they name. */
export const nationalities: Record<string, string> = {
  'u.s.': 'United States', us: 'United States', american: 'United States',
  russian: 'Russian Federation', british: 'United Kingdom', uk: 'United Kingdom',
  french: 'France', german: 'Germany', chinese: 'China', japanese: 'Japan', indian: 'India',
  italian: 'Italy', spanish: 'Spain', turkish: 'Turkey', iranian: 'Iran', israeli: 'Israel',
  ukrainian: 'Ukraine', canadian: 'Canada', australian: 'Australia', saudi: 'Saudi Arabia',
  egyptian: 'Egypt', syrian: 'Syria', palestinian: 'Palestine', korean: 'Korea',
  mexican: 'Mexico', brazilian: 'Brazil', polish: 'Poland', dutch: 'Netherlands',
  eu: 'European Union', un: 'United Nations'
}

/** Labels that name a role, not a person, and the participant they stand for. */
export const roleLabels: Record<string, 'journalist' | 'moderator' | 'interpreter' | 'participant'> = {
  q: 'journalist', question: 'journalist', questioner: 'journalist', journalist: 'journalist',
  reporter: 'journalist', press: 'journalist', 'audience member': 'journalist',
  'audience question': 'journalist', 'participant': 'participant',
  moderator: 'moderator', chair: 'moderator', chairman: 'moderator', host: 'moderator',
  'master of ceremonies': 'moderator', mc: 'moderator', operator: 'moderator',
  interpreter: 'interpreter', translator: 'interpreter'
}

/**
 * Keys of `Key: value` lines that carry page metadata, not speech:
 * `PRN: 2013/T05-02`, `Beat: News`, `Note: …`. Compared lower-case.
 */
export const metadataKeys = new Set([
  'prn', 'release', 'release no', 'release number', 'beat', 'note', 'notes', 'editor’s note',
  "editor's note", 'source', 'sources', 'date', 'time', 'location', 'place', 'tags', 'tag',
  'category', 'categories', 'topic', 'topics', 'subject', 'url', 'link', 'photo', 'image',
  'caption', 'update', 'updated', 'posted', 'published', 'related', 'see also', 'keywords',
  'filed under', 'media note', 'office of the spokesperson', 'for immediate release', 'share',
  'print', 'email', 'contact', 'copyright', 'language', 'format', 'duration', 'attachments'
])

/** Keys among `metadataKeys` whose value is the source’s release number. */
export const identifierKeys = new Set(['prn', 'release', 'release no', 'release number'])

/** Event types as headers and titles name them, to the normal form the tree keeps. */
export const eventTypes: Array<[RegExp, string]> = [
  [/\bpress availability\b/i, 'press availability'],
  [/\b(?:joint )?(?:press|news) conference\b/i, 'press conference'],
  [/\bpress briefing\b|\bbriefing\b/i, 'briefing'],
  [/\binterview\b/i, 'interview'],
  [/\bpress statement\b|\bstatement\b/i, 'statement'],
  [/\bremarks\b/i, 'remarks'],
  [/\bspeech\b|\baddress\b/i, 'speech'],
  [/\bpress encounter\b|\bstakeout\b|\bdoorstep\b/i, 'press encounter'],
  [/\bq ?& ?a\b|\bquestions and answers\b/i, 'questions and answers']
]

/** The event type a phrase names, if any. */
export function eventTypeOf(text: string): string | undefined {
  for (const [pattern, type] of eventTypes) if (pattern.test(text)) return type
  return undefined
}

/** Languages stage directions name: `(In Russian.)`. */
export const languages: Record<string, string> = {
  english: 'en', russian: 'ru', french: 'fr', german: 'de', spanish: 'es', arabic: 'ar',
  chinese: 'zh', mandarin: 'zh', japanese: 'ja', korean: 'ko', italian: 'it', portuguese: 'pt',
  turkish: 'tr', persian: 'fa', farsi: 'fa', hebrew: 'he', ukrainian: 'uk', polish: 'pl',
  dutch: 'nl', hindi: 'hi', urdu: 'ur', greek: 'el', swedish: 'sv'
}
