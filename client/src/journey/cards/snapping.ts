import { cellAt, getLaneOffsets, getStageOffsets, type JourneyGridProps } from '@cxmap/shared'

/** A rectangle in page coordinates. */
export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** A grid on the page: its top-left corner in page coordinates and its props. */
export interface PlacedGrid {
  id: string
  x: number
  y: number
  props: JourneyGridProps
}

/** A cell of a grid, with its page rectangle. */
export interface GridCell {
  gridId: string
  stageId: string
  laneId: string
  rect: Rect
}

/** Space kept between a card and its cell's border, in page units. */
export const CELL_PADDING = 10
/** Space kept between cards stacked in one cell, in page units. */
export const CARD_GAP = 8

/** The cell under a page point; grids are given topmost first, so the topmost grid wins. */
export function findCellAt(grids: readonly PlacedGrid[], point: { x: number; y: number }): GridCell | null {
  for (const grid of grids) {
    const hit = cellAt(grid.props, point.x - grid.x, point.y - grid.y)
    if (!hit) continue
    const rect = getCellRect(grid, hit.stageId, hit.laneId)
    if (rect) return { gridId: grid.id, ...hit, rect }
  }
  return null
}

/** The page rectangle of one cell; null when the grid has no such stage or lane. */
export function getCellRect(grid: PlacedGrid, stageId: string, laneId: string): Rect | null {
  const stageIndex = grid.props.stages.findIndex((stage) => stage.id === stageId)
  const laneIndex = grid.props.lanes.findIndex((lane) => lane.id === laneId)
  const stageX = getStageOffsets(grid.props)[stageIndex]
  const laneY = getLaneOffsets(grid.props)[laneIndex]
  const stage = grid.props.stages[stageIndex]
  const lane = grid.props.lanes[laneIndex]
  if (stageX === undefined || laneY === undefined || !stage || !lane) return null
  return { x: grid.x + stageX, y: grid.y + laneY, w: stage.w, h: lane.h }
}

/** Where a card goes in its cell; `isStacked` when it went below the cell's lowest card and the lane must grow. */
export interface CellPlacement {
  x: number
  y: number
  isStacked: boolean
}

/**
 * Where a card goes in a cell: where it was dropped, pulled inside the cell's padding (top-left aligned when it is
 * larger than the cell); if that overlaps a card, the nearest free spot beside or below a card of the cell, fully
 * inside it; failing that (the cell is full), below the cell's lowest card, which the lane must grow to hold.
 */
export function placeInCell(card: Rect, cell: Rect, others: readonly Rect[]): CellPlacement {
  const minX = cell.x + CELL_PADDING
  const minY = cell.y + CELL_PADDING
  const maxX = Math.max(minX, cell.x + cell.w - CELL_PADDING - card.w)
  const maxY = Math.max(minY, cell.y + cell.h - CELL_PADDING - card.h)
  const wanted = { x: clamp(card.x, minX, maxX), y: clamp(card.y, minY, maxY) }
  const inCell = others.filter((other) => intersects(other, cell))
  const isFree = (p: { x: number; y: number }) => !inCell.some((other) => intersects(other, { ...card, ...p }))
  if (isFree(wanted)) return { ...wanted, isStacked: false }

  const candidates = [{ x: minX, y: minY }]
  for (const other of inCell) {
    candidates.push({ x: other.x, y: other.y + other.h + CARD_GAP }, { x: other.x + other.w + CARD_GAP, y: other.y })
  }
  const inside = candidates
    .map((p) => ({ x: clamp(p.x, minX, maxX), y: p.y }))
    .filter((p) => p.y >= minY && p.y <= maxY && isFree(p))
    .sort((a, b) => distance(a, wanted) - distance(b, wanted))
  if (inside[0]) return { ...inside[0], isStacked: false }

  const bottom = Math.max(...inCell.map((other) => other.y + other.h))
  const lowest = inCell.find((other) => other.y + other.h === bottom)
  return { x: clamp(lowest?.x ?? wanted.x, minX, maxX), y: bottom + CARD_GAP, isStacked: true }
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y)
}
