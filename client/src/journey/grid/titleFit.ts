/** Width of `text` at `fontSize`, in the same units as the title's width. */
export type MeasureText = (text: string, fontSize: number) => number

/** How a stage or lane title is set: its font size, and whether a word too long even at the smallest size may break. */
export interface TitleFit {
  fontSize: number
  mustBreakWords: boolean
}

/**
 * The largest font size from `fontSize` down to `minFontSize` at which `title` fits `width` in `lines` lines with
 * greedy word wrap and no word broken (hyphenation can only help); at the smallest size a word that is still too
 * long may break anywhere, and the line clamp with the full title on hover does the rest.
 */
export function fitTitle(
  title: string,
  { width, lines, fontSize, minFontSize }: { width: number; lines: number; fontSize: number; minFontSize: number },
  measure: MeasureText,
): TitleFit {
  const words = title.split(/\s+/).filter(Boolean)
  for (let size = fontSize; size >= minFontSize; size -= 1) {
    const widths = words.map((word) => measure(word, size))
    if (widths.every((w) => w <= width) && countLines(widths, measure(' ', size), width) <= lines) {
      return { fontSize: size, mustBreakWords: false }
    }
  }
  return { fontSize: minFontSize, mustBreakWords: words.some((word) => measure(word, minFontSize) > width) }
}

function countLines(wordWidths: readonly number[], spaceWidth: number, width: number): number {
  let lines = 1
  let used = 0
  for (const w of wordWidths) {
    if (used === 0) used = w
    else if (used + spaceWidth + w <= width) used += spaceWidth + w
    else {
      lines += 1
      used = w
    }
  }
  return lines
}

/** Average glyph width of a bold title, as a share of the font size, where no canvas can measure (tests, SSR). */
const FALLBACK_GLYPH_EM = 0.7

// One canvas for every measure, made on first use (the page's font is known only then).
let measurer: { context: CanvasRenderingContext2D; family: string } | null | undefined

/**
 * Measures a header title's text as the browser draws it (weight 650 in the UI font), with a canvas; a rough
 * per-glyph estimate where there is none.
 */
export const measureTitleText: MeasureText = (text, fontSize) => {
  if (measurer === undefined) {
    const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
    const family = context && getComputedStyle(document.body).getPropertyValue('--font-ui').trim()
    measurer = context ? { context, family: family || 'system-ui, sans-serif' } : null
  }
  if (!measurer) return text.length * fontSize * FALLBACK_GLYPH_EM
  measurer.context.font = `650 ${fontSize}px ${measurer.family}`
  return measurer.context.measureText(text).width
}
