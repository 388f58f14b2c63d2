/**
 * Tiling a journey grid onto paper: the stages split into column groups that fit the page width, the lanes into row
 * groups that fit its height, a lane taller than a page continued on the next one. Pure arithmetic on estimated
 * heights (CSS pixels), so it is tested without a browser; the tables it describes repeat the stage header row and the
 * lane-title column on every page.
 */

/** Sizes of the printed table, in CSS pixels. */
export interface TileMetrics {
  /** Usable width and height of one page's content box (inside the page margins), minus the tile's caption. */
  pageWidth: number
  pageHeight: number
  /** Width of the lane-title column. */
  laneColumnWidth: number
  /** Height of the stage header row. */
  headerHeight: number
  /** Narrowest stage column at which cards stay readable. */
  minStageWidth: number
  /** Vertical padding of a cell (top + bottom). */
  cellPadding: number
  /** Smallest height of a lane row (its title must fit). */
  minLaneHeight: number
}

/** One lane's cards by stage, as estimated heights (px at a given column width). */
export interface TileLane {
  /** Height of each card in each stage, stage by stage: `cards[stage][i]`. */
  cardHeights: (width: number) => number[][]
}

/** A lane's share of one page: the card ranges (`[from, to)`) it shows in each stage of the tile. */
export interface TileRow {
  laneIndex: number
  /** 0 for the first part of a lane; >0 when it continues from the previous page. */
  part: number
  /** Whether the lane continues on the next page. */
  continues: boolean
  /** Per stage of the tile (in tile order), the range of card indexes shown. */
  ranges: [number, number][]
}

/** One page of a tiled grid. */
export interface Tile {
  /** Indexes of the stages on this page (consecutive). */
  stages: number[]
  /** Width of each stage column on this page. */
  stageWidth: number
  rows: TileRow[]
}

/** Splits `count` items into the fewest groups of at most `max`, as even as possible (5 by 3 → 3 + 2). */
export function splitEvenly(count: number, max: number): number[][] {
  if (count <= 0) return []
  const groups = Math.ceil(count / Math.max(1, max))
  const size = Math.ceil(count / groups)
  const out: number[][] = []
  for (let start = 0; start < count; start += size) {
    out.push(Array.from({ length: Math.min(size, count - start) }, (_, i) => start + i))
  }
  return out
}

/** The stage columns of each page: as many as fit at `minStageWidth`, spread evenly, filling the width. */
export function groupStages(stageCount: number, metrics: TileMetrics): { stages: number[]; stageWidth: number }[] {
  const free = metrics.pageWidth - metrics.laneColumnWidth
  const perPage = Math.max(1, Math.floor(free / metrics.minStageWidth))
  return splitEvenly(stageCount, perPage).map((stages) => ({ stages, stageWidth: free / stages.length }))
}

/** Sum of heights. */
function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

/**
 * Splits one lane (in one column group) into parts that each fit `budget` pixels: every stage's cards are cut at the
 * same part boundary, a card never split, each part holding at least one card of some stage so the split always ends.
 */
export function splitLane(heights: number[][], budget: number, cellPadding: number): [number, number][][] {
  const inner = Math.max(1, budget - cellPadding)
  const cursors = heights.map(() => 0)
  const parts: [number, number][][] = []
  do {
    const ranges = heights.map((cards, stage): [number, number] => {
      const from = cursors[stage] ?? 0
      let to = from
      let used = 0
      while (to < cards.length) {
        const height = cards[to] ?? 0
        // the first card of a part always goes in, even if it alone is taller than a page
        if (to > from && used + height > inner) break
        used += height
        to += 1
      }
      return [from, to]
    })
    ranges.forEach(([, to], stage) => (cursors[stage] = to))
    parts.push(ranges)
  } while (heights.some((cards, stage) => (cursors[stage] ?? 0) < cards.length))
  return parts
}

/** Height of a row showing the given card ranges. */
function rowHeight(heights: number[][], ranges: [number, number][], metrics: TileMetrics): number {
  const tallest = Math.max(0, ...ranges.map(([from, to], stage) => sum((heights[stage] ?? []).slice(from, to))))
  return Math.max(metrics.minLaneHeight, tallest + metrics.cellPadding)
}

/**
 * Lays a grid out on pages: column groups left to right, and within each, lanes top to bottom packed onto pages, a
 * lane taller than a page split into parts (its title repeated on each). Always at least one page per column group.
 */
export function tileGrid(stageCount: number, lanes: readonly TileLane[], metrics: TileMetrics): Tile[] {
  const tiles: Tile[] = []
  const budget = metrics.pageHeight - metrics.headerHeight
  for (const group of groupStages(Math.max(1, stageCount), metrics)) {
    const stages = stageCount === 0 ? [] : group.stages
    let current: Tile = { stages, stageWidth: group.stageWidth, rows: [] }
    let used = 0
    const flush = () => {
      tiles.push(current)
      current = { stages, stageWidth: group.stageWidth, rows: [] }
      used = 0
    }
    lanes.forEach((lane, laneIndex) => {
      const all = lane.cardHeights(group.stageWidth)
      const heights = stages.map((stage) => all[stage] ?? [])
      const whole = heights.map((cards): [number, number] => [0, cards.length])
      const height = rowHeight(heights, whole, metrics)
      if (used + height <= budget) {
        current.rows.push({ laneIndex, part: 0, continues: false, ranges: whole })
        used += height
        return
      }
      if (height <= budget) {
        flush()
        current.rows.push({ laneIndex, part: 0, continues: false, ranges: whole })
        used = height
        return
      }
      // Taller than a page: start on a fresh page unless this one is nearly empty, then continue page by page.
      if (current.rows.length > 0 && budget - used < budget / 3) flush()
      const firstBudget = budget - used
      const first = splitLane(heights, firstBudget, metrics.cellPadding)[0] ?? whole
      const rest = heights.map((cards, stage): number[] => cards.slice(first[stage]?.[1] ?? 0))
      const parts = [
        first,
        ...(rest.some((cards) => cards.length > 0) ? offset(splitLane(rest, budget, metrics.cellPadding), first) : []),
      ]
      parts.forEach((ranges, part) => {
        if (part > 0) flush()
        current.rows.push({ laneIndex, part, continues: part < parts.length - 1, ranges })
        used += rowHeight(heights, ranges, metrics)
      })
    })
    flush()
  }
  const filled = tiles.filter((tile) => tile.rows.length > 0)
  return filled.length > 0 ? filled : tiles.slice(0, 1)
}

/** Shifts ranges computed on the rest of a lane back to the lane's own card indexes. */
function offset(parts: [number, number][][], first: [number, number][]): [number, number][][] {
  return parts.map((ranges) =>
    ranges.map(([from, to], stage): [number, number] => {
      const shift = first[stage]?.[1] ?? 0
      return [from + shift, to + shift]
    }),
  )
}
