import type { Locale } from '../api.ts'
import type { Department } from '../journey/department.ts'
import type { Journey } from '../journey/format/journey.ts'
import type { StageMetric } from '../journey/metric.ts'
import type { EffectSummary } from '../roadmap/effects.ts'
import type { InitiativeStatus, Wave } from '../roadmap/initiative.ts'
import type { Roadmap } from '../roadmap/roadmapDoc.ts'
import type { Engagement } from './engagement.ts'
import type { GridRole } from './journeyGrids.ts'
import type { MaturityAssessment } from './maturity.ts'
import type { MonetisationReport } from './monetisation.ts'
import type { GridPersonaCurves } from './personaCurves.ts'
import type { Persona } from './persona.ts'
import type { StrategyPartId } from './parts.ts'
import type { Stakeholder } from './stakeholder.ts'
import type { StrategyDoc } from './strategyDoc.ts'

/** Version of the StrategyReport format (docs/strategy-format.md); fields are only added within a version. */
export const STRATEGY_FORMAT_VERSION = 1

/** How complete a part is: everything there, some of it, or nothing. */
export type StrategyPartStatus = 'complete' | 'partial' | 'missing'

/** Where missing content is added: the map, the roadmap, this page's texts, the personas or the stakeholder panel. */
export type StrategyWhere = 'board' | 'roadmap' | 'strategy' | 'personas' | 'stakeholders'

/** Every key of what a part can miss (texts in `getStrategyTexts(locale).missing`). */
export const STRATEGY_MISSING_KEYS = [
  'stakeholders.none',
  'stakeholders.wants',
  'stakeholders.ifSuccess',
  'stakeholders.balance',
  'journeys.asIs',
  'journeys.emptyStages',
  'journeys.toBe',
  'requirements.expectations',
  'requirements.barriers',
  'requirements.initiatives',
  'personas.none',
  'personas.goals',
  'personas.grid',
  'communications.map',
  'communications.messages',
  'communications.owners',
  'metrics.stages',
  'metrics.values',
  'metrics.targets',
  'metrics.effects',
  'engagement.touchpoints',
  'engagement.owners',
  'engagement.initiatives',
  'monetisation.opportunities',
  'monetisation.revenue',
  'roadmap.initiatives',
  'roadmap.waves',
  'roadmap.owners',
  'roadmap.stakeholders',
  'sustainability.text',
] as const

/** One thing a part misses. */
export type StrategyMissingKey = (typeof STRATEGY_MISSING_KEYS)[number]

/** What a part misses and where to add it. */
export interface StrategyMissing {
  what: StrategyMissingKey
  where: StrategyWhere
}

/** A card as the report lists it, with its place. */
export interface StrategyCard {
  cardId: string
  text: string
  gridId: string
  gridTitle: string
  stageId: string
  stageTitle: string
  departmentName: string
  /** Barriers only. */
  severity?: number
}

/** A grid as the journeys part lists it. */
export interface StrategyGridSummary {
  id: string
  title: string
  role: GridRole
  state: 'as-is' | 'to-be'
  stages: number
  cards: number
  /** Stages without any card. */
  emptyStageIds: string[]
  personaIds: string[]
}

/** A communications map as the communications part lists it. */
export interface StrategyCommunicationsGrid {
  id: string
  title: string
  messages: number
  channels: number
  /** Message and channel cards without a department. */
  unowned: number
}

/** A stage's metrics as the metrics part lists them. */
export interface StrategyStageMetrics {
  gridId: string
  gridTitle: string
  stageId: string
  stageTitle: string
  metrics: StageMetric[]
}

/** An initiative as the roadmap part lists it, with the names of the stakeholders it serves. */
export interface StrategyInitiative {
  id: string
  title: string
  wave: Wave
  status: InitiativeStatus
  ownerDepartmentName: string
  stakeholderNames: string[]
}

interface PartBase<Id extends StrategyPartId> {
  id: Id
  status: StrategyPartStatus
  /** Empty when complete. */
  missing: StrategyMissing[]
}

/** One of the ten parts, with what the board holds for it. */
export type StrategyPartReport =
  | (PartBase<'stakeholders'> & { stakeholders: Stakeholder[]; text: string })
  | (PartBase<'journeys'> & { grids: StrategyGridSummary[] })
  | (PartBase<'requirements'> & { expectations: StrategyCard[]; barriers: StrategyCard[] })
  | (PartBase<'personas'> & {
      personas: Persona[]
      curves: GridPersonaCurves[]
      /** "Move the client to a more profitable segment" paths. */
      paths: { fromId: string; toId: string }[]
    })
  | (PartBase<'communications'> & { grids: StrategyCommunicationsGrid[] })
  | (PartBase<'metrics'> & { stages: StrategyStageMetrics[]; effects: EffectSummary[] })
  | (PartBase<'engagement'> & { engagement: Engagement })
  | (PartBase<'monetisation'> & { monetisation: MonetisationReport })
  | (PartBase<'roadmap'> & { initiatives: StrategyInitiative[]; byWave: Record<Wave, number> })
  | (PartBase<'sustainability'> & { text: string })

/** The report of one part by id. */
export type StrategyPartReportOf<Id extends StrategyPartId> = Extract<StrategyPartReport, { id: Id }>

/** The CX strategy assembled from the board: the ten parts in order, and the maturity self-assessment. */
export interface StrategyReport {
  version: typeof STRATEGY_FORMAT_VERSION
  locale: Locale
  /** In STRATEGY_PARTS order. */
  parts: StrategyPartReport[]
  /** How many parts are complete. */
  completeCount: number
  maturity: MaturityAssessment
}

/** What {@link readStrategy} reads. */
export interface StrategyInput {
  journey: Journey
  roadmap: Roadmap
  departments: readonly Department[]
  strategy: StrategyDoc
  locale: Locale
}
