import type { getDocumentProxy } from 'unpdf'

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>
type OutlineItem = Awaited<ReturnType<PdfDocument['getOutline']>>[number]

/** A section of the print view and the unique text its heading carries (`window.__cxmapPrint.sections`). */
export interface SectionMarker {
  id: string
  marker: string
}

/**
 * The 1-based page each section of a PDF printed by Chromium starts on. The PDF's outline (bookmarks made from the
 * headings) is read first, which takes milliseconds; for a marker not in it, only the text of the pages it can be on
 * (between the sections found around it) is read, as reading every page takes seconds for a large document.
 */
export async function findSectionPages(
  pdf: Uint8Array,
  sections: readonly SectionMarker[],
): Promise<Record<string, number>> {
  // Loaded on the first export: pdf.js is not kept in every server's memory for a feature most never use.
  const { getDocumentProxy } = await import('unpdf')
  // unpdf's pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const document = await getDocumentProxy(new Uint8Array(pdf))
  try {
    const texts = await readOutlineTexts(document)
    const fromOutline = locateSections(texts, sections)
    const pagesToRead = listPagesToRead(sections, fromOutline, document.numPages)
    if (pagesToRead.length === 0) return fromOutline
    for (const page of pagesToRead) texts[page - 1] = await readPageText(document, page)
    return locateSections(texts, sections)
  } finally {
    await document.loadingTask.destroy()
  }
}

/** The pages a section missing from `found` can start on: from the page of the section found before it to the next. */
function listPagesToRead(
  sections: readonly SectionMarker[],
  found: Record<string, number>,
  pageCount: number,
): number[] {
  const pages = new Set<number>()
  sections.forEach(({ id }, index) => {
    if (found[id] !== undefined) return
    const before = sections.slice(0, index).findLast((section) => found[section.id] !== undefined)
    const after = sections.slice(index + 1).find((section) => found[section.id] !== undefined)
    const first = before ? (found[before.id] ?? 1) : 1
    const last = after ? (found[after.id] ?? pageCount) : pageCount
    for (let page = first; page <= last; page++) pages.add(page)
  })
  return [...pages].sort((a, b) => a - b)
}

async function readPageText(document: PdfDocument, pageNumber: number): Promise<string> {
  const content = await (await document.getPage(pageNumber)).getTextContent()
  return content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('')
}

/** The outline's titles gathered per page: one string per page, like the pages' own text. */
async function readOutlineTexts(document: PdfDocument): Promise<string[]> {
  const texts: string[] = Array.from({ length: document.numPages }, () => '')
  const visit = async (items: readonly OutlineItem[]): Promise<void> => {
    for (const item of items) {
      const destination = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest
      const target: unknown = destination?.[0]
      const index =
        typeof target === 'number'
          ? target
          : target && typeof target === 'object'
            ? await document.getPageIndex(target as Parameters<PdfDocument['getPageIndex']>[0])
            : -1
      if (index >= 0 && index < texts.length) texts[index] += ` ${item.title}`
      await visit(item.items)
    }
  }
  await visit((await document.getOutline()) ?? [])
  return texts
}

/**
 * The 1-based page on which each section starts: the first page, at or after the previous section's, whose text
 * holds the section's marker as a whole token (`§1` is not found in `§12`). Sections not found are left out.
 */
export function locateSections(
  pageTexts: readonly string[],
  sections: readonly SectionMarker[],
): Record<string, number> {
  const pages: Record<string, number> = {}
  let from = 0
  for (const { id, marker } of sections) {
    const pattern = markerPattern(marker)
    if (!pattern) continue
    const index = pageTexts.findIndex((text, page) => page >= from && pattern.test(collapseWhitespace(text)))
    if (index === -1) continue
    pages[id] = index + 1
    from = index
  }
  return pages
}

function markerPattern(marker: string): RegExp | null {
  const text = collapseWhitespace(marker)
  if (!text) return null
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // pdf.js may or may not put a space between text runs, so the marker's own spaces are optional too.
  const spaced = escaped.replace(/ /g, ' ?')
  return new RegExp(`(?<![\\p{L}\\p{N}])${spaced}(?![\\p{L}\\p{N}])`, 'u')
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
