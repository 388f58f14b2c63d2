import { getGridHeight, getGridWidth, getLaneOffsets, getStageOffsets, type JourneyGridProps } from '@cxmap/shared'

/** Height of the title bar drawn above the grid (outside its bounds, like a tldraw frame's heading). */
export const GRID_TITLE_BAR_H = 40
/** Space kept between a card and the bottom of its lane when the lane grows to fit it. */
export const LANE_FIT_PADDING = 16
/** Smallest width a stage can be given, in page units. */
export const STAGE_MIN_W = 120
/** Smallest height a lane can be given, in page units. */
export const LANE_MIN_H = 80

/** A part of the grid, in grid space (its top-left corner is 0,0). */
export type GridPart =
  | { type: 'title' }
  | { type: 'corner' }
  | { type: 'stage'; index: number }
  | { type: 'lane'; index: number }
  | { type: 'cell'; stageIndex: number; laneIndex: number }

/** A rectangle in grid space. */
export interface GridRect {
  x: number
  y: number
  w: number
  h: number
}

/** Index of the span (stage or lane) holding `value`; -1 outside every span. Borders belong to the later span. */
export function findSpanIndex(starts: number[], sizes: number[], value: number): number {
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0
    if (value >= start && value < start + (sizes[i] ?? 0)) return i
  }
  return -1
}

/** Index of the stage whose column holds grid-space `x`; -1 left of the stages or right of the grid. */
export function getStageIndexAt(grid: JourneyGridProps, x: number): number {
  return findSpanIndex(
    getStageOffsets(grid),
    grid.stages.map((stage) => stage.w),
    x,
  )
}

/** Index of the lane whose row holds grid-space `y`; -1 above the lanes or below the grid. */
export function getLaneIndexAt(grid: JourneyGridProps, y: number): number {
  return findSpanIndex(
    getLaneOffsets(grid),
    grid.lanes.map((lane) => lane.h),
    y,
  )
}

/** Which part of the grid is under a grid-space point; null outside the grid and its title bar. */
export function getGridPartAt(grid: JourneyGridProps, x: number, y: number): GridPart | null {
  const width = getGridWidth(grid)
  if (x < 0 || x >= width) return null
  if (y < 0) return y >= -GRID_TITLE_BAR_H ? { type: 'title' } : null
  if (y >= getGridHeight(grid)) return null
  const isInHeaderRow = y < grid.headerH
  const isInLaneColumn = x < grid.headerW
  if (isInHeaderRow && isInLaneColumn) return { type: 'corner' }
  if (isInHeaderRow) return { type: 'stage', index: getStageIndexAt(grid, x) }
  if (isInLaneColumn) return { type: 'lane', index: getLaneIndexAt(grid, y) }
  return { type: 'cell', stageIndex: getStageIndexAt(grid, x), laneIndex: getLaneIndexAt(grid, y) }
}

/** The rectangle of one cell in grid space; null for indices out of range. */
export function getCellRect(grid: JourneyGridProps, stageIndex: number, laneIndex: number): GridRect | null {
  const stage = grid.stages[stageIndex]
  const lane = grid.lanes[laneIndex]
  if (!stage || !lane) return null
  const x = getStageOffsets(grid)[stageIndex] ?? 0
  const y = getLaneOffsets(grid)[laneIndex] ?? 0
  return { x, y, w: stage.w, h: lane.h }
}

/**
 * Top-left corner (grid space) for a card of size `w`×`h` dropped at `x`,`y` inside a cell: centred on the point,
 * then pulled back inside the cell with a margin so it clearly belongs to that cell.
 */
export function placeCardInCell(cell: GridRect, x: number, y: number, w: number, h: number, margin = 12) {
  return {
    x: clampSpan(x - w / 2, cell.x + margin, cell.x + cell.w - margin - w),
    y: clampSpan(y - h / 2, cell.y + margin, cell.y + cell.h - margin - h),
  }
}

// When the span is smaller than the card, prefer the start: the card overflows right/down, where the lane grows.
function clampSpan(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)))
}
