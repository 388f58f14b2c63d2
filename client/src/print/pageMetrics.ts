import { countWrappedLines, pageSizeMm, type Orientation, type PageSize } from '@cxmap/shared'
import type { JourneyCardOut } from '@cxmap/shared'
import type { TileMetrics } from './tiling'

/** CSS pixels per millimetre (96 px to the inch). */
export const PX_PER_MM = 96 / 25.4

/** Page margins in millimetres; the bottom one holds the page number footer. */
export const PAGE_MARGIN_MM = { top: 10, side: 10, bottom: 14 } as const

/** Height kept on each grid page for its caption (section heading or grid title and span). */
export const TILE_CAPTION_PX = 64

/** The page's content box in CSS pixels. */
export function getContentBox(size: PageSize, orientation: Orientation): { width: number; height: number } {
  const { w, h } = pageSizeMm(size, orientation)
  return {
    width: Math.floor((w - 2 * PAGE_MARGIN_MM.side) * PX_PER_MM),
    height: Math.floor((h - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom) * PX_PER_MM),
  }
}

/** The grid tiling's metrics for a page (they match print.css: keep both in step). */
export function getTileMetrics(size: PageSize, orientation: Orientation): TileMetrics {
  const box = getContentBox(size, orientation)
  return {
    pageWidth: box.width,
    pageHeight: box.height - TILE_CAPTION_PX,
    laneColumnWidth: 110,
    headerHeight: 40,
    minStageWidth: 170,
    cellPadding: 8,
    minLaneHeight: 34,
  }
}

// Card typography in print.css: text 8.5pt (11.3px) at line height 1.3, meta line 7pt; wide Cyrillic glyphs average
// about 0.6 em, so estimates err towards taller cards (a short page beats a table cut across a page break).
const TEXT_LINE_PX = 14.8
const TEXT_CHAR_PX = 6.8
const META_LINE_PX = 12.5
const META_CHAR_PX = 5.6
const CARD_CHROME_PX = 12 // padding, border and the gap below a card
const CARD_SIDE_PX = 20 // the cell's and the card's horizontal padding and borders

/** Lines a text takes at a width, wrapping greedily at spaces (a longer word breaks where it must). */
export function countLines(text: string, width: number, charPx: number): number {
  const perLine = Math.max(4, Math.floor(width / charPx))
  return text.split('\n').reduce((sum, paragraph) => sum + countWrappedLines(paragraph, perLine), 0)
}

/** The estimated printed height of a card in a column of `columnWidth` pixels. */
export function estimateCardHeight(card: JourneyCardOut, columnWidth: number, metaText: string): number {
  const width = columnWidth - CARD_SIDE_PX
  const textLines = card.text.trim() ? countLines(card.text.trim(), width, TEXT_CHAR_PX) : 1
  const metaLines = countLines(metaText, width, META_CHAR_PX)
  return CARD_CHROME_PX + metaLines * META_LINE_PX + textLines * TEXT_LINE_PX
}
