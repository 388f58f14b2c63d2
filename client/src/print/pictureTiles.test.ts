import { describe, expect, test } from 'vitest'
import {
  getTileWindows,
  groupBalanced,
  MAX_PICTURE_SCALE,
  PICTURE_MARGIN,
  planGridPicture,
  READABLE_SCALE,
  type GridGeometry,
} from './pictureTiles'

/** The Base CJM template: 5 stages of 260, 9 lanes of 160, headers 180 × 96. */
const baseCjm: GridGeometry = {
  x: 100,
  y: 50,
  headerW: 180,
  headerH: 96,
  stageWidths: [260, 260, 260, 260, 260],
  laneHeights: Array.from({ length: 9 }, () => 160),
}
const A4_LANDSCAPE = { width: 1047, height: 639 }
const A3_LANDSCAPE = { width: 1511, height: 1000 }

describe('groupBalanced', () => {
  test('uses as many groups as greedy packing, but evens them out', () => {
    expect(groupBalanced([1, 1, 1, 1, 1], 4)).toEqual([
      [0, 3],
      [3, 5],
    ])
    expect(groupBalanced([1, 1, 1], 10)).toEqual([[0, 3]])
    expect(groupBalanced([], 10)).toEqual([])
  })

  test('puts an item larger than the cap alone', () => {
    expect(groupBalanced([1, 9, 1], 5)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ])
  })
})

describe('planGridPicture', () => {
  test('a small grid is one page, scaled up to 100 % at most', () => {
    const small = { ...baseCjm, stageWidths: [260, 260], laneHeights: [160, 160] }
    const plan = planGridPicture(small, A3_LANDSCAPE)
    expect(plan.tiles).toEqual([{ stages: [0, 2], lanes: [0, 2] }])
    expect(plan.scale).toBe(MAX_PICTURE_SCALE)
    expect(plan.isReadable).toBe(true)
  })

  test('the Base CJM on A4 landscape is cut into readable pages, each within the page', () => {
    const plan = planGridPicture(baseCjm, A4_LANDSCAPE)
    expect(plan.tiles.length).toBeGreaterThan(1)
    expect(plan.isReadable).toBe(true)
    expect(plan.scale).toBeGreaterThanOrEqual(READABLE_SCALE)
    // Every stage and lane is on some page, in order.
    const cells = plan.tiles.flatMap((tile) =>
      Array.from({ length: tile.stages[1] - tile.stages[0] }, (_, s) =>
        Array.from({ length: tile.lanes[1] - tile.lanes[0] }, (_, l) => `${tile.stages[0] + s}/${tile.lanes[0] + l}`),
      ).flat(),
    )
    expect(new Set(cells).size).toBe(5 * 9)
    expect(cells).toHaveLength(5 * 9)
    for (const tile of plan.tiles) {
      const windows = getTileWindows(baseCjm, tile)
      expect((windows.left.w + windows.body.w) * plan.scale).toBeLessThanOrEqual(A4_LANDSCAPE.width + 0.01)
      expect((windows.top.h + windows.body.h) * plan.scale).toBeLessThanOrEqual(A4_LANDSCAPE.height + 0.01)
    }
  })

  test('a lane taller than a page even alone is printed smaller and flagged as not readable', () => {
    const tall = { ...baseCjm, laneHeights: [160, 4000, 160] }
    const plan = planGridPicture(tall, A4_LANDSCAPE)
    expect(plan.isReadable).toBe(false)
    expect(plan.scale).toBeLessThan(READABLE_SCALE)
  })
})

describe('getTileWindows', () => {
  test('repeats the lane titles and the stage headers next to the tile cells, margins on the outer edges only', () => {
    const windows = getTileWindows(baseCjm, { stages: [2, 5], lanes: [3, 6] })
    const m = PICTURE_MARGIN
    expect(windows.corner).toEqual({ x: 100 - m, y: 50 - m, w: 180 + m, h: 96 + m })
    expect(windows.top).toEqual({ x: 100 + 180 + 520, y: 50 - m, w: 780 + m, h: 96 + m })
    expect(windows.left).toEqual({ x: 100 - m, y: 50 + 96 + 480, w: 180 + m, h: 480 })
    expect(windows.body).toEqual({ x: 800, y: 626, w: 780 + m, h: 480 })
  })
})
