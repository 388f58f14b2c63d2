import type { CardKind } from './cardKind.ts'
import type { StageMetric } from './metric.ts'

/** tldraw shape type of a journey grid (stages as columns, lanes as rows). */
export const JOURNEY_GRID_TYPE = 'cx-grid'

/** A column of the grid: a stage of the journey. */
export interface JourneyStage {
  id: string
  title: string
  /** Column width in page units. */
  w: number
  metrics: StageMetric[]
}

/** A row of the grid. */
export interface JourneyLane {
  id: string
  title: string
  /** Row height in page units; grows with the cards in its cells. */
  h: number
  /** Kind of card created by double-clicking one of its cells. */
  cardKind: CardKind
  /** A hint shown in empty cells (e.g. the «Я-Мы-Клиент» prompts); '' for none. */
  prompt: string
}

/** Props of a journey grid shape. Its width and height follow from the stages, lanes and headers. */
export interface JourneyGridProps {
  title: string
  stages: JourneyStage[]
  lanes: JourneyLane[]
  /** Width of the lane-title column on the left. */
  headerW: number
  /** Height of the stage-header row on top (titles and metrics). */
  headerH: number
}

/** Default sizes of a grid's parts, in page units. */
export const GRID_DEFAULTS = { stageW: 260, laneH: 160, headerW: 180, headerH: 96 } as const

/** The grid's width: the lane-title column plus every stage. */
export function getGridWidth(grid: JourneyGridProps): number {
  return grid.headerW + grid.stages.reduce((sum, stage) => sum + stage.w, 0)
}

/** The grid's height: the stage-header row plus every lane. */
export function getGridHeight(grid: JourneyGridProps): number {
  return grid.headerH + grid.lanes.reduce((sum, lane) => sum + lane.h, 0)
}

/** Left edge of each stage, in grid space (same order as `stages`). */
export function getStageOffsets(grid: JourneyGridProps): number[] {
  const offsets: number[] = []
  let x = grid.headerW
  for (const stage of grid.stages) {
    offsets.push(x)
    x += stage.w
  }
  return offsets
}

/** Top edge of each lane, in grid space (same order as `lanes`). */
export function getLaneOffsets(grid: JourneyGridProps): number[] {
  const offsets: number[] = []
  let y = grid.headerH
  for (const lane of grid.lanes) {
    offsets.push(y)
    y += lane.h
  }
  return offsets
}

/** The cell under a point given in grid space (the grid's top-left corner is 0,0); null outside the cells. */
export function cellAt(grid: JourneyGridProps, x: number, y: number): { stageId: string; laneId: string } | null {
  const stageIndex = findSpan(
    getStageOffsets(grid),
    grid.stages.map((s) => s.w),
    x,
  )
  const laneIndex = findSpan(
    getLaneOffsets(grid),
    grid.lanes.map((l) => l.h),
    y,
  )
  const stage = stageIndex === -1 ? undefined : grid.stages[stageIndex]
  const lane = laneIndex === -1 ? undefined : grid.lanes[laneIndex]
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null
}

// A point on the border between two spans belongs to the later one (half-open spans), so every point has one cell.
function findSpan(starts: number[], sizes: number[], value: number): number {
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0
    if (value >= start && value < start + (sizes[i] ?? 0)) return i
  }
  return -1
}
