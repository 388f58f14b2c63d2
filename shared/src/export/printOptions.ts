import { z } from 'zod'

/**
 * The PDF for management (`GET /api/boards/:id/export.pdf`) and the print view it is rendered from
 * (`/b/:id/print`) share these options; the server passes them to the print view in its query string.
 */
export const PRINT_SECTIONS = [
  'cover',
  'contents',
  'board',
  'grids',
  'heatmap',
  'journey',
  'communications',
  'roadmap',
  'strategy',
] as const
/** One optional section of the PDF. */
export type PrintSection = (typeof PRINT_SECTIONS)[number]

export const PAGE_SIZES = ['A4', 'A3'] as const
export type PageSize = (typeof PAGE_SIZES)[number]
export const ORIENTATIONS = ['landscape', 'portrait'] as const
export type Orientation = (typeof ORIENTATIONS)[number]

/** What to print and how. */
export interface PrintOptions {
  size: PageSize
  orientation: Orientation
  /** The document's language (its headings; the board's own texts stay as written). */
  lang: 'en' | 'ru'
  /** The sections to include, in {@link PRINT_SECTIONS} order. */
  sections: PrintSection[]
}

/** The defaults: A4 landscape, every section; the language is the board's unless given. */
export function defaultPrintOptions(lang: 'en' | 'ru'): PrintOptions {
  return { size: 'A4', orientation: 'landscape', lang, sections: [...PRINT_SECTIONS] }
}

/** Query parameters of the export and the print view (`size`, `orientation`, `lang`, `sections` comma-separated). */
export const printQuerySchema = z.object({
  size: z.enum(PAGE_SIZES).optional(),
  orientation: z.enum(ORIENTATIONS).optional(),
  lang: z.enum(['en', 'ru']).optional(),
  sections: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined
      const names = value
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
      const unknown = names.filter((name) => !(PRINT_SECTIONS as readonly string[]).includes(name))
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: `unknown sections: ${unknown.join(', ')}` })
        return z.NEVER
      }
      if (names.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'at least one section is needed' })
        return z.NEVER
      }
      return PRINT_SECTIONS.filter((name) => names.includes(name))
    }),
})

/** Reads options from query parameters, filling in the defaults; throws a ZodError on bad input. */
export function parsePrintQuery(query: Record<string, string | undefined>, boardLang: 'en' | 'ru'): PrintOptions {
  const parsed = printQuerySchema.parse(query)
  const defaults = defaultPrintOptions(parsed.lang ?? boardLang)
  return {
    size: parsed.size ?? defaults.size,
    orientation: parsed.orientation ?? defaults.orientation,
    lang: defaults.lang,
    sections: parsed.sections ?? defaults.sections,
  }
}

/** The query string of options (`size=A4&orientation=landscape&lang=ru&sections=cover,board`). */
export function formatPrintQuery(options: PrintOptions): string {
  return new URLSearchParams({
    size: options.size,
    orientation: options.orientation,
    lang: options.lang,
    sections: options.sections.join(','),
  }).toString()
}

/** Paper sizes in millimetres, portrait (width, height). */
export const PAPER_MM: Record<PageSize, { w: number; h: number }> = { A4: { w: 210, h: 297 }, A3: { w: 297, h: 420 } }

/** The page's width and height in millimetres for a size and orientation. */
export function pageSizeMm(size: PageSize, orientation: Orientation): { w: number; h: number } {
  const { w, h } = PAPER_MM[size]
  return orientation === 'landscape' ? { w: h, h: w } : { w, h }
}

/**
 * What the print view publishes on `window.__cxmapPrint` for the headless browser (and tests): `ready` once the board
 * has synced and every section is laid out (fonts loaded), or `error` when it cannot print.
 */
export interface PrintViewStatus {
  ready: boolean
  error: string | null
}
