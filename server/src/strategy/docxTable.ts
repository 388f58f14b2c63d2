import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx'

/** A table with a bold header row repeated on each page, full width; every cell is text. */
export function writeTable(head: string[], rows: (string | number)[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((label) => cell(label, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((value) => cell(String(value))) })),
    ],
  })
}

/** A bulleted list. */
export function writeBullets(items: string[]): FileChild[] {
  return items.map((text) => new Paragraph({ text, bullet: { level: 0 } }))
}

/** A small heading inside a part. */
export function writeSubheading(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true })], spacing: { before: 200, after: 80 } })
}

/** A plain paragraph. */
export function writeText(text: string): Paragraph {
  return new Paragraph({ text })
}
