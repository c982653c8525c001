/**
 * Presentation templates, shared by the DOCX and PDF emitters (and packets).
 *
 * A template is a JSON file; `templates/` ships `briefing` and `plain`. The
 * schema is strict so that a typo in a user’s template is an error that
 * names the key, not a setting silently ignored.
 */
import {z} from 'zod'

const points = z.number().nonnegative()
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb')

export const templateSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().default(''),
    page: z
      .object({
        size: z.enum(['Letter', 'A4']),
        /** Margins in points (72 to the inch). */
        margins: z.object({top: points, right: points, bottom: points, left: points}).strict()
      })
      .strict(),
    fonts: z
      .object({
        /** Family for running text: `serif` or `sans` (PT Serif / PT Sans, embedded). */
        body: z.enum(['serif', 'sans']),
        /** Family for speaker labels, headings and furniture. */
        label: z.enum(['serif', 'sans']),
        /** Sizes in points. */
        sizes: z
          .object({body: points, label: points, title: points, heading: points, small: points})
          .strict(),
        /** Line height as a multiple of the body size. */
        leading: z.number().min(1).max(3),
        /**
         * Embed the font files in DOCX (about 0.7 MB a document), so PT Serif /
         * PT Sans show where they are not installed; PDF always embeds them.
         */
        embed: z.boolean().default(true)
      })
      .strict(),
    colours: z
      .object({text: colour, label: colour, accent: colour, muted: colour, direction: colour})
      .strict(),
    /** Running header and footer; placeholders: {title} {date} {page} {pages} {marking}. */
    header: z.object({text: z.string()}).strict(),
    footer: z.object({text: z.string()}).strict(),
    /** Handling marking such as `UNCLASSIFIED`, printed as a banner when enabled. */
    marking: z.object({enabled: z.boolean(), text: z.string()}).strict(),
    /** A cover page before the transcript. */
    cover: z.boolean(),
    /** The “prepared by” line on a packet’s cover. */
    prepared: z.string().default(''),
    /** Paragraph numbers in the margin. */
    paragraphNumbers: z.boolean().default(true),
    /**
     * TEI `publicationStmt` of the files written: who publishes them and under
     * what licence. Optional so that templates written before it still load;
     * the TEI emitter supplies the defaults (`src/emit/tei/settings.ts`).
     */
    tei: z
      .object({
        publisher: z.string().min(1).optional(),
        /** TEI `availability/@status`. */
        availability: z.enum(['free', 'unknown', 'restricted']).optional(),
        /** Licence as shown, e.g. `CC0 1.0`. */
        licence: z.string().min(1).optional(),
        /** URL of the licence text. */
        licenceUrl: z.url().optional()
      })
      .strict()
      .optional()
  })
  .strict()

export type Template = z.infer<typeof templateSchema>
