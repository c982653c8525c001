/**
 * Page sizes in points, portrait: the one table the DOCX and PDF emitters
 * and `verify`'s reading of a PDF's body area share.
 */
import type {Template} from './schema.js'

export const pageSizes = {
  Letter: {width: 612, height: 792},
  A4: {width: 595.28, height: 841.89}
} as const satisfies Record<Template['page']['size'], {width: number; height: number}>

/** The page of `template`, in points. */
export function pageSize(template: Template): {width: number; height: number} {
  return pageSizes[template.page.size]
}
