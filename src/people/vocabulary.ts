/**
 * General vocabulary for reading people out of labels, titles and header
 * blocks: honorifics, offices, the nationality words that precede an office,
 * and the words that name a role rather than a person. No person’s name is
 * written here; people come from the document or the user’s registry.
 */

/** Honorifics that precede a surname in labels: `MS. PSAKI`, `Mr Kerry`. */
export const honorifics = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady',
  'amb', 'ambassador', 'hon', 'excellency', 'his', 'her', 'gen', 'general', 'adm', 'col', 'sen', 'rep',
  'shri', 'smt', 'sri', 'herr', 'frau', 'monsieur', 'madame', 'mme', 'm', 'señor', 'señora', 'sr', 'sra', 'don', 'doña',
  'господин', 'госпожа', 'г-н', 'г-жа'
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
  'secretary-general', 'sg', 'senator', 'spokesperson’s', 'srs', 'srs’in', "srs'in", 'regierungssprecher',
  'regierungssprecherin', 'sprecher', 'sprecherin', 'porte-parole', 'ministre', 'ministro', 'canciller', 'portavoz',
  'министр', 'президент', 'представитель', 'официальный', 'посол', 'председатель',
  'secretario', 'secretaria', 'subsecretario', 'subsecretaria', 'procurador', 'procuradora', 'vocero', 'vocera', 'embajador',
  'embajadora', 'gobernador', 'gobernadora', 'presidenta', 'ministra', 'canciller', 'ambassadeur', 'ambassadrice', 'secrétaire',
  'relaciones', 'exteriores', 'asuntos', 'exterior', 'affaires', 'étrangères', 'esteri', 'relações', 'estrangeiros', 'negócios',
  'presidente', 'república', 'repubblica', 'república,', 'sözcü', 'sözcüsü', 'bakan', 'bakanı', 'dışişleri', 'cumhurbaşkanı',
  'botschafter', 'botschafterin', 'staatssekretär', 'staatssekretärin', 'ministerin', 'minister', 'rzecznik', 'ministro', 'portavoce', 'governor', 'mayor', 'counselor', 'adviser', 'advisor',
  'national', 'security', 'affairs', 'chief', 'staff', 'head', 'official', 'senior', 'administration',
  'department', 'ministry', 'spokesperson', 'permanent', 'acting', 'principal', 'first', 'executive', 'the', 'of', 'for', 'and'
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

/**
 * What a role label stands for: the journalists who ask, a moderator, an
 * interpreter, participants, or whoever answers (`A.`, `R -`, `答`), the
 * principal speaker.
 */
export type Role = 'journalist' | 'moderator' | 'interpreter' | 'participant' | 'answer'

/** Labels that name a role, not a person, and the participant they stand for. */
export const roleLabels: Record<string, Role> = {
  q: 'journalist', question: 'journalist', questioner: 'journalist', journalist: 'journalist',
  reporter: 'journalist', press: 'journalist', 'audience member': 'journalist',
  'audience question': 'journalist', 'participant': 'participant',
  moderator: 'moderator', chair: 'moderator', chairman: 'moderator', host: 'moderator',
  'master of ceremonies': 'moderator', mc: 'moderator', operator: 'moderator',
  interpreter: 'interpreter', translator: 'interpreter',
  // The same roles in the other languages of diplomacy.
  вопрос: 'journalist', журналист: 'journalist', корреспондент: 'journalist', ведущий: 'moderator', модератор: 'moderator',
  frage: 'journalist', zusatzfrage: 'journalist', journaliste: 'journalist', pregunta: 'journalist', periodista: 'journalist',
  domanda: 'journalist', pergunta: 'journalist', 问: 'journalist', 记者: 'journalist', 主持人: 'moderator',
  modérateur: 'moderator', moderatorin: 'moderator', moderador: 'moderator', moderadora: 'moderator',
  audience: 'journalist', 'unidentified reporter': 'journalist', 'unidentified male': 'journalist',
  'unidentified female': 'journalist', 'unidentified questioner': 'journalist', 'off-camera': 'journalist',
  a: 'answer', r: 'answer', answer: 'answer', ответ: 'answer', antwort: 'answer', réponse: 'answer', respuesta: 'answer', 答: 'answer',
  читатель: 'journalist', слушатель: 'journalist', телезритель: 'journalist', реплика: 'journalist', remark: 'journalist',
  reader: 'journalist', caller: 'journalist', viewer: 'journalist', réplique: 'journalist', zwischenfrage: 'journalist', 'q&a': 'journalist',
  traducteur: 'interpreter', interprète: 'interpreter', dolmetscher: 'interpreter', переводчик: 'interpreter', intérprete: 'interpreter',
  jornalista: 'journalist', repórter: 'journalist', giornalista: 'journalist', giornalisti: 'journalist', soru: 'journalist',
  pytanie: 'journalist', питання: 'journalist', журналіст: 'journalist', 提问: 'journalist',
  resposta: 'answer', risposta: 'answer', cevap: 'answer', yanıt: 'answer', odpowiedź: 'answer', відповідь: 'answer',
  presenter: 'moderator', anchor: 'moderator', apresentador: 'moderator', apresentadora: 'moderator', conduttore: 'moderator',
  conduttrice: 'moderator', présentateur: 'moderator', présentatrice: 'moderator', ведучий: 'moderator', 'sunucu': 'moderator'
}

/** Whether a word (or each part of a hyphenated one, `Vice-President`, `Director-General`) is an office word. */
export function isOfficeWord(word: string): boolean {
  return officeWords.has(word) || (word.includes('-') && word.split('-').every((part) => officeWords.has(part)))
}

/** Words that join an office to its complement as `of` does: `Presidente da República`, `Ministre des Affaires`. */
export const officeLinks = new Set(['of', 'for', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'dello', 'dei', 'di', 'du', 'des'])

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
  'print', 'email', 'contact', 'copyright', 'language', 'format', 'duration', 'attachments',
  'from', 'to', 'cc', 'sent', 'cite', 'briefer', 'briefers', 'feeds', 'posts', 'unique id', 'last updated',
  'posted by', 'written by', 'author', 'by', 'filed', 'dateline', 'reference', 'ref', 'transcript',
  'video', 'audio', 'watch', 'listen', 'download', 'read more', 'read also', 'tweet', 'follow us',
  'moderated by', 'location', 'venue', 'event',
  'источник', 'дата', 'тема', 'quelle', 'datum', 'thema', 'fuente', 'fecha', 'tema', 'source de l’article', 'mots-clés',
  'data', 'fonte', 'luogo', 'local', 'tarih', 'kaynak', 'джерело', 'sprecher', 'themen', 'teilnehmer', 'intervenants',
  '来源', '发布时间', '时间', '地点', '日期', '发布人', '浏览量', '作者', '责任编辑', '编辑'
])

/**
 * Voices a transcription service numbers where it identified nobody
 * (diarisation): `Speaker 1`, `SPEAKER 2`, `Unknown Speaker`, `Spreker 1`,
 * `Intervenant 3`. A number, not a name: `Speaker` or `Sprecher` alone is an
 * office (a parliament’s Speaker, a government’s spokesman), never one of these.
 */
export const diarisedVoice =
  /^(?:(?:unknown|unidentified)\s+speaker(?:\s+(?:\d{1,2}|[A-Z]))?|(?:speaker|spreker|sprecher|sprecherin|intervenant|intervenante|orateur|oratrice|locuteur|locutrice|hablante|orador|oradora|interlocutor|falante|oratore|parlante|спикер|говорящий)\s+(?:\d{1,2}|[A-Z]))$/iu

/** Headings a page’s header puts alone on a line above a name: `Speaker`, `Presider` (CFR). */
export const roleHeadings = new Set(['speaker', 'speakers', 'presider', 'presiders', 'participants', 'panelists', 'panellists', 'moderator', 'host'])

/** Keys among `metadataKeys` whose value is the source’s release number. */
export const identifierKeys = new Set(['prn', 'release', 'release no', 'release number'])

/** Event types as headers and titles name them, to the normal form the tree keeps (lower-case patterns: `eventTypeOf` lowers the text). */
export const eventTypes: Array<[RegExp, string]> = [
  [/\bpress availability\b/, 'press availability'],
  [/\b(?:joint )?(?:press|news) conference\b/, 'press conference'],
  [/\bpress briefing\b|\bbriefing\b/, 'briefing'],
  [/\binterview\b/, 'interview'],
  [/\bpress statement\b|\bstatement\b/, 'statement'],
  [/\bremarks\b/, 'remarks'],
  [/\bspeech\b|\baddress\b/, 'speech'],
  [/\bpress encounter\b|\bstakeout\b|\bdoorstep\b/, 'press encounter'],
  [/\bq ?& ?a\b|\bquestions and answers\b/, 'questions and answers'],
  [/\bgaggle\b/, 'briefing'],
  [/\bbackground (?:call|briefing)\b/, 'briefing'],
  [/\btranscript\b/, 'transcript'],
  [/\banswers? to (?:media |the media’s |journalists’ )?questions\b/, 'questions and answers'],
  // French, German, Spanish, Russian, Chinese.
  [/\bpoint de presse\b|\bpoint presse\b|\bbriefing de presse\b/, 'briefing'],
  [/\bconférence de presse\b|\bpressekonferenz\b|\bregierungspressekonferenz\b|\brueda de prensa\b|\bconferencia de prensa\b|пресс-конференц|记者会|新闻发布会/, 'press conference'],
  [/\bentretien\b|\bentrevista\b|интервью|采访/, 'interview'],
  [/брифинг|брифінг|吹风会/, 'briefing'],
  [/пресконференц|прес-конференц/, 'press conference'],
  [/інтерв[’'ʼ]ю/, 'interview'],
  [/(?<![\p{L}])заяв[аиу]/u, 'statement'],
  [/(?<![\p{L}])виступ/u, 'speech'],
  [/\bdéclaration\b|\berklärung\b|\bdeclaraci[oó]n\b|заявлени|声明/, 'statement'],
  [/\bdiscours\b|\brede\b|\bdiscurso\b|выступлени|讲话/, 'speech'],
  [/ответы? на вопросы|答记者问/, 'questions and answers'],
  [/\bremarques\b|\bdeclaraciones\b/, 'remarks'],
  [/\bexposici[oó]n\b|\bintervenci[oó]n\b|\bintervention (?:de|du|d’|d')|\bintervento\b|\bintervenção\b/, 'remarks']
]

/** Weaker words for an event, that name a title when nothing stronger does: `Meeting with …`. */
export const eventHints = /\b(?:meeting|meets|talks|visit|conversation|exchange|dialogue|session|encounter|remarks|briefing|statement)\b|встреч|переговор|\brencontre\b|\btreffen\b|\breunión\b|会见|会谈/u

/** The event type a phrase names, if any. */
export function eventTypeOf(text: string): string | undefined {
  // The patterns are lower case: the text is lowered once rather than every pattern matched without case.
  const lower = text.toLowerCase()
  // Most lines name no event: one pass of all the patterns together rules them out, before the first that matches is sought.
  if (!anyEventType.test(lower)) return undefined
  for (const [pattern, type] of eventTypes) if (pattern.test(lower)) return type
  return undefined
}

const anyEventType = new RegExp(eventTypes.map(([pattern]) => pattern.source).join('|'), 'u')

/** Languages stage directions name: `(In Russian.)`. */
export const languages: Record<string, string> = {
  english: 'en', russian: 'ru', french: 'fr', german: 'de', spanish: 'es', arabic: 'ar',
  chinese: 'zh', mandarin: 'zh', japanese: 'ja', korean: 'ko', italian: 'it', portuguese: 'pt',
  turkish: 'tr', persian: 'fa', farsi: 'fa', hebrew: 'he', ukrainian: 'uk', polish: 'pl',
  dutch: 'nl', hindi: 'hi', urdu: 'ur', greek: 'el', swedish: 'sv'
}
