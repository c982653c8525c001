/**
 * What a saved page, a blog repost or an e-mail carries around a transcript
 * that nobody said: navigation, language switchers, share and print widgets,
 * photo captions and gallery counters, subscription and promotion
 * boilerplate, topic indexes. One paragraph or line is judged at a time, by
 * its shape and by phrases that such furniture uses on every site; what
 * matches is set aside with its reason, never dropped.
 *
 * The rules are anchored (a phrase must open the text, or be all of it) and
 * bounded in length, so speech that happens to mention "share" or "print"
 * stays speech.
 */
import type {RemovedReason} from '../model.js'
import {findDate} from './dates.js'

/** Navigation and widgets: the whole text is one of these. */
const widgets = new RegExp(
  '^(?:' +
    [
      'skip (?:to )?(?:main )?(?:content|navigation|links)', 'skip links', 'back to top', 'top of page', 'to top', 'return to top',
      'print(?: this page| friendly| version)?', 'share(?: this(?: page| article)?)?(?: on \\w+)?', 'tweet', 'e-?mail(?: this)?',
      'facebook', 'twitter', 'linkedin', 'whatsapp', 'telegram', 'vk', 'reddit', 'pinterest', 'copy link', 'subscribe',
      'follow us(?: on \\w+)?', 'menu', 'main menu', 'search(?: form)?', 'home', 'homepage', 'sitemap', 'log ?in', 'sign (?:in|up)',
      'related(?: posts| articles| stories| content| links| information)?(?: \\(.{1,60}\\))?', 'read more', 'read also', 'see also', 'more(?: news| stories)?',
      'advanced settings', 'close', 'open', 'next', 'previous', 'prev', 'news', 'videos?', 'photos?', 'gallery', 'audio',
      'listen(?: to this article)?', 'download(?: pdf)?', 'pdf', 'advertisement', 'sponsored', 'comments?', 'no comments', 'post a comment',
      'leave a (?:comment|reply)', '(?:\\p{Lu}\\p{Ll}+ )?(?:video|audio)(?: player)?', 'return to .{0,30}(?:page|index|list|main|menu|top|home|articles|transcripts)', 'an official website of the united states government',
      "here[’']s how you know", 'official websites use \\.gov.*', 'secure \\.gov websites use https.*', 'a lock \\(.*',
      'imprimer', 'partager', 'haut de la page', 'retour en haut', 'accueil', 'plan du site', 'informations complémentaires',
      'drucken', 'teilen', 'seitenanfang', 'nach oben', 'startseite', 'imprimir', 'compartir', 'inicio', 'volver arriba',
      'версия для печати', 'печать', 'поделиться', 'главная', 'наверх', '打印', '分享', '返回顶部', '首页',
      'transcribed by .{1,60}', 'logo(?: .{1,40})?', '.{1,40} logo', 'placeholder(?: image)?', 'hits?', 'views?', 'просмотр\\p{L}*', 'переглядів', 'aufrufe', '(?:subtitles? section )?play (?:video|audio)',
      // Accessibility menus and the .gov banner, whole or run together.
      'an official website of the united states government.*', 'font size.*', 'text size.*', 'choose (?:a )?font.*',
      'high contrast.*', 'accessibility.*', 'screen reader.*', 'выберите шрифт.*', 'размер шрифта.*', 'интервал между буквами.*', 'цвет сайта.*', 'изображения.*', 'версия для слабовидящих.*',
      'taille du texte.*', 'schriftgröße.*', 'leichte sprache', 'gebärdensprache',
      // Font-size buttons, skip links and menus in other scripts, a weekday alone.
      '(?:a[+\\-]?\\s*){1,3}', '.{0,12}바로가기', '검색창 열기', 'kor', 'eng',
      '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|星期[一二三四五六日天]|周[一二三四五六日])'
    ].join('|') +
    ')[.!:]?$',
  'iu'
)

/** Phrases that open boilerplate paragraphs: subscriptions, promotions, delivery notes, transcript notices. */
const boilerplate = new RegExp(
  '^(?:' +
    [
      'you are subscribed to', 'this email was sent to', 'powered by govdelivery', 'update your subscriptions', 'manage (?:your )?subscriptions',
      'unsubscribe', 'this information has recently been updated', 'stay connected with', 'having trouble viewing this email',
      'check against delivery', 'as prepared for delivery', 'as delivered', 'embargoed until', 'sperrfrist', 'seul le prononcé fait foi',
      'es gilt das gesprochene wort', 'cotejar con la versión pronunciada',
      'this is a rush transcript', 'this copy may not be in its final form', 'transcripts? (?:is|are) provided', 'the following is an? (?:unofficial )?transcript',
      '(?:the )?following is (?:an? |the )?(?:near-verbatim |full |unofficial |official |complete )?(?:[\\w.’\' ]{0,40} )?(?:transcript|text)\\b',
      '\\(?(?:begin|end) (?:transcript|text)\\)?', 'our standards:', 'all rights reserved',
      'copyright ©?', '©', 'posted (?:on|in|by)\\b', 'published (?:on|in|by)\\b', 'last (?:updated|modified)\\b', 'updated:', 'dernière modification',
      'mis à jour', 'date de publication', 'stand:', 'zuletzt aktualisiert', 'обновлено', 'дата публикации', 'released on\\b',
      '\\(on the record unless otherwise noted\\)', 'on the record unless otherwise noted', 'for immediate release$', 'media note$',
      'welcome to the united nations', 'willkommen auf den seiten', 'bienvenue sur le site', 'translation (?:is )?not available',
      'jos käännöstä ei ole saatavilla', 'story continues below', 'continue reading', 'click here', 'watch the video', 'watch:',
      'sign up for', 'get the latest', 'source:', 'photo:', 'photos?:', 'image:', 'caption:', 'credit:', 'file photo',
      // The .gov banner and archive notices, however long their lines.
      'an official website of the united states government', 'official websites use \\.gov', 'secure \\.gov websites use https',
      'a lock \\(', '\\.gov websites? belongs? to', 'you have accessed part of a historical collection', 'this is historical material',
      'this page (?:contains|is) (?:archived|historical)',
      // Cookie notices, in the languages of the pages we read.
      '(?:this|our) (?:web ?)?site uses cookies', 'we use cookies', 'by (?:continuing|using) (?:to (?:browse|use) )?(?:this|our) (?:web ?)?site',
      'questo sito (?:web )?(?:usa|utilizza) (?:i )?cookie', 'ce site (?:web )?utilise des cookies', 'nous utilisons des cookies',
      '(?:diese|unsere) (?:web ?)?(?:seite|site) (?:verwendet|nutzt) cookies', 'wir verwenden cookies',
      '(?:este|nuestro) (?:sitio|portal) (?:web )?(?:usa|utiliza) cookies', 'utilizamos cookies', 'este (?:site|portal) (?:usa|utiliza) cookies',
      '(?:этот |наш )?сайт использует (?:файлы )?cookie', 'мы используем (?:файлы )?cookie', 'bu (?:web )?sitesi? çerez'
    ].join('|') +
    ')',
  'iu'
)

/** `4 of 9`, `3/12`: a photo gallery’s counter. */
export const galleryCounter = /^\d{1,3} (?:of|из|sur|von|de) \d{1,3}$|^\d{1,3}\s*\/\s*\d{1,3}$/iu

/** A promotion: a sales verb and a sales phrase (`Try … and save time`), or a request to buy. */
const promotion = /^(?:try|get|start|sign up|subscribe|download|join|upgrade|buy|shop|order|transcribe|discover)\b.*\b(?:for free|free trial|save time|your own|premium|subscription|the app)\b|\bbuy it (?:here|now)\b/iu

/** An e-mail list’s notices, distinctive wherever they stand in a paragraph (a repost may put its own tag first). */
const subscription = /\b(?:you are subscribed to|this email was sent to|powered by govdelivery|manage your subscriptions|unsubscribe from)\b/i

/** Every subscription notice has one of these (the full pattern, unanchored, is costly on speech). */
const mayBeSubscription = /subscri|govdelivery|this email/i

/** Captions: `… photo by Michael Gross.`, `(Photo: Reuters)`, `REUTERS/Kevin Lamarque`, `4 of 9`. */
const caption = /\b(?:photo|photograph|picture|image|video) (?:by|courtesy of|credit)\b|^[\p{Lu}][\p{L} .’'\-]{0,60} (?:photo|photograph|portrait)$|^\(?(?:photo|фото|foto)\s*[:：]|\b(?:reuters|afp|ap|getty images|epa|tass|ria novosti|xinhua)\s*\/\s*\p{Lu}|\bgetty images\b|^\d{1,3} (?:of|из|sur|von|de) \d{1,3}$|^\d{1,3}\s*\/\s*\d{1,3}$/iu

/** Whether a caption is worth looking for: every caption has one of these (the full pattern is costly on prose). */
function mayBeCaption(lower: string): boolean {
  return /photo|фото|foto|picture|image|video|portrait|getty|\//.test(lower) || /^\d/.test(lower)
}

/** Words a language switcher lists: languages named in their own language, and locale codes. */
const languageNames = /^(?:english|français|francais|русский|deutsch|español|espanol|中文|简体中文|繁體中文|العربية|português|italiano|日本語|한국어|українська|türkçe|polski|nederlands|فارسی|العربي|other languages?|languages?|en|fr|ru|de|es|zh|ar|pt|it|ja|ko|uk|[a-z]{2}-[a-z]{2}\d*|contact|us|links|sitemap|search|home|rss|faq|about)$/iu

export interface FurnitureOptions {
  /** The text sits before the transcript’s first label or after its last: bare topic lines there are an index. */
  outside?: boolean
}

/** Why `text` (one repaired line or paragraph) is page furniture, if it is. */
export function furnitureOf(text: string, options: FurnitureOptions = {}): RemovedReason | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  // `____`, `* * *`, `-----`: rules and separators.
  if (/^[\p{P}\p{S}\s]+$/u.test(trimmed) && !/[?!]/.test(trimmed)) return 'page-furniture'
  // `ambasciata_mosca`, `logo-state.png`: an image’s file name or identifier left by a page copy.
  if (/^[\w-]+_[\w-]+$|^[\w-]+\.(?:jpe?g|png|gif|svg|webp)$/iu.test(trimmed) && !/\s/.test(trimmed)) return 'page-furniture'
  // `754`, `[[Page 1643]]`, `- 3 -`: page numbers and counters.
  if (/^(?:\d{1,6}|\[\[page \d+\]\]|[-–] ?\d{1,4} ?[-–]|page \d{1,4}(?: of \d{1,4})?)$/i.test(trimmed)) return 'page-furniture'
  if (trimmed.length <= 80 && (widgets.test(trimmed) || isWidgetRow(trimmed))) return 'navigation'
  if (options.outside && isIndexLine(trimmed)) return 'contents'
  // `Try … and save time`, `Transcribe Your Own Content`, `… Buy it Here!`: a site’s promotion around the transcript.
  if (options.outside && trimmed.length <= 120 && promotion.test(trimmed)) return 'boilerplate'
  // Menus, breadcrumbs and switchers stand around the transcript, not inside it.
  if (options.outside && (isLanguageSwitcher(trimmed) || isBreadcrumb(trimmed) || isMenu(trimmed))) return 'navigation'
  if (isContact(trimmed)) return 'boilerplate'
  // `END 2:59 P.M. EDT`: the transcript’s closing time, wherever it stands.
  if (/^end(?: of (?:transcript|briefing|remarks|the briefing))?\.?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\p{Lu}{2,5})?\.?$/iu.test(trimmed)) return 'page-furniture'
  if (trimmed.length <= 600 && (boilerplate.test(trimmed) || (mayBeSubscription.test(trimmed) && subscription.test(trimmed)))) return 'boilerplate'
  if (trimmed.length <= 200 && mayBeCaption(trimmed.toLowerCase()) && caption.test(trimmed) && !/[?]/.test(trimmed)) return 'caption'
  // `**Statement by Fred Eckhard, Spokesman…`: a section heading in a page’s bold, not speech.
  if (/^\*\*[^*]{3,200}(?:\*\*)?$/.test(trimmed)) return 'contents'
  return undefined
}

/** `Share Print`, `Tweet | Email`: widgets on one line. */
function isWidgetRow(text: string): boolean {
  // Most lines fail at their first word (all it takes up to a space or a separator): it is looked at before the line is split.
  const first = /^[^\s|·•]+/.exec(text)
  if (first && !widgetWords.has(first[0].toLowerCase().replace(/[.:]$/, ''))) return false
  const words = text.split(/\s*[|·•]\s*|\s+/).filter(Boolean)
  return words.length >= 2 && words.every((word) => widgetWords.has(word.toLowerCase().replace(/[.:]$/, '')))
}

const widgetWords = new Set(['share', 'print', 'email', 'e-mail', 'tweet', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'copy', 'link', 'subscribe', 'save', 'download', 'pdf', 'imprimer', 'partager', 'drucken', 'teilen', 'imprimir', 'compartir', 'печать', 'поделиться'])

/** `• en-GB1 ru-RU1`, `Русский Русский, Français Français`, `English | Français | Español`. */
function isLanguageSwitcher(text: string): boolean {
  if (text.length > 200) return false
  const words = text.replace(/^[•·*\-–]\s*/, '').split(/[\s,|/•·]+/).filter(Boolean)
  return words.length >= 2 && words.length <= 16 && words.every((word) => languageNames.test(word))
}

/** `Home > Press > Briefings`, `You are in: …`, `Home | About | News | Contact`. */
function isBreadcrumb(text: string): boolean {
  if (/^you are (?:in|here)\s*:/i.test(text)) return true
  if (/^(?:home|main page|homepage|главная|accueil|startseite|inicio|首页)\s*(?:>|»|›|\/|\\|\|)\s*\S/iu.test(text) && text.length <= 200) return true
  // `Выступления и стенограммы /`: one step of a trail, its separator left at the end.
  if (/\s(?:>|»|›|\/|\\)$/.test(text) && text.length <= 80) return true
  if (text.length > 300 || /[.?!]$/.test(text)) return false
  // `August 17, 2014 / 10:59 PM / 3 years ago`: a page’s time stamp, not a trail.
  if (/\d{1,2}:\d{2}/.test(text) || findDate(text)) return false
  const segments = text.split(/\s(?:>|»|›|\||\\)\s|\s\/\s/)
  // Each step of a trail is a short name, never a sentence.
  return segments.length >= 3 && segments.every((segment) => segment.split(/\s+/).length <= 8 && !/[.?!]\s|[.?!]$/.test(segment))
}

/** `Home Issues & Press Travel & Business Countries …`: a site menu flattened into one line. */
function isMenu(text: string): boolean {
  if (text.length > 200 || /[.?!,;:]$/.test(text)) return false
  const words = text.split(/\s+/)
  if (words.length < 5 || !words.every((word) => /^[\p{Lu}\d&|·•]/u.test(word) || /^(?:and|of|the|for|in)$/.test(word))) return false
  return (text.match(/\s[&|·•]\s/g)?.length ?? 0) >= 2 || /^(?:home|main|menu)\s/i.test(text)
}

/**
 * A line of a briefing’s topic index: a bullet, `12 Reports of Executions…`
 * (a page number and a topic), `I N D E X`, `Index for Today's Briefing:`,
 * or a topic in capitals (`IRAN`).
 */
function isIndexLine(text: string): boolean {
  if (/^(?:i ?n ?d ?e ?x|index|contents|table of contents|topics|содержание|sommaire|inhalt|índice)\b/iu.test(text) && text.length <= 60) return true
  if (/^[•·▪◦●■\-–*]\s+\S/u.test(text) && text.length <= 200) return true
  // `12 Reports of Executions…`, but not `26 January 1999`.
  if (/^\d{1,3}(?:\s?[-–,]\s?\d{1,3})*\s+\p{Lu}[^?!]*$/u.test(text) && !/\.$/.test(text) && text.length <= 120 && !findDate(text)) return true
  return false
}

/** Organisations that print their name above a release: a masthead, not a place or a person. */
const masthead = /^(?:the )?white house$|^office of the (?:press secretary|spokesperson|spokesman|vice president|first lady)\b|^(?:(?:u\.?s\.?|united states) )?department of state$|^(?:the )?(?:u\.?s\.? )?embassy (?:of|in) |^ministry of foreign affairs\b|^(?:federal )?foreign office$|^auswärtiges amt$|^ministère (?:de l’|de l'|des )europe|^ministère des affaires étrangères|^министерство иностранных дел|^мид россии$|^外交部$|^permanent mission of\b|^bureau of public affairs\b|^press office\b|^government of\b|^the kremlin$|^president of russia$|^ministerio de (?:relaciones|asuntos) exteriores|^\S+\. ministerio de (?:relaciones|asuntos) exteriores/i

/** Whether a line is an organisation’s name printed above its release (`THE WHITE HOUSE`, `U.S. Department of State`). */
export function isMasthead(text: string): boolean {
  return masthead.test(text)
}

/** `+32 476850543`, `press@example.org`, `Tel.: (202) 647-2492`: a press contact’s number or address. */
export function isContact(text: string): boolean {
  const phone = /^(?:(?:tel|phone|fax|mobile|t|m)\.?:?\s*)?\+?\(?\d[\d\s().\-]{6,20}$/i.test(text) && (text.match(/\d/g)?.length ?? 0) >= 8 && /[+\s(]/.test(text)
  return phone || /^[\w.+\-]+@[\w\-]+\.[\w.\-]+$/.test(text)
}
