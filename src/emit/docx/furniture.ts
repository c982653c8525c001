/**
 * Page furniture: the running header and footer from the template’s text
 * (`{title}`, `{date}`, `{page}`, `{pages}`, `{marking}`), and the handling
 * marking as a banner at the top and foot of every page when enabled.
 */
import {Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions} from 'docx'
import type {Meta} from '../../model.js'
import type {Template} from '../../template/schema.js'
import {fillPlaceholders, humanDate} from '../conventions.js'
import {paragraphStyle} from './styles.js'

const pageFields = {page: PageNumber.CURRENT, pages: PageNumber.TOTAL_PAGES} as const

/**
 * The template text as run content: page placeholders become fields Word
 * and LibreOffice update as they lay out pages; the rest is filled in now.
 */
function furnitureText(text: string, values: Record<string, string>) {
  return text
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const key = part.slice(1, -1)
      return key === 'page' || key === 'pages' ? pageFields[key] : fillPlaceholders(part, values)
    })
}

function line(text: string, style: string, values: Record<string, string>): Paragraph[] {
  if (text.trim() === '') return []
  return [new Paragraph({style, children: [new TextRun({children: furnitureText(text, values)})]})]
}

export interface Furniture {
  headers: NonNullable<ISectionOptions['headers']>
  footers: NonNullable<ISectionOptions['footers']>
}

/**
 * Headers and footers for a section. With `cover`, the first page shows
 * only the marking: a cover page carries no running header or page number.
 */
export function pageFurniture(meta: Meta, template: Template, options: {cover?: boolean} = {}): Furniture {
  const values = {title: meta.title ?? '', date: humanDate(meta.date), marking: template.marking.text}
  // Fresh paragraphs for every part: a header and a footer never share nodes.
  const marking = () =>
    template.marking.enabled ? line(template.marking.text, paragraphStyle.marking.id, values) : []
  const header = () => line(template.header.text, paragraphStyle.header.id, values)
  const footer = () => line(template.footer.text, paragraphStyle.footer.id, values)

  return {
    headers: {
      default: new Header({children: [...marking(), ...header()]}),
      ...(options.cover ? {first: new Header({children: marking()})} : {})
    },
    footers: {
      default: new Footer({children: [...footer(), ...marking()]}),
      ...(options.cover ? {first: new Footer({children: marking()})} : {})
    }
  }
}
