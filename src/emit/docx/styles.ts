/**
 * The named styles of a Verbatim DOCX, in one place.
 *
 * Everything the emitter writes carries one of these styles and no direct
 * formatting, so a user restyles the whole document from Word’s style pane
 * (or swaps them for a house style, as pandoc users do with a reference
 * document). Names are what Word shows; ids are what `document.xml` refers to.
 */
import {
  AlignmentType,
  LineRuleType,
  UnderlineType,
  type IParagraphStylePropertiesOptions,
  type IStylesOptions
} from 'docx'
import type {Template} from '../../template/schema.js'
import {fonts} from '../fonts.js'
import {pdfStyle} from '../pdf/style.js'
import {halfPoints, hex, twips} from './units.js'

/** Paragraph styles, by role: `id` in `document.xml`, `name` in Word. */
export const paragraphStyle = {
  // Word's own Title, restyled: pandoc and the TEI Stylesheets take it for the document's title.
  title: {id: 'Title', name: 'Title'},
  metadata: {id: 'Metadata', name: 'Metadata'},
  /** Section headings (“Participants”, “Transcript”): Word’s own Heading 2, so outlines and TOCs pick them up. */
  heading: {id: 'Heading2', name: 'Heading 2'},
  participant: {id: 'Participant', name: 'Participant'},
  /** The paragraph holding a speaker’s label; kept with the turn’s first paragraph. */
  speaker: {id: 'Speaker', name: 'Speaker'},
  turn: {id: 'Turn', name: 'Turn'},
  /** A journalist’s turn; based on Turn. */
  question: {id: 'Question', name: 'Question'},
  narrative: {id: 'Narrative', name: 'Narrative'},
  note: {id: 'EditorialNote', name: 'Editorial Note'},
  marking: {id: 'HandlingMarking', name: 'Handling Marking'},
  /** A packet's contents: Word's own TOC Heading and TOC 1, and the line under each entry. */
  contentsHeading: {id: 'TOCHeading', name: 'TOC Heading'},
  contentsEntry: {id: 'TOC1', name: 'toc 1'},
  contentsDetail: {id: 'ContentsDetail', name: 'Contents Detail'},
  header: {id: 'Header', name: 'header'},
  footer: {id: 'Footer', name: 'footer'}
} as const

/** Character styles, by role. */
export const characterStyle = {
  speakerLabel: {id: 'SpeakerLabel', name: 'Speaker Label'},
  stageDirection: {id: 'StageDirection', name: 'Stage Direction'},
  paragraphNumber: {id: 'ParagraphNumber', name: 'Paragraph Number'}
} as const

/**
 * Which character styles the emitter puts in which paragraph styles: what
 * decides the font faces a document needs (see `./fonts.ts`).
 */
export const characterStylesIn: Record<string, readonly string[]> = {
  [paragraphStyle.speaker.id]: [characterStyle.speakerLabel.id],
  [paragraphStyle.turn.id]: [characterStyle.paragraphNumber.id, characterStyle.stageDirection.id],
  [paragraphStyle.question.id]: [characterStyle.paragraphNumber.id, characterStyle.stageDirection.id],
  [paragraphStyle.narrative.id]: [characterStyle.paragraphNumber.id, characterStyle.stageDirection.id],
  [paragraphStyle.metadata.id]: ['Hyperlink']
}

/**
 * Width of the column paragraph numbers sit in: a hanging indent into the
 * left margin, as the PDF sets them, so the text takes the whole column (and
 * wraps where the PDF's does) and the text of every paragraph aligns.
 */
export function numberColumn(template: Template): number {
  return template.paragraphNumbers ? template.fonts.sizes.body * 3 : 0
}

/**
 * Widow and orphan control: no line of a paragraph alone at the foot or head
 * of a page. `docx` writes it for styles as for paragraphs, but its style
 * type leaves it out, hence the cast.
 */
const widowControl = {widowControl: true} as IParagraphStylePropertiesOptions

/**
 * The spacing of the PDF (`pdfStyle`, `src/emit/pdf/style.ts`) in twips, so
 * that Word and LibreOffice break the pages where pdfkit does: lines exactly
 * `leading × size` apart (pdfkit's baseline distance; not an `auto`
 * multiple, which multiplies the font's own line height, about 1.3 em for
 * PT Serif, again), and the gaps between paragraphs and turns.
 */
function pdfSpacing(template: Template) {
  const style = pdfStyle(template)
  return {
    /** `line`/`lineRule` for a paragraph set in `size`. */
    lines: (size: number) => ({line: twips(size * style.leading), lineRule: LineRuleType.EXACT}),
    paragraphGap: twips(style.paragraphGap),
    turnGap: twips(style.turnGap),
    sectionGap: twips(style.sectionGap)
  }
}

/** The style definitions for `template`; `language` is the documents’ BCP 47 tag. */
export function documentStyles(template: Template, language: string): IStylesOptions {
  const {sizes} = template.fonts
  const body = fonts[template.fonts.body].family
  const label = fonts[template.fonts.label].family
  const colours = template.colours
  const gutter = twips(numberColumn(template))
  const {lines, paragraphGap, turnGap, sectionGap} = pdfSpacing(template)
  const gap = paragraphGap
  const furniture = {font: label, size: halfPoints(sizes.small), color: hex(colours.muted)}

  return {
    default: {
      document: {
        run: {font: body, size: halfPoints(sizes.body), color: hex(colours.text), language: {value: language}},
        paragraph: {
          spacing: {after: gap, ...lines(sizes.body)}
        }
      },
      heading2: {
        run: {font: label, size: halfPoints(sizes.heading), bold: true, color: hex(colours.accent)},
        paragraph: {spacing: {before: sectionGap, after: gap, ...lines(sizes.heading)}, keepNext: true, keepLines: true, outlineLevel: 1}
      }
    },
    paragraphStyles: [
      {
        ...paragraphStyle.title,
        basedOn: 'Normal',
        next: paragraphStyle.metadata.id,
        quickFormat: true,
        run: {font: label, size: halfPoints(sizes.title), bold: true, color: hex(colours.accent)},
        paragraph: {
          spacing: {after: gap, ...lines(sizes.title)},
          keepNext: true,
          keepLines: true,
          outlineLevel: 0
        }
      },
      {
        ...paragraphStyle.metadata,
        basedOn: 'Normal',
        quickFormat: true,
        run: {font: label, size: halfPoints(sizes.label), color: hex(colours.muted)},
        paragraph: {spacing: {after: 0, ...lines(sizes.label)}, keepNext: true}
      },
      {
        ...paragraphStyle.participant,
        basedOn: 'Normal',
        quickFormat: true,
        run: {font: label, size: halfPoints(sizes.label)},
        paragraph: {spacing: {after: 0, ...lines(sizes.label)}}
      },
      {
        ...paragraphStyle.speaker,
        basedOn: 'Normal',
        next: paragraphStyle.turn.id,
        quickFormat: true,
        // The paragraph mark in the label's size, so the line is the label's.
        run: {font: label, size: halfPoints(sizes.label)},
        paragraph: {
          // Above a label, the PDF's gap between turns (the turn before ends with a paragraph gap).
          spacing: {before: turnGap - gap, after: Math.round(gap / 2), ...lines(sizes.label)},
          // A label never sits alone at the foot of a page.
          keepNext: true,
          keepLines: true
        }
      },
      {
        ...paragraphStyle.turn,
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {...widowControl, indent: {left: 0, hanging: gutter}}
      },
      {
        // Roman, as in the PDF: the label says who asks, and a stage direction (italic) stays visible in a question.
        ...paragraphStyle.question,
        basedOn: paragraphStyle.turn.id,
        quickFormat: true
      },
      {
        ...paragraphStyle.narrative,
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {...widowControl, indent: {left: 0, hanging: gutter}}
      },
      {
        ...paragraphStyle.note,
        basedOn: 'Normal',
        quickFormat: true,
        run: {font: label, size: halfPoints(sizes.label), italics: true, color: hex(colours.muted)},
        paragraph: {spacing: {before: gap, ...lines(sizes.label)}}
      },
      {
        ...paragraphStyle.marking,
        basedOn: 'Normal',
        run: {font: label, size: halfPoints(sizes.label), bold: true, allCaps: true, color: hex(colours.text)},
        paragraph: {alignment: AlignmentType.CENTER, spacing: {before: 0, after: 0, ...lines(sizes.label)}}
      },
      {
        ...paragraphStyle.header,
        basedOn: 'Normal',
        run: furniture,
        paragraph: {alignment: AlignmentType.RIGHT, spacing: {after: 0, ...lines(sizes.small)}}
      },
      {
        ...paragraphStyle.footer,
        basedOn: 'Normal',
        run: furniture,
        paragraph: {alignment: AlignmentType.CENTER, spacing: {after: 0, ...lines(sizes.small)}}
      },
      ...contentsStyles(template)
    ],
    characterStyles: [
      {
        ...characterStyle.speakerLabel,
        quickFormat: true,
        run: {font: label, size: halfPoints(sizes.label), bold: true, color: hex(colours.label)}
      },
      {
        ...characterStyle.stageDirection,
        quickFormat: true,
        run: {italics: true, color: hex(colours.direction)}
      },
      {
        // Word's own Hyperlink style, in the template's accent colour.
        id: 'Hyperlink',
        name: 'Hyperlink',
        basedOn: 'DefaultParagraphFont',
        run: {color: hex(colours.accent), underline: {type: UnderlineType.SINGLE}}
      },
      {
        ...characterStyle.paragraphNumber,
        quickFormat: true,
        run: {font: label, size: halfPoints(sizes.small), color: hex(colours.muted)}
      }
    ]
  }
}

/**
 * A packet's contents, set as the PDF sets it (`src/packet/pdf/contents.ts`):
 * the heading in the title size over a gap, each entry, and the line of
 * date, place and event under it in the small size. (The entry's columns
 * are the packet's to set: `src/packet/docx/render.ts`.)
 */
function contentsStyles(template: Template): IStylesOptions['paragraphStyles'] & object {
  const {sizes} = template.fonts
  const label = fonts[template.fonts.label].family
  const {lines, paragraphGap} = pdfSpacing(template)
  return [
    {
      ...paragraphStyle.contentsHeading,
      basedOn: 'Normal',
      next: paragraphStyle.contentsEntry.id,
      run: {font: label, size: halfPoints(sizes.title), bold: true, color: hex(template.colours.accent)},
      // Under the PDF's heading: 4 pt, a rule, 10 pt. Not kept with the next: the contents
      // starts a page anyway, and LibreOffice would move the heading off it with a long contents table.
      paragraph: {spacing: {after: twips(14), ...lines(sizes.title)}}
    },
    {
      ...paragraphStyle.contentsEntry,
      basedOn: 'Normal',
      next: paragraphStyle.contentsEntry.id,
      paragraph: {
        spacing: {after: 0, ...lines(sizes.body)},
        // Not kept with the next: in a table LibreOffice would keep every row together, and the
        // packet's rows are kept whole anyway (cantSplit).
        keepLines: true
      }
    },
    {
      ...paragraphStyle.contentsDetail,
      basedOn: 'Normal',
      run: {font: label, size: halfPoints(sizes.small), color: hex(template.colours.muted)},
      paragraph: {
        spacing: {after: Math.round(paragraphGap * 1.5), ...lines(sizes.small)},
        keepLines: true
      }
    }
  ]
}
