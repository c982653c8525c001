/**
 * People named with their office in running text or a title:
 * `Russian Foreign Minister Sergey Lavrov`, `US Secretary of State John Kerry`,
 * `President of Russia Vladimir Putin`, `Foreign Minister Sergey Lavrov’s remarks`.
 */
import {displayCase} from './names.js'
import {honorifics, isOfficeWord, nationalities, officeLinks, officeWords} from './vocabulary.js'

export interface Mention {
  name: string
  office: string
  affiliation?: string
  /** Named in the possessive (`Lavrov’s remarks`): the owner of the event. */
  possessive: boolean
}

/** Nouns that make a run of office words an office (`Special` alone is not one). */
export const headNouns = new Set([
  'secretary', 'minister', 'president', 'ambassador', 'spokesperson', 'spokesman', 'spokeswoman',
  'chancellor', 'premier', 'king', 'queen', 'envoy', 'representative', 'director', 'commissioner',
  'senator', 'governor', 'mayor', 'secretary-general', 'chairman', 'chairwoman', 'adviser', 'advisor',
  'porte-parole', 'ministre', 'ministro', 'sprecher', 'sprecherin', 'regierungssprecher', 'regierungssprecherin',
  'canciller', 'portavoz', 'министр', 'президент', 'представитель', 'посол', 'presidente', 'presidenta', 'ministra',
  'portavoce', 'sözcü', 'sözcüsü', 'bakan', 'bakanı', 'cumhurbaşkanı', 'rzecznik', 'botschafter', 'botschafterin', 'ambassadeur'
])


/** Capitalised words that end a name in a title-case title: `Sergey Lavrov Before Their Meeting`. */
const nameStops = new Set([
  'before', 'after', 'with', 'at', 'in', 'on', 'and', 'following', 'during', 'their', 'the', 'to',
  'for', 'of', 'about', 'ahead', 'remarks', 'press', 'meeting', 'joint', 'upon', 'amid', 'regarding',
  'over', 'from', 'by', 'meets', 'met', 'says', 'said', 'visit', 'talks', 'statement', 'interview'
])

/** Nouns that close the name of a ministry or department: `Public Relations`, `Homeland Security`. */
const ministryNouns = new Set([
  'affairs', 'relations', 'security', 'development', 'defence', 'defense', 'trade', 'justice', 'health', 'finance', 'economy',
  'cooperation', 'commerce', 'agriculture', 'education', 'energy', 'interior', 'environment', 'information', 'communications',
  'communication', 'transport', 'labour', 'labor', 'industry', 'culture', 'policy', 'planning', 'resources', 'services', 'diplomacy'
])

const ofComplements = new Set(['united', 'russian', 'european', 'foreign', 'home', 'saudi', 'new', 'south', 'north'])

/** Offices Chinese titles put before a name: `外交部发言人华春莹主持…`. */
const chineseOffice = /(发言人|副部长|部长|外长|大使|总统|总理|主席|秘书长|国务卿|特使|代表)(\p{Script=Han}{2,3}?)(?=主持|表示|说|指出|答|回答|会见|出席|在|就|同|与|接受|发表|举行|[,，、:：。\s(（]|$)/u

/**
 * `Министра иностранных дел России С.В.Лаврова`, `Президента России В.В.Путина`:
 * an office, then initials and a surname, as Russian titles print them (in
 * the genitive, which `nominative` undoes).
 */
const russianOffice = /((?:Министр|Президент|Председател|Посл|Заместител|Официальн|Директор|Представител)\p{Ll}*(?:\s+\p{L}+){0,4}?)\s+((?:\p{Lu}\.\s?){1,2})(\p{Lu}\p{Ll}+)/u

/**
 * `Речника МЗС України Георгія Тихого`, `Министра иностранных дел России
 * Сергея Лаврова`: an office, then a first name and a surname in full, in the
 * genitive, as Ukrainian and Russian titles print them.
 */
const cyrillicOfficeFullName = /((?:Министр|Президент|Председател|Посл|Заместител|Официальн|Директор|Представител|Речник|Міністр|Заступник|Представник|Голов|Речниц)\p{Ll}*(?:\s+\p{L}+){0,4}?)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?![\p{L}])(?!\s+\p{Lu})/u

/** `Георгія` → `Георгій`, `Сергея` → `Сергей`, `Марії` → `Марія`, `Ивана` → `Иван`: a first name from the genitive. */
function nominativeFirstName(name: string): string {
  if (/[іи]я$/u.test(name)) return name.slice(0, -1) + 'й'
  if (/ея$/u.test(name)) return name.slice(0, -1) + 'й'
  if (/[иі]и$|ії$/u.test(name)) return name.slice(0, -1) + (name.endsWith('ії') ? 'я' : 'я')
  if (/[бвгджзклмнпрстфхцчшщ]а$/u.test(name)) return name.slice(0, -1)
  if (/[бвгджзклмнпрстфхцчшщ][ыи]$/u.test(name)) return name.slice(0, -1) + 'а'
  return name
}

/** `Лаврова` → `Лавров`, `Захаровой` → `Захарова`, `Путина` → `Путин`, `Тихого` → `Тихий`: a surname from the genitive. */
function nominative(surname: string): string {
  if (/(?:ов|ев|ин|ын)а$/u.test(surname)) return surname.slice(0, -1)
  if (/(?:ов|ев|ин|ын)ой$/u.test(surname)) return surname.slice(0, -2) + 'а'
  if (/(?:ск|цк)ого$/u.test(surname)) return surname.slice(0, -3) + 'ий'
  if (/ого$/u.test(surname)) return surname.slice(0, -3) + 'ий'
  if (/(?:ої|ой)$/u.test(surname)) return surname.slice(0, -2) + 'а'
  return surname
}

/** People named with an office in `text`. Mixed-case text only: all capitals hide where a name ends. */
export function findMentions(text: string): Mention[] {
  // The Chinese and Cyrillic offices open with a Han or Cyrillic letter: most texts have neither, and the patterns are tried at every position.
  const chinese = hasHan.test(text) ? chineseOffice.exec(text) : null
  if (chinese) return [{name: chinese[2], office: chinese[1], possessive: false}]
  const cyrillic = hasCyrillic.test(text)
  const russian = cyrillic ? russianOffice.exec(text) : null
  if (russian) return [{name: russian[2] + nominative(russian[3]), office: russian[1], possessive: false}]
  const full = cyrillic ? cyrillicOfficeFullName.exec(text) : null
  if (full) return [{name: `${nominativeFirstName(full[2])} ${nominative(full[3])}`, office: full[1], possessive: false}]
  if (text === text.toUpperCase()) return []
  const words = text.split(/\s+/).filter(Boolean)
  // Each word bare, lower-cased and tested for a capital once: the loops below ask about most words several times.
  const bareWords = words.map(bare)
  const lowerWords = bareWords.map((word) => word.toLowerCase())
  const capitals = bareWords.map((word) => /^\p{Lu}/u.test(word))
  const lower = (i: number) => lowerWords[i] ?? ''
  const capital = (i: number) => capitals[i] ?? false
  const mentions: Mention[] = []
  // `White House`, `State Department`: an institution after a name is not part of it.
  const institution = (i: number) => /^(?:white|state|foreign|kremlin|élysée)$/.test(lower(i)) && /^(?:house|department|ministry|office|palace)$/.test(lower(i + 1))

  /**
   * Words an `of` takes after an office: one (`of State`, `of Russia`), two for
   * `Foreign Affairs`, `Public Relations`, `Homeland Security` where a
   * ministry’s noun closes them and two capitalised words still follow for the name.
   */
  const complementLength = (from: number): number => {
    if (ofComplements.has(lower(from))) return 2
    let run = 0
    while (run < 6 && capital(from + run) && !nameStops.has(lower(from + run))) {
      run++
      if (/[,;:.!?]$/.test(words[from + run - 1])) break
    }
    for (let length = Math.min(3, run - 2); length > 1; length--) if (ministryNouns.has(lower(from + length - 1))) return length
    return 1
  }

  for (let i = 0; i < words.length; i++) {
    if (!capital(i) || !isOfficeWord(lower(i)) || ['the', 'of', 'for', 'and'].includes(lower(i))) continue
    const start = i
    let end = i
    let head = false
    while (end < words.length) {
      const word = lower(end)
      if (officeLinks.has(word) && end > start) {
        end++
        if (lower(end) === 'the') end++
        end += complementLength(end)
        continue
      }
      // `Spokesperson and Deputy Minister for Public Relations Noh Kyu-duk`: an `and` between two offices.
      if (word === 'and' && end > start && capital(end + 1) && isOfficeWord(lower(end + 1))) {
        end++
        continue
      }
      if (!capital(end) || !isOfficeWord(word) || ['the', 'and'].includes(word)) break
      // `Director-General`, `Vice-President`: a compound is an office when one of its parts is.
      if (headNouns.has(word) || word.split('-').some((part) => headNouns.has(part))) head = true
      end++
      if (/[,;:.]$/.test(words[end - 1])) break
    }
    if (!head) continue

    const name: string[] = []
    let possessive = false
    let next = end
    while (next < words.length && name.length < 3 && capital(next) && !nameStops.has(lower(next)) && !isOfficeWord(lower(next)) && !institution(next)) {
      const word = bareWords[next]
      // `Lavrov’s`, and Turkish `Ünal’ın`, `Çavuşoğlu'nun`: a possessive ending.
      const owner = /^(.+)[’'](?:s|n?[ıiuü]n)$/u.exec(word)
      name.push(owner ? owner[1] : word)
      next++
      if (owner) {
        possessive = true
        break
      }
      if (/[,;:.!?]$/.test(words[next - 1])) break
    }
    // `Minister for Foreign Affairs Dr Vivian Balakrishnan`: the honorific is not part of the name.
    if (name.length > 1 && honorifics.has(name[0].toLowerCase().replace(/\.$/, ''))) name.shift()
    if (name.length === 0) {
      i = end - 1
      continue
    }

    const previous = start > 0 ? nationalities[lowerWords[start - 1]] : undefined
    const mention: Mention = {
      name: displayCase(name.join(' ')),
      office: bareWords.slice(start, end).join(' '),
      possessive
    }
    if (previous) mention.affiliation = previous
    mentions.push(mention)
    i = next - 1
  }
  return mentions
}

/** A word without the punctuation around it: `(Lavrov),` → `Lavrov`. */
function bare(word: string): string {
  return word.replace(/[,;:.!?)”"]+$/, '').replace(/^[(“"]+/, '')
}

/** Where `chineseOffice` and the Cyrillic patterns can match at all. */
const hasHan = /\p{Script=Han}/u
const hasCyrillic = /\p{Script=Cyrillic}/u

/**
 * The person a line is all about, when the line is one office and one name
 * and nothing else (`Ambassador Barbara Woodward`, `Spokesperson and Deputy
 * Minister for Public Relations Noh Kyu-duk`): a byline.
 */
export function bylineOf(text: string): Mention | undefined {
  if (text.length > 120 || /[.!?,;:]$/.test(text)) return undefined
  // A byline opens with its office: most lines are ruled out by their first word.
  if (!officeWords.has(text.slice(0, text.indexOf(' ') >>> 0).toLowerCase())) return undefined
  const mentions = findMentions(text)
  return mentions.length === 1 && `${mentions[0].office} ${mentions[0].name}` === text ? mentions[0] : undefined
}
