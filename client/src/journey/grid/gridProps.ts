import type { JOURNEY_GRID_TYPE } from '@cxmap/shared'
import {
  CARD_KINDS,
  GRID_DEFAULTS,
  METRIC_KINDS,
  type JourneyGridProps,
  type JourneyLane,
  type JourneyStage,
  type StageMetric,
} from '@cxmap/shared'
import { T, type RecordProps, type TLShape } from 'tldraw'

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [JOURNEY_GRID_TYPE]: JourneyGridProps
  }
}

/** The journey grid as a tldraw shape. */
export type JourneyGridShape = TLShape<typeof JOURNEY_GRID_TYPE>

const metricValidator: T.Validator<StageMetric> = T.object({
  id: T.string,
  kind: T.literalEnum(...METRIC_KINDS),
  label: T.string,
  current: T.number.nullable(),
  target: T.number.nullable(),
})

const stageValidator: T.Validator<JourneyStage> = T.object({
  id: T.string,
  title: T.string,
  w: T.positiveNumber,
  metrics: T.arrayOf(metricValidator),
})

const laneValidator: T.Validator<JourneyLane> = T.object({
  id: T.string,
  title: T.string,
  h: T.positiveNumber,
  cardKind: T.literalEnum(...CARD_KINDS),
  prompt: T.string,
})

/** tldraw validators of the grid's props, mirroring `JourneyGridProps`. */
export const journeyGridShapeProps: RecordProps<JourneyGridShape> = {
  title: T.string,
  stages: T.arrayOf(stageValidator),
  lanes: T.arrayOf(laneValidator),
  headerW: T.positiveNumber,
  headerH: T.positiveNumber,
}

/** Props of a new, empty grid (one stage, one lane). */
export function createDefaultGridProps(): JourneyGridProps {
  return {
    title: '',
    stages: [{ id: 'stage-1', title: '', w: GRID_DEFAULTS.stageW, metrics: [] }],
    lanes: [{ id: 'lane-1', title: '', h: GRID_DEFAULTS.laneH, cardKind: 'touchpoint', prompt: '' }],
    headerW: GRID_DEFAULTS.headerW,
    headerH: GRID_DEFAULTS.headerH,
  }
}
