import { describe, expect, it } from 'vitest'
import { getMoneyChipWidth } from './MoneyChipSvg'
import { getOpportunityColor, getOpportunityRatio, getOpportunityScale, sumByStage } from './opportunity'
import { formatRevenueFull, formatRevenueShort, hasMonetisation, isOpportunityCard, parseRevenue } from './revenue'

const blank = { valueCreated: '', valueCaptured: '', paidService: '', revenue: 0 }

describe('a revenue estimate as typed', () => {
  it('reads spaces as thousands and a comma or dot as the decimal mark', () => {
    expect(parseRevenue('120 000')).toBe(120000)
    expect(parseRevenue('120\u00a0000')).toBe(120000)
    expect(parseRevenue('1,5')).toBe(1.5)
    expect(parseRevenue(' 42.25 ')).toBe(42.25)
    expect(parseRevenue('')).toBe(0)
  })

  it('refuses negatives, words and absurd sums', () => {
    expect(parseRevenue('-5')).toBeNull()
    expect(parseRevenue('12k')).toBeNull()
    expect(parseRevenue('1,000.5')).toBeNull()
    expect(parseRevenue('9'.repeat(14))).toBeNull()
  })

  it('is written short and in full in the board language', () => {
    expect(formatRevenueShort(120000, 'en')).toBe('120K')
    expect(formatRevenueShort(1500000, 'ru')).toMatch(/^1,5\s?млн$/)
    expect(formatRevenueFull(120000, 'ru')).toBe('120\u00a0000')
    expect(formatRevenueFull(120000, 'en')).toBe('120,000')
  })
})

describe('which cards are opportunities', () => {
  it('counts every monetisation card and touchpoints with a field filled', () => {
    expect(isOpportunityCard({ kind: 'monetisation', ...blank })).toBe(true)
    expect(isOpportunityCard({ kind: 'touchpoint', ...blank })).toBe(false)
    expect(isOpportunityCard({ kind: 'touchpoint', ...blank, paidService: 'Экспресс' })).toBe(true)
    expect(isOpportunityCard({ kind: 'barrier', ...blank, revenue: 100 })).toBe(false)
    expect(hasMonetisation({ ...blank, valueCreated: '   ' })).toBe(false)
  })
})

describe('the opportunity layer', () => {
  const grids = [
    {
      revenue: [
        [0, 100_000],
        [50_000, 0],
      ],
      opportunity: [
        [1, 1],
        [1, 0],
      ],
    },
    { revenue: [[0]], opportunity: [[3]] },
  ]

  it('scales by revenue, and by count where no cell has revenue', () => {
    const scale = getOpportunityScale(grids)
    expect(scale).toEqual({ maxRevenue: 100_000, maxCount: 3 })
    expect(getOpportunityRatio(100_000, 1, scale)).toBe(1)
    expect(getOpportunityRatio(50_000, 1, scale)).toBe(0.5)
    // An idea without an estimate still shows, faintly; an empty cell not at all.
    expect(getOpportunityRatio(0, 2, scale)).toBe(0.12)
    expect(getOpportunityRatio(0, 0, scale)).toBe(0)
    expect(getOpportunityRatio(0, 2, { maxRevenue: 0, maxCount: 4 })).toBe(0.5)
  })

  it('sums revenue per stage over the lanes', () => {
    expect(sumByStage(grids[0]!.revenue, 2)).toEqual([50_000, 100_000])
    expect(sumByStage([], 3)).toEqual([0, 0, 0])
  })

  it('tints nothing at 0 and deep green at the top', () => {
    expect(getOpportunityColor(0)).toBe('transparent')
    expect(getOpportunityColor(1)).toBe('rgba(8, 127, 91, 0.60)')
  })
})

describe('the revenue chip of a card’s SVG', () => {
  it('is as wide as its padding, coin and text', () => {
    expect(getMoneyChipWidth('120 тыс.', (text) => text.length * 6)).toBe(12 + 12 + 48)
  })
})
