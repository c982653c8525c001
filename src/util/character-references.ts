/**
 * Character references (`&amp;`, `&#8217;`, `&#x2019;`) decoded: what a
 * caption file's cue text holds (WebVTT's named references, HTML's common
 * ones) and what XML a Word package holds. Anything else is left as
 * printed: `AT&T`, `&unknown;`, a number that is no character.
 */

/** The named references decoded: XML's five, WebVTT's, and HTML's common ones; any other is left as printed. */
const named: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  // Direction marks: the tree holds text, not its display order.
  lrm: '', rlm: '',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ntilde: 'ñ', copy: '©', reg: '®', trade: '™'
}

/** `&amp;`, `&#8217;`, `&#x2019;` decoded; `AT&T` and `&unknown;` as printed. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return Object.hasOwn(named, name) ? named[name] : reference
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16)
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : reference
  })
}
