import { buildInitiative, type Horizon, type Initiative } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import {
  buildLinks,
  buildQuarterRange,
  buildTimelineLayout,
  findColumnAt,
  horizonForColumn,
  isDueBefore,
  isHorizonChange,
  quarterOf,
} from './timelineModel'

const q = (year: number, quarter: 1 | 2 | 3 | 4): Horizon => ({ kind: 'quarter', year, quarter })
const d = (date: string): Horizon => ({ kind: 'date', date })
const current = { year: 2026, quarter: 4 } as const

function initiative(id: string, fields: Partial<Initiative> = {}): Initiative {
  return buildInitiative({ id, ...fields })
}

describe('quarterOf', () => {
  it('gives the calendar quarter of a moment', () => {
    expect(quarterOf(new Date(2026, 0, 1))).toEqual({ year: 2026, quarter: 1 })
    expect(quarterOf(new Date(2026, 5, 30))).toEqual({ year: 2026, quarter: 2 })
    expect(quarterOf(new Date(2026, 11, 31))).toEqual({ year: 2026, quarter: 4 })
  })
})

describe('buildQuarterRange', () => {
  it('shows four quarters from the current one when nothing is planned', () => {
    expect(buildQuarterRange([null], current)).toEqual([
      { year: 2026, quarter: 4 },
      { year: 2027, quarter: 1 },
      { year: 2027, quarter: 2 },
      { year: 2027, quarter: 3 },
    ])
  })

  it('runs from the earliest horizon, even before the current quarter, to the latest', () => {
    const range = buildQuarterRange([q(2028, 2), d('2026-02-15'), null], current)
    expect(range[0]).toEqual({ year: 2026, quarter: 1 })
    expect(range.at(-1)).toEqual({ year: 2028, quarter: 2 })
    expect(range).toHaveLength(10)
  })

  it('starts with the current quarter when every horizon is later', () => {
    const range = buildQuarterRange([q(2027, 3), q(2027, 4)], current)
    expect(range[0]).toEqual(current)
    expect(range.at(-1)).toEqual({ year: 2027, quarter: 4 })
  })

  it('keeps at least four quarters after an early horizon', () => {
    expect(buildQuarterRange([q(2025, 1)], { year: 2025, quarter: 1 })).toHaveLength(4)
  })
})

describe('isDueBefore', () => {
  it('compares quarters and dates', () => {
    expect(isDueBefore(q(2027, 1), q(2027, 2))).toBe(true)
    expect(isDueBefore(q(2027, 2), q(2027, 1))).toBe(false)
    expect(isDueBefore(q(2027, 1), q(2027, 1))).toBe(false)
    expect(isDueBefore(d('2027-01-10'), d('2027-01-11'))).toBe(true)
    expect(isDueBefore(d('2027-03-31'), q(2027, 2))).toBe(true)
    expect(isDueBefore(q(2026, 4), d('2027-01-01'))).toBe(true)
  })

  it('does not flag a date inside the other one’s quarter, nor a missing horizon', () => {
    expect(isDueBefore(d('2027-01-05'), q(2027, 1))).toBe(false)
    expect(isDueBefore(q(2027, 1), d('2027-02-01'))).toBe(false)
    expect(isDueBefore(null, q(2027, 1))).toBe(false)
    expect(isDueBefore(q(2027, 1), null)).toBe(false)
  })
})

describe('buildTimelineLayout', () => {
  it('puts each initiative in its quarter’s column, dates in their quarter, none in the last column', () => {
    const layout = buildTimelineLayout(
      [
        initiative('a', { wave: 1, horizon: q(2026, 4) }),
        initiative('b', { wave: 1, horizon: d('2027-05-20') }),
        initiative('c', { wave: 2, horizon: null }),
      ],
      current,
    )
    expect(layout.columns).toHaveLength(5)
    expect(layout.columns.at(-1)).toBeNull()
    const column = Object.fromEntries(layout.placements.map((placement) => [placement.id, placement.column]))
    expect(column).toEqual({ a: 0, b: 2, c: 4 })
  })

  it('stacks initiatives of one wave and quarter in rows, and sizes each wave’s band', () => {
    const layout = buildTimelineLayout(
      [
        initiative('a', { wave: 1, horizon: q(2027, 1) }),
        initiative('b', { wave: 1, horizon: q(2027, 1) }),
        initiative('c', { wave: 1, horizon: q(2027, 2) }),
        initiative('d', { wave: 1, horizon: q(2027, 1) }),
        initiative('e', { wave: 3, horizon: q(2027, 1) }),
      ],
      current,
    )
    const rows = Object.fromEntries(layout.placements.map((placement) => [placement.id, placement.row]))
    expect(rows).toEqual({ a: 0, b: 1, c: 0, d: 2, e: 0 })
    expect(layout.bands).toEqual([
      { wave: 1, firstRow: 0, rowCount: 3 },
      { wave: 2, firstRow: 3, rowCount: 1 },
      { wave: 3, firstRow: 4, rowCount: 1 },
    ])
  })
})

describe('buildLinks', () => {
  it('draws dependencies from the prerequisite and flags those running backwards in time', () => {
    const links = buildLinks([
      initiative('a', { horizon: q(2027, 2) }),
      initiative('b', { horizon: q(2027, 3), dependsOn: ['a'] }),
      initiative('c', { horizon: q(2027, 1), dependsOn: ['a'] }),
      initiative('d', { horizon: null, dependsOn: ['a', 'gone'] }),
    ])
    expect(links).toEqual([
      { from: 'a', to: 'b', kind: 'depends', isBackwards: false },
      { from: 'a', to: 'c', kind: 'depends', isBackwards: true },
      { from: 'a', to: 'd', kind: 'depends', isBackwards: false },
    ])
  })

  it('draws a parallel pair once, whichever side lists it', () => {
    const links = buildLinks([
      initiative('a', { parallelWith: ['b'] }),
      initiative('b', { parallelWith: ['a', 'c'] }),
      initiative('c'),
    ])
    expect(links).toEqual([
      { from: 'a', to: 'b', kind: 'parallel', isBackwards: false },
      { from: 'b', to: 'c', kind: 'parallel', isBackwards: false },
    ])
  })
})

describe('dropping into a column', () => {
  it('sets the column’s quarter, or clears the horizon in "No horizon"', () => {
    expect(horizonForColumn({ year: 2027, quarter: 2 })).toEqual(q(2027, 2))
    expect(horizonForColumn(null)).toBeNull()
  })

  it('changes nothing when the horizon already falls in the column', () => {
    expect(isHorizonChange(d('2027-05-01'), { year: 2027, quarter: 2 })).toBe(false)
    expect(isHorizonChange(q(2027, 2), { year: 2027, quarter: 2 })).toBe(false)
    expect(isHorizonChange(null, null)).toBe(false)
    expect(isHorizonChange(q(2027, 2), { year: 2027, quarter: 3 })).toBe(true)
    expect(isHorizonChange(q(2027, 2), null)).toBe(true)
    expect(isHorizonChange(null, { year: 2027, quarter: 3 })).toBe(true)
  })

  it('finds the column under the pointer', () => {
    const spans = [
      { left: 100, right: 300 },
      { left: 300, right: 500 },
    ]
    expect(findColumnAt(100, spans)).toBe(0)
    expect(findColumnAt(300, spans)).toBe(1)
    expect(findColumnAt(99, spans)).toBeNull()
    expect(findColumnAt(500, spans)).toBeNull()
  })
})
