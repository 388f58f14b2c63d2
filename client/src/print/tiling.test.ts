import { describe, expect, it } from 'vitest'
import { groupStages, splitEvenly, splitLane, tileGrid, type TileLane, type TileMetrics } from './tiling'

const metrics: TileMetrics = {
  pageWidth: 1000,
  pageHeight: 600,
  laneColumnWidth: 100,
  headerHeight: 40,
  minStageWidth: 200,
  cellPadding: 8,
  minLaneHeight: 30,
}

/** A lane whose cards are all `height` tall, `counts[stage]` of them per stage. */
function lane(counts: number[], height = 50): TileLane {
  return { cardHeights: () => counts.map((count) => Array.from({ length: count }, () => height)) }
}

/** Every card index of every lane and stage, as shown across the tiles (to check nothing is lost or repeated). */
function shownCards(tiles: ReturnType<typeof tileGrid>) {
  const shown: string[] = []
  for (const tile of tiles) {
    for (const row of tile.rows) {
      row.ranges.forEach(([from, to], column) => {
        for (let card = from; card < to; card += 1) shown.push(`${row.laneIndex}/${tile.stages[column]}/${card}`)
      })
    }
  }
  return shown
}

describe('splitEvenly', () => {
  it('uses the fewest groups, as even as possible', () => {
    expect(splitEvenly(5, 3)).toEqual([
      [0, 1, 2],
      [3, 4],
    ])
    expect(splitEvenly(4, 4)).toEqual([[0, 1, 2, 3]])
    expect(splitEvenly(7, 2).map((group) => group.length)).toEqual([2, 2, 2, 1])
    expect(splitEvenly(0, 3)).toEqual([])
  })
})

describe('groupStages', () => {
  it('fits as many stages as the width allows at the minimum column width, filling the page', () => {
    const groups = groupStages(5, metrics)
    expect(groups.map((group) => group.stages)).toEqual([
      [0, 1, 2],
      [3, 4],
    ])
    expect(groups[0]?.stageWidth).toBe(300)
    expect(groups[1]?.stageWidth).toBe(450)
  })

  it('always puts at least one stage on a page, however narrow', () => {
    expect(groupStages(2, { ...metrics, pageWidth: 150 }).map((group) => group.stages)).toEqual([[0], [1]])
  })
})

describe('splitLane', () => {
  it('cuts every stage at the same part boundary without splitting a card', () => {
    const parts = splitLane([[100, 100, 100], [100]], 220, 8)
    expect(parts).toEqual([
      [
        [0, 2],
        [0, 1],
      ],
      [
        [2, 3],
        [1, 1],
      ],
    ])
  })

  it('puts a card taller than the page alone on its part', () => {
    expect(splitLane([[900, 50]], 300, 8)).toEqual([[[0, 1]], [[1, 2]]])
  })
})

describe('tileGrid', () => {
  it('keeps a small grid on one page', () => {
    const tiles = tileGrid(3, [lane([1, 1, 1]), lane([0, 2, 0])], metrics)
    expect(tiles).toHaveLength(1)
    expect(tiles[0]?.stages).toEqual([0, 1, 2])
    expect(tiles[0]?.rows.map((row) => row.laneIndex)).toEqual([0, 1])
  })

  it('tiles 120 cards over several pages, each page with the stage header and lane titles of its part', () => {
    // 6 stages × 4 lanes × 5 cards = 120 cards
    const lanes = Array.from({ length: 4 }, () => lane([5, 5, 5, 5, 5, 5], 60))
    const tiles = tileGrid(6, lanes, metrics)
    expect(tiles.length).toBeGreaterThan(2)
    // stage columns: two groups of three, every page names its stages
    expect(new Set(tiles.map((tile) => tile.stages.join(',')))).toEqual(new Set(['0,1,2', '3,4,5']))
    for (const tile of tiles) {
      expect(tile.stages.length).toBeGreaterThan(0)
      expect(tile.rows.length).toBeGreaterThan(0)
      const height = tile.rows.reduce((total, row) => {
        const tallest = Math.max(...row.ranges.map(([from, to]) => (to - from) * 60))
        return total + Math.max(metrics.minLaneHeight, tallest + metrics.cellPadding)
      }, metrics.headerHeight)
      expect(height).toBeLessThanOrEqual(metrics.pageHeight)
    }
    const shown = shownCards(tiles)
    expect(shown).toHaveLength(120)
    expect(new Set(shown).size).toBe(120)
  })

  it('continues a lane taller than a page on the next page, marking its parts', () => {
    const tiles = tileGrid(1, [lane([1]), lane([20], 50)], { ...metrics, pageWidth: 300 })
    const parts = tiles.flatMap((tile) => tile.rows.filter((row) => row.laneIndex === 1))
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.map((row) => row.part)).toEqual(parts.map((_, index) => index))
    expect(parts.at(-1)?.continues).toBe(false)
    expect(parts.slice(0, -1).every((row) => row.continues)).toBe(true)
    expect(shownCards(tiles)).toHaveLength(21)
  })

  it('prints the header of a grid without lanes', () => {
    expect(tileGrid(2, [], metrics)).toEqual([{ stages: [0, 1], stageWidth: 450, rows: [] }])
  })
})
