/**
 * Pure layout maths of a card drawn as SVG (the export of a card, see cardSvg.tsx): where its rows sit and how its
 * text wraps. Sizes follow cards.css, in page units.
 */

/** The font stack of the cards (the app's `--font-ui`). */
export const CARD_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif"

/** Measures the width of one line of text in the font it will be drawn with. */
export type MeasureWidth = (text: string) => number

// The card's CSS padding plus its 1 px border (box-sizing: border-box).
export const CARD_PADDING_X = 11
export const CARD_PADDING_TOP = 9
export const CARD_PADDING_BOTTOM = 8
export const CARD_HEADER_H = 20
export const CARD_KIND_FONT_SIZE = 12
export const CARD_TEXT_FONT_SIZE = 16
export const CARD_TEXT_LINE_H = 20
export const CARD_TEXT_MARGIN_TOP = 5
export const CARD_TEXT_MARGIN_BOTTOM = 4
export const CARD_CHIP_H = 21
export const CARD_CHIP_FONT_SIZE = 12
export const CARD_CHIP_PADDING_X = 8

/** Where the rows of a card of size `w`×`h` sit, in the card's own space. */
export interface CardRows {
  header: { x: number; y: number; w: number; h: number }
  text: { x: number; y: number; w: number; h: number; maxLines: number }
  footer: { x: number; y: number; w: number; h: number }
}

/** The header at the top, the footer (department chip, author) at the bottom, the text in between. */
export function layoutCardRows(w: number, h: number): CardRows {
  const innerW = Math.max(0, w - 2 * CARD_PADDING_X)
  const header = { x: CARD_PADDING_X, y: CARD_PADDING_TOP, w: innerW, h: CARD_HEADER_H }
  const footerY = Math.max(header.y + header.h, h - CARD_PADDING_BOTTOM - CARD_CHIP_H)
  const footer = { x: CARD_PADDING_X, y: footerY, w: innerW, h: CARD_CHIP_H }
  const textY = header.y + header.h + CARD_TEXT_MARGIN_TOP
  const textH = Math.max(0, footerY - CARD_TEXT_MARGIN_BOTTOM - textY)
  const maxLines = Math.floor(textH / CARD_TEXT_LINE_H + 0.01)
  return { header, text: { x: CARD_PADDING_X, y: textY, w: innerW, h: textH, maxLines }, footer }
}

const ELLIPSIS = '…'

/** Cuts `text` to fit `maxWidth` on one line, ending in an ellipsis when cut; '' when not even that fits. */
export function truncateToWidth(text: string, maxWidth: number, measure: MeasureWidth): string {
  if (measure(text) <= maxWidth) return text
  const chars = [...text]
  // Binary search of the longest prefix that fits with the ellipsis.
  let low = 0
  let high = chars.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) low = mid
    else high = mid - 1
  }
  if (low === 0) return measure(ELLIPSIS) <= maxWidth ? ELLIPSIS : ''
  return chars.slice(0, low).join('').trimEnd() + ELLIPSIS
}

/** Splits a word wider than `maxWidth` into pieces that fit (CSS `overflow-wrap: anywhere`). */
function breakWord(word: string, maxWidth: number, measure: MeasureWidth): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const char of word) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece)
      piece = char
    } else {
      piece += char
    }
  }
  if (piece) pieces.push(piece)
  return pieces
}

/**
 * Wraps text into lines no wider than `maxWidth`, like `white-space: pre-wrap; overflow-wrap: anywhere`: explicit
 * line breaks kept, lines broken at spaces, words too long for a line broken anywhere. With `maxLines`, the text
 * stops there and the last kept line ends in an ellipsis when anything was left out.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureWidth, maxLines = Infinity): string[] {
  const lines: string[] = []
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = ''
    for (const token of paragraph.split(/(\s+)/)) {
      if (!token) continue
      const candidate = line + token
      if (measure(candidate.trimEnd()) <= maxWidth) {
        line = candidate
        continue
      }
      if (/^\s+$/.test(token)) {
        // Spaces at the end of a line hang past its edge.
        line = candidate
        continue
      }
      if (line.trim()) lines.push(line.trimEnd())
      line = ''
      const pieces = measure(token) <= maxWidth ? [token] : breakWord(token, maxWidth, measure)
      for (const piece of pieces.slice(0, -1)) lines.push(piece)
      line = pieces[pieces.length - 1] ?? ''
    }
    lines.push(line.trimEnd())
  }
  if (lines.length <= maxLines) return lines
  if (maxLines <= 0) return []
  const kept = lines.slice(0, maxLines)
  const last = kept[maxLines - 1] ?? ''
  kept[maxLines - 1] = truncateToWidth(last + ELLIPSIS, maxWidth, measure).replace(/…?$/, ELLIPSIS)
  return kept
}
