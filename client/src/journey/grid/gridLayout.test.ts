import { describe, expect, test } from 'vitest'
import { getCellRect, getGridPartAt, placeCardInCell } from './gridLayout.ts'
import { makeGridProps } from './test/headlessEditor.ts'
import { getDropIndex } from './useSpanReorder.ts'

const props = makeGridProps(3, 2) // headers 100 × 50, stages 200, lanes 100

describe('grid layout', () => {
  test('names the part under a point', () => {
    expect(getGridPartAt(props, 10, -5)).toEqual({ type: 'title' })
    expect(getGridPartAt(props, 10, -50)).toBeNull()
    expect(getGridPartAt(props, 10, 10)).toEqual({ type: 'corner' })
    expect(getGridPartAt(props, 300, 10)).toEqual({ type: 'stage', index: 1 })
    expect(getGridPartAt(props, 10, 160)).toEqual({ type: 'lane', index: 1 })
    expect(getGridPartAt(props, 699, 249)).toEqual({ type: 'cell', stageIndex: 2, laneIndex: 1 })
    expect(getGridPartAt(props, 700, 100)).toBeNull()
  })

  test('places a card centred on the point, kept inside its cell', () => {
    const cell = getCellRect(props, 1, 0)!
    expect(cell).toEqual({ x: 300, y: 50, w: 200, h: 100 })
    expect(placeCardInCell(cell, 400, 100, 40, 40)).toEqual({ x: 380, y: 80 })
    expect(placeCardInCell(cell, 305, 55, 40, 40)).toEqual({ x: 312, y: 62 })
    // Bigger than the cell: it starts at the margin and overflows right and down.
    expect(placeCardInCell(cell, 400, 100, 300, 200)).toEqual({ x: 312, y: 62 })
  })

  test('a dragged stage lands after every stage whose centre it passed', () => {
    const offsets = [100, 300, 500]
    const sizes = [200, 200, 200]
    expect(getDropIndex(offsets, sizes, 0, 100)).toBe(0)
    expect(getDropIndex(offsets, sizes, 0, 350)).toBe(1)
    expect(getDropIndex(offsets, sizes, 0, 700)).toBe(2)
    expect(getDropIndex(offsets, sizes, 2, 0)).toBe(0)
  })
})
