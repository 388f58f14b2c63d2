import { describe, expect, it } from 'vitest'
import { dropIndexAt, orderBetween, planMove, type OrderedItem } from './waveOrder'

const column = (...orders: number[]): OrderedItem[] => orders.map((order, index) => ({ id: `i${index}`, order }))

describe('orderBetween', () => {
  it('takes the midpoint of two neighbours', () => {
    expect(orderBetween(1, 2)).toBe(1.5)
    expect(orderBetween(-3, 5)).toBe(1)
  })

  it('goes one whole step before the first or after the last', () => {
    expect(orderBetween(undefined, 0)).toBe(-1)
    expect(orderBetween(undefined, 0.5)).toBe(-1)
    expect(orderBetween(4, undefined)).toBe(5)
    expect(orderBetween(4.5, undefined)).toBe(5)
  })

  it('starts an empty wave at 0', () => {
    expect(orderBetween(undefined, undefined)).toBe(0)
  })

  it('has no room between equal neighbours or adjacent floats', () => {
    expect(orderBetween(2, 2)).toBeNull()
    expect(orderBetween(1, 1 + Number.EPSILON)).toBeNull()
    expect(orderBetween(2 ** 60, undefined)).toBeNull()
  })
})

describe('planMove', () => {
  it('moves into another wave between two cards', () => {
    expect(planMove(column(0, 1, 2), 'x', 1)).toEqual([{ id: 'x', order: 0.5 }])
  })

  it('moves into another wave at the top, the bottom and an empty column', () => {
    expect(planMove(column(0, 1), 'x', 0)).toEqual([{ id: 'x', order: -1 }])
    expect(planMove(column(0, 1), 'x', 2)).toEqual([{ id: 'x', order: 2 }])
    expect(planMove([], 'x', 0)).toEqual([{ id: 'x', order: 0 }])
  })

  it('clamps a slot outside the column', () => {
    expect(planMove(column(0, 1), 'x', 9)).toEqual([{ id: 'x', order: 2 }])
    expect(planMove(column(0, 1), 'x', -3)).toEqual([{ id: 'x', order: -1 }])
  })

  it('moves down within its own wave (the slot counts the card itself)', () => {
    // i0 dropped below i2: slot 3 of the shown column, after i2.
    expect(planMove(column(0, 1, 2), 'i0', 3)).toEqual([{ id: 'i0', order: 3 }])
    // i0 dropped between i1 and i2: slot 2.
    expect(planMove(column(0, 1, 2), 'i0', 2)).toEqual([{ id: 'i0', order: 1.5 }])
  })

  it('moves up within its own wave', () => {
    expect(planMove(column(0, 1, 2), 'i2', 0)).toEqual([{ id: 'i2', order: -1 }])
    expect(planMove(column(0, 1, 2), 'i2', 1)).toEqual([{ id: 'i2', order: 0.5 }])
  })

  it('does nothing when dropped where it already is (just above or just below itself)', () => {
    expect(planMove(column(0, 1, 2), 'i1', 1)).toBeNull()
    expect(planMove(column(0, 1, 2), 'i1', 2)).toBeNull()
    expect(planMove(column(5), 'i0', 0)).toBeNull()
  })

  it('renumbers the column when the neighbours are equal, writing only the orders that change', () => {
    // Shown as i0 (0), i1 (1), i2 (1), i3 (2): dropping x between i1 and i2 leaves no room.
    expect(planMove(column(0, 1, 1, 2), 'x', 2)).toEqual([
      { id: 'x', order: 2 },
      { id: 'i2', order: 3 },
      { id: 'i3', order: 4 },
    ])
  })

  it('renumbers around its own card when moving within a wave of equal orders', () => {
    expect(planMove(column(0, 0, 0), 'i2', 1)).toEqual([
      { id: 'i2', order: 1 },
      { id: 'i1', order: 2 },
    ])
  })
})

describe('dropIndexAt', () => {
  const middles = [50, 150, 250]

  it('drops before the first card whose middle is below the pointer', () => {
    expect(dropIndexAt(10, middles)).toBe(0)
    expect(dropIndexAt(60, middles)).toBe(1)
    expect(dropIndexAt(249, middles)).toBe(2)
  })

  it('drops at the end below the last middle or in an empty column', () => {
    expect(dropIndexAt(300, middles)).toBe(3)
    expect(dropIndexAt(300, [])).toBe(0)
  })
})
