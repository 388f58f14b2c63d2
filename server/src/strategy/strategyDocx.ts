import {
  assessMaturity,
  getStrategyTexts,
  type Locale,
  type StrategyDoc,
  type StrategyPartReport,
  type StrategyReport,
} from '@cxmap/shared'
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type FileChild } from 'docx'
import { getDocxStrings, type DocxStrings } from './docxStrings.ts'
import { writePartBody } from './docxParts.ts'

const DOCX_LANGUAGES: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' }

/** What the strategy's Word document is made from. */
export interface StrategyDocxInput {
  report: StrategyReport
  strategy: StrategyDoc
  /** The board's title. */
  title: string
  locale: Locale
  date: Date
}

/**
 * The CX strategy for management as a Word document (the `docx` library writes the OOXML): a title page with the
 * maturity stage and the parts' completeness, then the ten parts in order, each a Heading 1 with its completeness,
 * what the board holds for it (tables where it helps), its prose and what is missing.
 */
export async function buildStrategyDocx(input: StrategyDocxInput): Promise<Uint8Array> {
  const strings = getDocxStrings(input.locale)
  const document = new Document({
    creator: 'CX Map',
    title: `${getStrategyTexts(input.locale).title} — ${input.title}`,
    // Word checks spelling in the document's language (Russian text marked as English is all underlined red).
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: DOCX_LANGUAGES[input.locale] } } } },
    },
    sections: [
      {
        children: [
          ...writeTitlePage(input, strings),
          ...input.report.parts.flatMap((part, index) => writePart(part, index + 1, input, strings)),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

function writeTitlePage(input: StrategyDocxInput, strings: DocxStrings): FileChild[] {
  const texts = getStrategyTexts(input.locale)
  const { stage } = assessMaturity(input.strategy.maturity)
  return [
    new Paragraph({ text: texts.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
    new Paragraph({ children: [new TextRun({ text: input.title.trim() || strings.none, size: 32, bold: true })] }),
    new Paragraph({ text: strings.subtitle }),
    labelled(strings.date, formatLongDate(input.date, input.locale)),
    labelled(
      strings.maturity,
      stage ? strings.maturityStage.replace('{stage}', texts.stages[stage].name) : strings.maturityNone,
    ),
    new Paragraph({ text: strings.contents, heading: HeadingLevel.HEADING_2 }),
    ...input.report.parts.map(
      (part, index) =>
        new Paragraph({
          children: [
            new TextRun(`${index + 1}. ${texts.parts[part.id]} — `),
            new TextRun({ text: strings.status[part.status], italics: true }),
          ],
        }),
    ),
  ]
}

function writePart(part: StrategyPartReport, number: number, input: StrategyDocxInput, strings: DocxStrings) {
  const texts = getStrategyTexts(input.locale)
  const children: FileChild[] = [
    new Paragraph({
      text: `${number}. ${texts.parts[part.id]}`,
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
    }),
    labelled(strings.statusLabel, strings.status[part.status]),
    ...writePartBody(part, input.locale),
  ]
  const prose = input.strategy.texts[part.id]?.trim()
  if (prose) children.push(...prose.split(/\n+/).map((line) => new Paragraph({ text: line })))
  if (part.missing.length > 0) {
    children.push(new Paragraph({ text: strings.missingTitle, heading: HeadingLevel.HEADING_3 }))
    for (const item of part.missing) {
      children.push(
        new Paragraph({ text: `${texts.missing[item.what]} (${strings.where[item.where]})`, bullet: { level: 0 } }),
      )
    }
  }
  return children
}

/** A "Label: value" line. */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })
}

function formatLongDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
