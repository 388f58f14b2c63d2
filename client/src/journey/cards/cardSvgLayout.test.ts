import { describe, expect, it } from 'vitest'
import {
  CARD_CHIP_H,
  CARD_PADDING_BOTTOM,
  CARD_TEXT_LINE_H,
  layoutCardRows,
  truncateToWidth,
  wrapText,
  type MeasureWidth,
} from './cardSvgLayout'

// Every character 10 units wide: widths are easy to reason about.
const measure: MeasureWidth = (text) => [...text].length * 10

describe('wrapText', () => {
  it('keeps a line that fits', () => {
    expect(wrapText('short', 100, measure)).toEqual(['short'])
  })

  it('breaks lines at spaces', () => {
    expect(wrapText('one two three four', 90, measure)).toEqual(['one two', 'three', 'four'])
  })

  it('keeps explicit line breaks and empty lines', () => {
    expect(wrapText('a\n\nb\r\nc', 100, measure)).toEqual(['a', '', 'b', 'c'])
  })

  it('breaks a word too long for a line anywhere', () => {
    expect(wrapText('abcdefghij xy', 40, measure)).toEqual(['abcd', 'efgh', 'ij', 'xy'])
  })

  it('lets spaces at the end of a line hang past its edge', () => {
    expect(wrapText('abcd    efgh', 40, measure)).toEqual(['abcd', 'efgh'])
  })

  it('cuts at maxLines with an ellipsis that fits the width', () => {
    const lines = wrapText('one two three four five', 90, measure, 2)
    expect(lines).toEqual(['one two', 'three…'])
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(90)
  })

  it('shortens a full last line to make room for the ellipsis', () => {
    expect(wrapText('abcdefgh ijkl', 80, measure, 1)).toEqual(['abcdefg…'])
  })

  it('returns no lines when none fit', () => {
    expect(wrapText('text', 100, measure, 0)).toEqual([])
  })

  it('wraps Cyrillic text by characters, not bytes', () => {
    expect(wrapText('Клиент ждёт курьера', 100, measure)).toEqual(['Клиент', 'ждёт', 'курьера'])
  })
})

describe('truncateToWidth', () => {
  it('keeps text that fits', () => {
    expect(truncateToWidth('Продажи', 70, measure)).toBe('Продажи')
  })

  it('ends cut text with an ellipsis within the width', () => {
    expect(truncateToWidth('Логистика', 50, measure)).toBe('Логи…')
  })

  it('drops spaces before the ellipsis', () => {
    expect(truncateToWidth('ab cdef', 40, measure)).toBe('ab…')
  })

  it('gives an empty string when not even the ellipsis fits', () => {
    expect(truncateToWidth('abc', 5, measure)).toBe('')
  })
})

describe('layoutCardRows', () => {
  it('puts the footer at the bottom and the text between header and footer', () => {
    const rows = layoutCardRows(220, 140)
    expect(rows.footer.y + CARD_CHIP_H + CARD_PADDING_BOTTOM).toBe(140)
    expect(rows.text.y).toBeGreaterThanOrEqual(rows.header.y + rows.header.h)
    expect(rows.text.y + rows.text.h).toBeLessThanOrEqual(rows.footer.y)
    expect(rows.text.w).toBe(198)
    expect(rows.text.maxLines).toBe(Math.floor(rows.text.h / CARD_TEXT_LINE_H))
  })

  it('leaves no room for text on a card too small for it', () => {
    const rows = layoutCardRows(120, 40)
    expect(rows.text.h).toBe(0)
    expect(rows.text.maxLines).toBe(0)
    expect(rows.footer.y).toBeGreaterThanOrEqual(rows.header.y + rows.header.h)
  })
})
