import type { CardKind } from '../cardKind.ts'
import type { Department } from '../department.ts'
import type { StageMetric } from '../metric.ts'

/*
 * The product's open data format (docs/journey-format.md): what `readJourney` returns and JSON export serves.
 * Compatibility: within one `version`, fields are only ever added; a consumer must ignore fields it does not know.
 * Renaming, removing or changing the meaning of a field bumps the version.
 */

/** Version of the journey format; bumped only on a change that breaks existing readers. */
export const JOURNEY_FORMAT_VERSION = 1

/** A journey card as exported. */
export interface JourneyCardOut {
  /** The tldraw shape id (`shape:…`). */
  id: string
  kind: CardKind
  text: string
  /** '' when the card carries no department. */
  departmentId: string
  /** The department's name on this board; '' when the card has none or its department was deleted. */
  departmentName: string
  /** Barriers only: 1…5, present when the stored value is a number. */
  severity?: number
  /** Feelings only: −2…+2, present when the stored value is a number. */
  score?: number
  authorName: string
  links: string[]
  /** Dot votes on this card; 0 until voting is recorded (see `ReadJourneyOptions.votes`). */
  votes: number
  /** The strategy persona the card is about; '' = everyone. */
  personaId: string
  /** Monetisation fields (meaningful for touchpoint and monetisation cards): value created for the client. */
  valueCreated: string
  /** Value the company captures. */
  valueCaptured: string
  /** A paid service offered at the touchpoint. */
  paidService: string
  /** Revenue estimate per month, ≥ 0; 0 = none. */
  revenue: number
}

/** A stage (column) as exported. */
export interface JourneyStageOut {
  id: string
  title: string
  /** Position from the left, 0-based. */
  index: number
  metrics: StageMetric[]
}

/** A lane (row) as exported. */
export interface JourneyLaneOut {
  id: string
  title: string
  cardKind: CardKind
  prompt: string
}

/** One stage × lane cell with the cards whose centre is in it. */
export interface JourneyCellOut {
  stageId: string
  laneId: string
  /** In reading order: top to bottom, then left to right. */
  cards: JourneyCardOut[]
  /** Sum of the severities of the barriers in the cell plus the dots on its cards (see `getCellHeat`). */
  heat: number
}

/** The emotion curve's point of one stage. */
export interface JourneyEmotionPoint {
  stageId: string
  /** Mean score of the feelings in the stage's feeling lanes; null when there are none. */
  score: number | null
}

/** A journey grid as exported. */
export interface JourneyGridOut {
  /** The tldraw shape id (`shape:…`). */
  id: string
  title: string
  /** The page the grid is on. */
  pageId: string
  /** The strategy personas this journey is for; empty = everyone. */
  personaIds: string[]
  /** Top-left corner in page coordinates. */
  x: number
  y: number
  stages: JourneyStageOut[]
  lanes: JourneyLaneOut[]
  /** Every stage × lane cell, stage by stage, lanes top to bottom within a stage; empty cells included. */
  cells: JourneyCellOut[]
  /** One point per stage, in stage order. */
  emotion: JourneyEmotionPoint[]
  /** The hottest cell's heat (0 when no cell has any). */
  heat: { max: number }
}

/** The structured journey of a board: every grid with its cells, and the cards outside every grid. */
export interface Journey {
  version: typeof JOURNEY_FORMAT_VERSION
  /** Page by page, then top to bottom and left to right. */
  grids: JourneyGridOut[]
  /** Cards whose centre is in no grid cell, in reading order. */
  freeCards: JourneyCardOut[]
  /** The board's departments, sorted by their order. */
  departments: Department[]
}
