/**
 * A packet's contents read back from a PDF as a reader checks it: the page
 * number each entry prints, and the page where that chapter's title stands.
 * Used for the PDF packet and for LibreOffice's rendering of the DOCX one.
 */
import {execFileSync} from 'node:child_process'
import {fold} from './corpus.js'

/** The text of each page, 1-based (index 0 unused): one pdftotext run, pages split at form feeds. */
export function pdfPages(pdf: string, layout = false): string[] {
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  const pages = text.split('\f')
  // pdftotext ends the last page with a form feed too.
  if (pages.at(-1)!.trim() === '') pages.pop()
  return ['', ...pages]
}

/**
 * The page number each contents entry prints, by chapter number, read from
 * `-layout` text: an entry's first line starts with `3.` and ends with its
 * page. Entries are looked for in order, from the page `Contents` heads;
 * `lastPage` is the page the last entry is on.
 */
export function printedContents(layoutPages: string[], chapters: number): {printed: number[]; lastPage: number} {
  const printed: number[] = []
  let lastPage = 0
  const start = layoutPages.findIndex((page, i) => i > 0 && /^\s*Contents\s*$/m.test(page))
  for (let page = start; page > 0 && page < layoutPages.length && printed.length < chapters; page++) {
    for (const line of layoutPages[page]!.split('\n')) {
      const entry = /^\s*(\d+)\.\s+\S.*?\s(\d+)\s*$/.exec(line)
      if (entry && Number(entry[1]) === printed.length + 1) {
        printed.push(Number(entry[2]))
        lastPage = page
      }
    }
  }
  return {printed, lastPage}
}

/**
 * Folded, without hyphens: pdftotext joins a line that ends in a hyphen to
 * the next without it (`99-03-` / `09` reads `99-0309`).
 */
function withoutHyphens(text: string): string {
  return fold(text).replace(/-/g, '')
}

function occurrences(text: string, part: string): number {
  let count = 0
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++
  return count
}

/**
 * The first page from `from` on where `title` stands other than in the
 * running header (`{title} — {date}`): where the chapter's title block is.
 */
export function titlePage(pages: string[], title: string, from: number): number | undefined {
  const wanted = withoutHyphens(title)
  for (let page = from; page < pages.length; page++) {
    const text = withoutHyphens(pages[page]!)
    if (occurrences(text, wanted) > occurrences(text, `${wanted} —`)) return page
  }
  return undefined
}

/** The page each chapter's title stands on, chapters in order, each after the one before, from `from` (the page after the contents). */
export function titlePages(pages: string[], titles: string[], from: number): Array<number | undefined> {
  return titles.map((title) => {
    const page = titlePage(pages, title, from)
    if (page !== undefined) from = page + 1
    return page
  })
}
