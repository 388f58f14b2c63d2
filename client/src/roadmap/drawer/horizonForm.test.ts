import { describe, expect, test } from 'vitest'
import { listHorizonYears, switchHorizonKind, toIsoDate } from './horizonForm'

describe('listHorizonYears', () => {
  test('offers last year to five years ahead', () => {
    expect(listHorizonYears(2026)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031])
  })

  test('keeps a stored year outside the range, in order', () => {
    expect(listHorizonYears(2026, 2020)).toEqual([2020, 2025, 2026, 2027, 2028, 2029, 2030, 2031])
    expect(listHorizonYears(2026, 2040).at(-1)).toBe(2040)
    expect(listHorizonYears(2026, 2027)).toHaveLength(7)
  })
})

describe('switchHorizonKind', () => {
  const today = new Date(2026, 10, 22)

  test('clears the horizon', () => {
    expect(switchHorizonKind({ kind: 'quarter', year: 2027, quarter: 2 }, 'none', today)).toBeNull()
  })

  test('starts at today when there was none', () => {
    expect(switchHorizonKind(null, 'quarter', today)).toEqual({ kind: 'quarter', year: 2026, quarter: 4 })
    expect(switchHorizonKind(null, 'date', today)).toEqual({ kind: 'date', date: '2026-11-22' })
  })

  test('turns a date into its quarter and a quarter into its last day', () => {
    expect(switchHorizonKind({ kind: 'date', date: '2027-05-10' }, 'quarter', today)).toEqual({
      kind: 'quarter',
      year: 2027,
      quarter: 2,
    })
    expect(switchHorizonKind({ kind: 'quarter', year: 2027, quarter: 1 }, 'date', today)).toEqual({
      kind: 'date',
      date: '2027-03-31',
    })
    expect(switchHorizonKind({ kind: 'quarter', year: 2027, quarter: 4 }, 'date', today)).toEqual({
      kind: 'date',
      date: '2027-12-31',
    })
  })

  test('keeps a horizon of the same kind', () => {
    const horizon = { kind: 'date', date: '2030-01-01' } as const
    expect(switchHorizonKind(horizon, 'date', today)).toBe(horizon)
  })
})

describe('toIsoDate', () => {
  test('pads months and days', () => {
    expect(toIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05')
  })
})
