import { createShapePropsMigrationIds, createShapePropsMigrationSequence } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { isPlainObject } from '../doc/json.ts'
import { CARD_KINDS, isCardKind, type CardKind } from './cardKind.ts'
import { hasDuplicateIds, isComplete, isId, isSize } from './lenient.ts'
import { parseMetric, stageMetricValidator, type StageMetric } from './metric.ts'
import type { PropsValidators } from './shapeRecord.ts'

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
  /** Ids of the strategy personas this journey is for (see strategy/persona.ts); empty = everyone. */
  personaIds: string[]
}

/** Default sizes of a grid's parts, in page units. */
export const GRID_DEFAULTS = { stageW: 260, laneH: 160, headerW: 180, headerH: 96 } as const

/** Props of a new, empty grid (one stage, one lane). */
export function createDefaultGridProps(): JourneyGridProps {
  return {
    title: '',
    stages: [{ id: 'stage-1', title: '', w: GRID_DEFAULTS.stageW, metrics: [] }],
    lanes: [{ id: 'lane-1', title: '', h: GRID_DEFAULTS.laneH, cardKind: 'touchpoint', prompt: '' }],
    headerW: GRID_DEFAULTS.headerW,
    headerH: GRID_DEFAULTS.headerH,
    personaIds: [],
  }
}

const stageValidator: T.Validator<JourneyStage> = T.object({
  id: T.string,
  title: T.string,
  w: T.positiveNumber,
  metrics: T.arrayOf(stageMetricValidator),
})

const laneValidator: T.Validator<JourneyLane> = T.object({
  id: T.string,
  title: T.string,
  h: T.positiveNumber,
  cardKind: T.literalEnum(...CARD_KINDS),
  prompt: T.string,
})

/** tldraw validators of the grid's props. */
export const journeyGridProps: PropsValidators<JourneyGridProps> = {
  title: T.string,
  stages: T.arrayOf(stageValidator),
  lanes: T.arrayOf(laneValidator),
  headerW: T.positiveNumber,
  headerH: T.positiveNumber,
  personaIds: T.arrayOf(T.string),
}

/** Migration ids of the grid's props, one per change; how to add one: see `journeyCardVersions` in card.ts. */
export const journeyGridVersions = createShapePropsMigrationIds(JOURNEY_GRID_TYPE, {
  /** Issue 14: the personas a journey is for. */
  AddPersonas: 1,
})

/** The grid's props migrations, oldest first (tldraw sequence `com.tldraw.shape.cx-grid`). */
export const journeyGridMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: journeyGridVersions.AddPersonas,
      up: (props: Record<string, unknown>) => {
        props.personaIds = []
      },
    },
  ],
})

/*
 * Lenient reader. Geometry decides where cards fall, so a grid whose stages, lanes or header sizes are not what the
 * validator accepts is skipped whole (the canvas would not draw it either); texts and metrics get defaults.
 */

/** A grid's props as the validator would accept them (metrics and texts defaulted), or null when its geometry is invalid. */
export function parseGridProps(props: Record<string, unknown>): JourneyGridProps | null {
  const { title, stages, lanes, headerW, headerH, personaIds } = props
  if (!Array.isArray(stages) || !Array.isArray(lanes)) return null
  if (!isSize(headerW ?? GRID_DEFAULTS.headerW) || !isSize(headerH ?? GRID_DEFAULTS.headerH)) return null
  const parsedStages = stages.map(parseStage)
  const parsedLanes = lanes.map(parseLane)
  if (!isComplete(parsedStages) || !isComplete(parsedLanes)) return null
  if (hasDuplicateIds(parsedStages) || hasDuplicateIds(parsedLanes)) return null
  return {
    title: typeof title === 'string' ? title : '',
    stages: parsedStages,
    lanes: parsedLanes,
    headerW: typeof headerW === 'number' ? headerW : GRID_DEFAULTS.headerW,
    headerH: typeof headerH === 'number' ? headerH : GRID_DEFAULTS.headerH,
    personaIds: Array.isArray(personaIds) ? [...new Set(personaIds.filter(isId))] : [],
  }
}

function parseStage(value: unknown): JourneyStage | null {
  if (!isPlainObject(value) || !isId(value.id) || !isSize(value.w) || value.w === 0) return null
  const metrics = Array.isArray(value.metrics) ? value.metrics.map(parseMetric) : []
  return {
    id: value.id,
    title: typeof value.title === 'string' ? value.title : '',
    w: value.w,
    metrics: metrics.filter((metric) => metric !== null),
  }
}

function parseLane(value: unknown): JourneyLane | null {
  if (!isPlainObject(value) || !isId(value.id) || !isSize(value.h) || value.h === 0) return null
  return {
    id: value.id,
    title: typeof value.title === 'string' ? value.title : '',
    h: value.h,
    cardKind: isCardKind(value.cardKind) ? value.cardKind : 'note',
    prompt: typeof value.prompt === 'string' ? value.prompt : '',
  }
}

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
