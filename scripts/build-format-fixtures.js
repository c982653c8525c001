/**
 * Build the HTML and DOCX fixtures of `test/fixtures/formats/html` and
 * `…/docx` from REAL transcript text in `test/fixtures/real`: no saved
 * publisher page or Word file of a transcript could be collected (see
 * `test/fixtures/formats/README.md`), so each is the publisher's text, line
 * for line, laid out as that publisher's page or press office's Word file is:
 * the site's chrome around the article (menus, share buttons, related links,
 * a footer), labels in bold where the publisher sets them so, a Word file's
 * running header with the office's name and a footer with page numbers.
 *
 * Each line of the text gets a role, read off the text by hand (the tables
 * below): `title`, `meta` (date, place, byline under the title), `body`,
 * `nav` (the page's own menus or banners the text kept), `caption`, `sub`
 * (a subheading). Facts are the text's own facts file, with the furniture
 * strings the built file adds, those it does not hold left out, and a note
 * saying what the file is. Run once, committed with its output:
 *
 *     node scripts/build-format-fixtures.js
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import YAML from 'yaml'
import {AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun} from 'docx'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const real = path.join(root, 'test', 'fixtures', 'real')
const formats = path.join(root, 'test', 'fixtures', 'formats')

/** Line numbers (1-based, inclusive ranges) by role; every other line is `body`. */
const pages = [
  {name: '01_state-kerry-lavrov-rome-2014', site: 'state2014', bold: false, roles: {title: [[1, 1]], meta: [[3, 6]]}},
  {name: '06_kremlin-blog-trump-putin-hamburg-2017', site: 'kremlin', bold: 'b', roles: {meta: [[1, 1], [7, 7]], title: [[3, 3]], lead: [[5, 5]], caption: [[9, 11]]}},
  {name: '08_whitehouse-gibbs-gaggle-2009', site: 'whitehouse2009', bold: false, split: true, encoding: 'windows-1252', roles: {nav: [[1, 1]], title: [[3, 3]]}},
  {name: '10_russiaun-nebenzia-stakeout-2020', site: 'russiaun', bold: 'strong', roles: {title: [[1, 1]]}},
  {name: '39_mea-bagchi-briefing-2023', site: 'mea', bold: 'strong', roles: {nav: [[1, 1]], title: [[3, 3]], meta: [[5, 5]]}},
  {name: '46_auswaertiges-amt-regpk-2024', site: 'auswaertiges', bold: 'strong', roles: {nav: [[1, 1]], title: [[3, 3]], meta: [[5, 5]], sub: [[7, 7]]}},
  {name: '05_mid-lavrov-sochi-answers-2019', site: 'mid', bold: 'strong', roles: {meta: [[1, 1]], title: [[3, 3]], nav: [[6, 6]]}},
  {name: '42_un-guterres-press-conference-2022', site: 'unpress', bold: 'strong', roles: {title: [[1, 1]]}}
]

const documents = [
  {name: '01_state-kerry-lavrov-rome-2014', office: ['U.S. DEPARTMENT OF STATE', 'Office of the Spokesperson'], roles: {title: [[1, 1]]}},
  {name: '04_state-dpb-nuland-2012-02-01', office: ['U.S. Department of State', 'Office of the Spokesperson — Daily Press Briefing'], roles: {title: [[1, 1]]}},
  {name: '11_eeas-mogherini-doorstep-2019', office: ['European External Action Service', 'Press and information team'], roles: {title: [[1, 1]]}},
  {name: '34_mid-lavrov-annual-presser-2020', office: ['Ministry of Foreign Affairs of the Russian Federation', 'Information and Press Department'], roles: {nav: [[1, 1], [8, 8]], title: [[5, 5]]}},
  {name: '42_un-guterres-press-conference-2022', office: ['United Nations', 'Meetings Coverage and Press Releases'], footer: 'For information media. Not an official record.', roles: {title: [[1, 1]]}},
  {name: '50_rev-state-dpb-patel-2023', office: ['Rev.com transcript'], roles: {title: [[3, 3]], nav: [[5, 6], [10, 12]]}, rev: true}
]

function roleOf(roles, number) {
  for (const [role, ranges] of Object.entries(roles)) if (ranges.some(([from, to]) => number >= from && number <= to)) return role
  return 'body'
}

/** The text's lines in runs of one role, blank lines ending a run. */
function runs(text, roles) {
  const result = []
  let current
  for (const [index, line] of text.split('\n').entries()) {
    const role = roleOf(roles, index + 1)
    if (line.trim() === '') {
      current = undefined
      continue
    }
    if (!current || current.role !== role) result.push((current = {role, lines: []}))
    current.lines.push(line)
  }
  return result
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A line with its label, one the facts list, in bold. */
function boldLabel(line, labels, tag) {
  if (!tag) return escape(line)
  for (const label of labels) {
    if (line === label) return `<${tag}>${escape(line)}</${tag}>`
    if (line.startsWith(label + ':')) return `<${tag}>${escape(label)}:</${tag}>${escape(line.slice(label.length + 1))}`
  }
  return escape(line)
}

/** Each site's chrome: what stands before the article and after it, and how the article is wrapped. */
const sites = {
  state2014: {
    lang: 'en',
    name: 'U.S. Department of State',
    before: `<div id="skip"><a href="#content">Skip to main content</a></div>
<div id="header"><a href="/"><img src="/img/seal.png" alt="U.S. Department of State"></a>
<ul class="nav-menu"><li><a href="/secretary">Secretary of State</a></li><li><a href="/travel">Travel &amp; Business</a></li><li><a href="/countries">Countries &amp; Regions</a></li><li><a href="/policy">Policy Issues</a></li><li><a href="/press">Press &amp; Public Affairs</a></li></ul>
<form class="search"><label for="q">Search</label><input id="q" type="text"><button>Go</button></form></div>
<div id="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/secretary">Secretary of State</a> &raquo; <a href="/secretary/remarks">Remarks</a></div>`,
    open: '<div id="centerblock"><div class="article">',
    close: `</div><div class="share-tools"><a href="#">Share</a> <a href="#">Print</a> <a href="#">Email</a></div></div>
<div id="related"><h3>Related Articles</h3><ul><li><a href="/r1">Press Availability in Rome</a></li><li><a href="/r2">Joint Statement on the Middle East</a></li></ul></div>`,
    after: `<div id="footer"><ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/foia">FOIA</a></li><li><a href="/copyright">Copyright Information</a></li><li><a href="/usa">USA.gov</a></li></ul>
<p class="disclaimer">The Office of Website Management, Bureau of Public Affairs, manages this site as a portal for information from the U.S. State Department. External links to other Internet sites should not be construed as an endorsement of the views or privacy policies contained therein.</p></div>`,
    furniture: ['Skip to main content', 'Related Articles', 'Privacy Policy', 'The Office of Website Management', 'Share Print Email']
  },
  kremlin: {
    lang: 'en',
    name: 'President of Russia',
    before: `<header class="header"><div class="logo"><a href="/">President of Russia</a></div>
<nav class="nav"><ul><li><a href="/events/president/news">News</a></li><li><a href="/events/president/transcripts">Transcripts</a></li><li><a href="/structure">Structure</a></li><li><a href="/catalog">Catalogue</a></li></ul></nav>
<div class="lang-select"><a href="http://kremlin.ru">Русский</a> <a href="http://en.kremlin.ru">English</a></div></header>`,
    open: '<main class="read"><article class="hentry">',
    close: `</article><div class="read__bottom"><div class="read__tags"><a href="/catalog/countries/US">United States of America</a> <a href="/catalog/keywords/78">Foreign policy</a></div>
<div class="share"><span>Share</span> <a href="#">Twitter</a> <a href="#">Telegram</a></div></div></main>`,
    after: `<footer class="footer"><p class="footer__copy">All content on this site is licensed under Creative Commons Attribution 4.0 International</p><p><a href="/about">About website</a> <a href="/contacts">Contacts</a></p></footer>`,
    furniture: ['All content on this site is licensed under', 'About website', 'Foreign policy']
  },
  whitehouse2009: {
    lang: 'en',
    name: 'The White House',
    before: `<div id="page-header"><ul class="menu"><li><a href="/blog">Blog</a></li><li><a href="/photos-and-video">Photos &amp; Video</a></li><li><a href="/briefing-room">Briefing Room</a></li><li><a href="/issues">Issues</a></li><li><a href="/administration">The Administration</a></li></ul></div>`,
    open: '<div id="content"><div class="legacy-content">',
    close: `</div></div><div class="sidebar"><h2>Latest News</h2><ul><li><a href="/n1">Weekly Address: Health Insurance Reform</a></li><li><a href="/n2">Statement by the Press Secretary</a></li></ul></div>`,
    after: `<div id="footer"><p><a href="/privacy">Privacy Policy</a> | <a href="/copyright">Copyright Policy</a> | <a href="/accessibility">Accessibility</a> | <a href="/usa">USA.gov</a></p></div>`,
    furniture: ['Briefing Room', 'Latest News', 'Weekly Address: Health Insurance Reform', 'Copyright Policy']
  },
  russiaun: {
    lang: 'en',
    name: 'Permanent Mission of the Russian Federation to the United Nations',
    before: `<div class="top"><a href="/en">Permanent Mission of the Russian Federation to the United Nations</a>
<ul class="main-menu"><li><a href="/en/news">News</a></li><li><a href="/en/mission">Mission</a></li><li><a href="/en/statements">Statements</a></li></ul>
<div class="languages"><a href="/ru">RU</a> <a href="/en">EN</a></div></div>`,
    open: '<div class="news-content"><div class="news-body">',
    close: '</div><p class="news-date"><a href="/en/news">All news</a></p></div>',
    after: '<div class="bottom"><p>© 2020 Permanent Mission of the Russian Federation to the United Nations</p><p>Address: 136 East 67th Street, New York, NY 10065</p></div>',
    furniture: ['All news', '136 East 67th Street']
  },
  mea: {
    lang: 'en',
    name: 'Ministry of External Affairs, Government of India',
    before: `<div class="skip"><a href="#main">Skip to main content</a> <a href="#">Screen Reader Access</a> <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></div>
<div class="header"><a href="/">Ministry of External Affairs</a><br>Government of India</div>
<div class="navbar"><ul><li><a href="/">Home</a></li><li><a href="/about">About MEA</a></li><li><a href="/media">Media Center</a></li><li><a href="/foreign">Foreign Relations</a></li><li><a href="/consular">Consular Services</a></li></ul></div>`,
    open: '<div class="innerContent"><div id="main" class="mainContent">',
    close: '</div><div class="socialShare"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Print</a></div></div>',
    after: `<div class="footer"><p>Website Policies | Help | Contact Us | Feedback</p><p>Content owned, updated and maintained by the Ministry of External Affairs, Government of India.</p><p>Visitors: 12,345,678</p></div>`,
    furniture: ['Screen Reader Access', 'Consular Services', 'Website Policies', 'Content owned, updated and maintained']
  },
  auswaertiges: {
    lang: 'de',
    name: 'Auswärtiges Amt',
    before: `<a class="skip-link" href="#main">Direkt zum Inhalt</a>
<header class="c-header"><a href="/de">Auswärtiges Amt</a><nav class="c-nav"><ul><li><a href="/de/service">Service</a></li><li><a href="/de/aussenpolitik">Außenpolitik</a></li><li><a href="/de/newsroom">Newsroom</a></li><li><a href="/de/ReiseUndSicherheit">Reise und Sicherheit</a></li></ul></nav>
<ul class="c-breadcrumb"><li><a href="/de">Startseite</a></li><li><a href="/de/newsroom">Newsroom</a></li><li>Regierungspressekonferenz</li></ul></header>`,
    open: '<main id="main"><div class="c-rte--default">',
    close: '</div><div class="c-share"><span>Artikel teilen</span> <a href="#">E-Mail</a> <a href="#">Drucken</a></div></main>',
    after: '<footer class="c-footer"><ul><li><a href="/de/impressum">Impressum</a></li><li><a href="/de/datenschutz">Datenschutzerklärung</a></li><li><a href="/de/barrierefreiheit">Barrierefreiheit</a></li></ul><p>© Auswärtiges Amt</p></footer>',
    furniture: ['Direkt zum Inhalt', 'Reise und Sicherheit', 'Artikel teilen', 'Datenschutzerklärung']
  },
  mid: {
    lang: 'en',
    name: 'The Ministry of Foreign Affairs of the Russian Federation',
    before: `<div class="header"><a href="/en">The Ministry of Foreign Affairs of the Russian Federation</a>
<ul class="menu-top"><li><a href="/en/foreign_policy">Foreign policy</a></li><li><a href="/en/press_service">Press service</a></li><li><a href="/en/about">About the Ministry</a></li></ul></div>
<div class="breadcrumbs"><a href="/en">Home</a> / <a href="/en/foreign_policy/news">News</a></div>`,
    open: '<div class="portlet-body"><div class="journal-content-article">',
    close: '</div><div class="share-block"><a href="#">Print</a> <a href="#">Send by email</a></div></div>',
    after: '<div class="footer"><p>© 2019 The Ministry of Foreign Affairs of the Russian Federation</p><p>32/34 Smolenskaya-Sennaya pl., Moscow, Russia, 119200</p></div>',
    furniture: ['About the Ministry', 'Send by email', 'Smolenskaya-Sennaya']
  },
  unpress: {
    lang: 'en',
    name: 'UN Press',
    before: `<div class="region-header"><a href="/en">Meetings Coverage and Press Releases</a>
<nav role="navigation"><ul><li><a href="/en/content/secretary-general">Secretary-General</a></li><li><a href="/en/content/general-assembly">General Assembly</a></li><li><a href="/en/content/security-council">Security Council</a></li></ul></nav></div>`,
    open: '<div class="region-content"><div class="field--name-body">',
    close: '</div><div class="field--name-field-document-symbol"><p>SG/SM/21454</p></div></div>',
    after: '<footer role="contentinfo"><p><a href="/en/copyright">Copyright</a> <a href="/en/fraud-alert">Fraud Alert</a> <a href="/en/privacy-notice">Privacy Notice</a> <a href="/en/terms-of-use">Terms of Use</a></p><p>For information media. Not an official record.</p></footer>',
    furniture: ['Fraud Alert', 'Terms of Use']
  }
}

export function pageHtml(spec, text, facts, chrome = '') {
  const site = sites[spec.site]
  const labels = (facts.speakers ?? []).flatMap((speaker) => speaker.labels ?? []).sort((a, b) => b.length - a.length)
  const title = text.split('\n')[(spec.roles.title?.[0]?.[0] ?? 1) - 1]
  const parts = []
  for (const run of runs(text, spec.roles)) {
    const lines = run.lines.map((line) => line.trim())
    switch (run.role) {
      case 'title':
        parts.push(`<h1 class="title">${escape(lines.join(' '))}</h1>`)
        break
      case 'sub':
        parts.push(`<h2>${escape(lines.join(' '))}</h2>`)
        break
      case 'meta':
        parts.push(`<div class="article-meta">${lines.map((line) => `<p>${escape(line)}</p>`).join('')}</div>`)
        break
      case 'lead':
        parts.push(`<div class="read__lead"><p>${lines.map(escape).join('<br>')}</p></div>`)
        break
      case 'caption':
        parts.push(`<figure class="gallery"><img src="/media/photo.jpg" alt=""><figcaption>${lines.map(escape).join('<br>')}</figcaption></figure>`)
        break
      case 'nav':
        parts.push(`<nav class="page-tools"><ul>${lines.map((line) => `<li><a href="#">${escape(line)}</a></li>`).join('')}</ul></nav>`)
        break
      default:
        if (spec.split) for (const line of lines) parts.push(`<p>${boldLabel(line, labels, spec.bold)}</p>`)
        else parts.push(`<p>${lines.map((line) => boldLabel(line, labels, spec.bold)).join('<br>\n')}</p>`)
    }
  }
  const charset = spec.encoding ? `<meta http-equiv="Content-Type" content="text/html; charset=${spec.encoding}">` : '<meta charset="utf-8">'
  return `<!DOCTYPE html>
<html lang="${site.lang}">
<head>
${charset}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title.trim())} | ${escape(site.name)}</title>
<link rel="stylesheet" href="/css/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)} gtag('js', new Date());</script>
<style>.hidden { display: none } p { margin: 0 0 1em }</style>
</head>
<body>
${chrome}
${site.before}
${site.open}
${parts.join('\n')}
${site.close}
${site.after}
<script src="/js/site.js"></script>
</body>
</html>
`
}

/** Windows-1252 bytes, characters outside it as numeric references, as old publishing systems wrote them. */
export function windows1252(html) {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009Džž'
  const bytes = []
  for (const char of html) {
    const code = char.codePointAt(0)
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code)
    else if (high.includes(char)) bytes.push(0x80 + high.indexOf(char))
    else for (const byte of Buffer.from(`&#${code};`, 'latin1')) bytes.push(byte)
  }
  return Uint8Array.from(bytes)
}

export async function documentDocx(spec, text, facts) {
  const labels = (facts.speakers ?? []).flatMap((speaker) => speaker.labels ?? []).sort((a, b) => b.length - a.length)
  const children = []
  for (const run of runs(text, spec.roles)) {
    if (run.role === 'nav') continue
    if (run.role === 'title') {
      children.push(new Paragraph({heading: HeadingLevel.TITLE, children: [new TextRun(run.lines.map((line) => line.trim()).join(' '))]}))
      continue
    }
    for (const raw of run.lines) {
      const line = raw.trim()
      const label = labels.find((candidate) => line === candidate || line.startsWith(candidate + ':'))
      const runsOfLine = label
        ? [new TextRun({text: line.slice(0, label.length + (line === label ? 0 : 1)), bold: true}), new TextRun(line.slice(label.length + (line === label ? 0 : 1)))]
        : [new TextRun(line)]
      children.push(new Paragraph({children: runsOfLine.filter((item) => item)}))
    }
  }
  const header = new Header({
    children: spec.office.map((line, index) => new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({text: line, bold: index === 0})]}))
  })
  const footer = new Footer({
    children: [
      ...(spec.footer ? [new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({text: spec.footer, italics: true})]})] : []),
      new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES]})]})
    ]
  })
  const document = new Document({
    creator: spec.office[0],
    title: text.split('\n')[(spec.roles.title?.[0]?.[0] ?? 1) - 1].trim(),
    sections: [{headers: {default: header}, footers: {default: footer}, children}]
  })
  return Packer.toBuffer(document)
}

function writeFacts(folder, spec, facts, text, extra, held, what) {
  const kept = (facts.furniture ?? []).filter((item) => held(String(item)))
  const notes = `Built from the publisher's text (test/fixtures/real/${spec.name}.txt), not the publisher's file: ${what}. ${facts.notes ?? ''}`.trim()
  const built = {...facts, furniture: [...kept, ...extra], notes}
  fs.writeFileSync(path.join(folder, `${spec.name}.facts.yaml`), YAML.stringify(built, {lineWidth: 0}))
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await build()

async function build() {
fs.mkdirSync(path.join(formats, 'html'), {recursive: true})
fs.mkdirSync(path.join(formats, 'docx'), {recursive: true})

for (const spec of pages) {
  const text = fs.readFileSync(path.join(real, `${spec.name}.txt`), 'utf8')
  const facts = YAML.parse(fs.readFileSync(path.join(real, `${spec.name}.facts.yaml`), 'utf8'))
  const html = pageHtml(spec, text, facts)
  const bytes = spec.encoding === 'windows-1252' ? windows1252(html) : Buffer.from(html)
  fs.writeFileSync(path.join(formats, 'html', `${spec.name}.html`), bytes)
  const site = sites[spec.site]
  writeFacts(path.join(formats, 'html'), spec, facts, text, site.furniture, () => true, `the text laid out as ${site.name}'s page (menus, share buttons, related links and footer added${spec.bold ? `, labels in <${spec.bold}>` : ''}${spec.encoding ? `, saved as ${spec.encoding}` : ''})`)
}

for (const spec of documents) {
  const text = fs.readFileSync(path.join(real, `${spec.name}.txt`), 'utf8')
  const facts = YAML.parse(fs.readFileSync(path.join(real, `${spec.name}.facts.yaml`), 'utf8'))
  fs.writeFileSync(path.join(formats, 'docx', `${spec.name}.docx`), await documentDocx(spec, text, facts))
  const kept = runs(text, spec.roles).filter((run) => run.role !== 'nav').flatMap((run) => run.lines).join('\n')
  const extra = [...spec.office, ...(spec.footer ? [spec.footer] : [])]
  writeFacts(path.join(formats, 'docx'), spec, facts, text, extra, (item) => kept.includes(item), `the text as a press office's Word file (title in the Title style, labels in bold runs, the office's name in the running header, page numbers in the footer; the web page's menus left out)`)
}
console.log(`built ${pages.length} pages and ${documents.length} Word files`)
}
