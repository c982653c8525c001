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
import {halfPoints, hex, lineMultiple, twips} from './units.js'

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
 * Width of the column paragraph numbers sit in: a hanging indent, so the
 * number stands clear of the text and the text of every paragraph aligns.
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

/** The style definitions for `template`; `language` is the documents’ BCP 47 tag. */
export function documentStyles(template: Template, language: string): IStylesOptions {
  const {sizes} = template.fonts
  const body = fonts[template.fonts.body].family
  const label = fonts[template.fonts.label].family
  const colours = template.colours
  const gutter = twips(numberColumn(template))
  const gap = twips(sizes.body * 0.6)
  const furniture = {font: label, size: halfPoints(sizes.small), color: hex(colours.muted)}

  return {
    default: {
      document: {
        run: {font: body, size: halfPoints(sizes.body), color: hex(colours.text), language: {value: language}},
        paragraph: {
          spacing: {after: gap, line: lineMultiple(template.fonts.leading), lineRule: LineRuleType.AUTO}
        }
      },
      heading2: {
        run: {font: label, size: halfPoints(sizes.heading), bold: true, color: hex(colours.accent)},
        paragraph: {spacing: {before: gap * 2, after: gap}, keepNext: true, keepLines: true, outlineLevel: 1}
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
          spacing: {after: gap, line: lineMultiple(1.1), lineRule: LineRuleType.AUTO},
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
        paragraph: {spacing: {after: 0}, keepNext: true}
      },
      {
        ...paragraphStyle.participant,
        basedOn: 'Normal',
        quickFormat: true,
        run: {font: label, size: halfPoints(sizes.label)},
        paragraph: {spacing: {after: 0}, indent: {left: gutter}}
      },
      {
        ...paragraphStyle.speaker,
        basedOn: 'Normal',
        next: paragraphStyle.turn.id,
        quickFormat: true,
        paragraph: {
          spacing: {before: gap, after: 0},
          indent: {left: gutter},
          // A label never sits alone at the foot of a page.
          keepNext: true,
          keepLines: true
        }
      },
      {
        ...paragraphStyle.turn,
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {...widowControl, indent: {left: gutter, hanging: gutter}}
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
        paragraph: {...widowControl, indent: {left: gutter, hanging: gutter}}
      },
      {
        ...paragraphStyle.note,
        basedOn: 'Normal',
        quickFormat: true,
        run: {font: label, size: halfPoints(sizes.label), italics: true, color: hex(colours.muted)},
        paragraph: {indent: {left: gutter}, spacing: {before: gap}}
      },
      {
        ...paragraphStyle.marking,
        basedOn: 'Normal',
        run: {font: label, size: halfPoints(sizes.label), bold: true, allCaps: true, color: hex(colours.text)},
        paragraph: {alignment: AlignmentType.CENTER, spacing: {before: 0, after: 0}}
      },
      {
        ...paragraphStyle.header,
        basedOn: 'Normal',
        run: furniture,
        paragraph: {alignment: AlignmentType.RIGHT, spacing: {after: 0}}
      },
      {
        ...paragraphStyle.footer,
        basedOn: 'Normal',
        run: furniture,
        paragraph: {alignment: AlignmentType.CENTER, spacing: {after: 0}}
      }
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
