import { describe, expect, it } from 'vitest'
import { countLines, estimateCardHeight, getContentBox, getTileMetrics } from './pageMetrics'

describe('page metrics', () => {
  it('gives the content box inside the margins in CSS pixels', () => {
    // A4 landscape: 297 × 210 mm, minus 10 mm each side and 10 + 14 mm top and bottom
    expect(getContentBox('A4', 'landscape')).toEqual({
      width: Math.floor(277 * (96 / 25.4)),
      height: Math.floor(186 * (96 / 25.4)),
    })
    expect(getContentBox('A3', 'landscape').width).toBeGreaterThan(getContentBox('A4', 'landscape').width)
    expect(getTileMetrics('A4', 'portrait').pageWidth).toBeLessThan(getTileMetrics('A4', 'landscape').pageWidth)
  })

  it('counts wrapped lines by words, breaking a word longer than a line', () => {
    expect(countLines('', 100, 10)).toBe(1)
    expect(countLines('один два три', 100, 10)).toBe(2) // 10 characters a line
    expect(countLines('строка\nещё', 100, 10)).toBe(2)
    expect(countLines('x'.repeat(25), 100, 10)).toBe(3)
  })

  it('estimates taller cards for longer text and narrower columns', () => {
    const card = {
      id: 'c',
      kind: 'barrier' as const,
      text: 'Проверка адреса не работает для новостроек',
      departmentId: '',
      departmentName: '',
      authorName: '',
      links: [],
      votes: 0,
      personaId: '',
      valueCreated: '',
      valueCaptured: '',
      paidService: '',
      revenue: 0,
    }
    const wide = estimateCardHeight(card, 400, 'Барьер')
    const narrow = estimateCardHeight(card, 150, 'Барьер')
    expect(narrow).toBeGreaterThan(wide)
    expect(estimateCardHeight({ ...card, text: `${card.text}\n${card.text}` }, 400, 'Барьер')).toBeGreaterThan(wide)
  })
})
