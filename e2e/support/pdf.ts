import { execFile } from 'node:child_process'
import { access, constants, rename } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { getDocumentProxy } from 'unpdf'

const run = promisify(execFile)

/** One page of a PDF as a reader sees it: its size in points and its text. */
export interface PdfPage {
  /** 1-based. */
  number: number
  widthPt: number
  heightPt: number
  /** The page's text items joined with spaces (pdf.js may split a word into items: compare with {@link compact}). */
  text: string
  /** The text items where they stand: `x` from the left, `y` from the top, in points. */
  items: PdfTextItem[]
}

/** A run of text on a page and the position of its start (baseline), in points from the page's top-left corner. */
export interface PdfTextItem {
  str: string
  x: number
  y: number
}

/** Paper sizes in PostScript points (1/72 in), landscape; A4 = 842 × 595, A3 = 1191 × 842. */
export const PAPER_PT = {
  A4: { w: 841.89, h: 595.28 },
  A3: { w: 1190.55, h: 841.89 },
} as const

/** Reads every page of a PDF: its size (rotation applied) and its extracted text. Throws when it is not a PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  try {
    const pages: PdfPage[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const viewport = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const items: PdfTextItem[] = content.items.flatMap((item) => {
        if (!('str' in item) || item.str.trim() === '') return []
        // PDF space grows upwards from the bottom-left; the viewport turns it into top-left screen space.
        const [x = 0, y = 0] = viewport.convertToViewportPoint(item.transform[4] as number, item.transform[5] as number)
        return [{ str: item.str, x, y }]
      })
      const text = items.map((item) => item.str).join(' ')
      pages.push({ number, widthPt: viewport.width, heightPt: viewport.height, text, items })
    }
    return pages
  } finally {
    await pdf.loadingTask.destroy()
  }
}

/** Text without any whitespace: a phrase the layout wrapped or pdf.js split still matches. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Whether a page carries a phrase as text, wherever its lines broke. */
export function pageHasText(page: PdfPage, phrase: string): boolean {
  return compact(page.text).includes(compact(phrase))
}

/** Whether a page is `size` (in points, either orientation as given) within `tolerancePt`. */
export function isPageSize(page: PdfPage, size: { w: number; h: number }, tolerancePt = 1): boolean {
  return Math.abs(page.widthPt - size.w) <= tolerancePt && Math.abs(page.heightPt - size.h) <= tolerancePt
}

/** poppler's `pdftoppm` when installed (`.ci/run` installs poppler-utils), else null. */
export async function findPdftoppm(): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'pdftoppm')
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      // not in this directory
    }
  }
  return null
}

/**
 * Renders one page of a PDF file to a PNG at `dpi` with poppler's `pdftoppm`; returns false when it is not installed.
 */
export async function renderPdfPageToPng(
  pdfFile: string,
  pageNumber: number,
  pngFile: string,
  dpi = 80,
): Promise<boolean> {
  const pdftoppm = await findPdftoppm()
  if (!pdftoppm) return false
  const prefix = pngFile.replace(/\.png$/, '')
  const args = ['-png', '-r', String(dpi), '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile']
  await run(pdftoppm, [...args, pdfFile, prefix])
  if (`${prefix}.png` !== pngFile) await rename(`${prefix}.png`, pngFile)
  return true
}

/** The first page whose text holds a section's heading: its marker (`§3`) followed by its title. */
export function findHeadingPage(pages: PdfPage[], marker: string, title: string): number | null {
  const heading = compact(`${marker}${title}`)
  return pages.find((page) => compact(page.text).includes(heading))?.number ?? null
}

/**
 * The page number the contents page gives a section: the number printed at the end of the line holding its title
 * (an item on the same baseline, right of the title). Null when the title or its number is not there.
 */
export function readContentsPage(page: PdfPage, title: string): number | null {
  const titleItem = page.items.find((item) => compact(item.str) === compact(title))
  if (!titleItem) return null
  const numbers = page.items.filter(
    (item) => Math.abs(item.y - titleItem.y) < 2 && item.x > titleItem.x && /^\d+$/.test(item.str.trim()),
  )
  const last = numbers.sort((a, b) => b.x - a.x)[0]
  return last ? Number(last.str.trim()) : null
}
