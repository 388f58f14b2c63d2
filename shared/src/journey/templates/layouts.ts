import type { CardKind } from '../cardKind.ts'
import type { MetricKind } from '../metric.ts'
import type { TemplateId } from '../template.ts'

/** The five default stages of a journey (DOMAIN.md, Part 1), in order. */
export const DEFAULT_STAGE_KEYS = ['stimulus', 'search', 'decision', 'use', 'conclusions'] as const
/** One default stage. */
export type StageKey = (typeof DEFAULT_STAGE_KEYS)[number]

/** Every lane a template can have; its title and prompt are in texts.ts. */
export type LaneKey =
  | 'touchpoints'
  | 'goals'
  | 'feelings'
  | 'steps'
  | 'expectations'
  | 'barriers'
  | 'heat'
  | 'targetProcess'
  | 'targetComms'
  | 'channels'
  | 'who'
  | 'what'
  | 'when'
  | 'channel'
  | 'tone'
  | 'gaps'
  | 'i'
  | 'we'
  | 'client'

/** A lane of a template: which text it shows and which kind of card a double-click in it creates. */
export interface LaneLayout {
  key: LaneKey
  cardKind: CardKind
}

/** The grid a template creates, in language-neutral terms. */
export interface GridLayout {
  stages: readonly StageKey[]
  lanes: readonly LaneLayout[]
  /** Whether the stages carry the metrics of {@link STAGE_METRICS} (values left empty). */
  hasMetrics: boolean
}

/** Templates that create a grid (all but the blank board). */
export type GridTemplateId = Exclude<TemplateId, 'blank'>

/** The metrics DOMAIN.md ties to a stage: decision → CES and CR, use → CSI and FCR, conclusions → NPS and retention. */
export const STAGE_METRICS: Readonly<Partial<Record<StageKey, readonly MetricKind[]>>> = {
  decision: ['CES', 'CR'],
  use: ['CSI', 'FCR'],
  conclusions: ['NPS', 'Retention'],
}

/** The grid of every template, lanes top to bottom in the method's order; null for the blank board. */
export const TEMPLATE_LAYOUTS: Readonly<Record<TemplateId, GridLayout | null>> = {
  'base-cjm': {
    stages: DEFAULT_STAGE_KEYS,
    lanes: [
      { key: 'touchpoints', cardKind: 'touchpoint' },
      { key: 'goals', cardKind: 'goal' },
      { key: 'feelings', cardKind: 'feeling' },
      { key: 'steps', cardKind: 'step' },
      { key: 'expectations', cardKind: 'expectation' },
      { key: 'barriers', cardKind: 'barrier' },
    ],
    hasMetrics: true,
  },
  'target-map': {
    stages: DEFAULT_STAGE_KEYS,
    lanes: [
      // The heat map lane collects pain zones with their severity, which is what a cell's heat is made of.
      { key: 'heat', cardKind: 'barrier' },
      { key: 'targetProcess', cardKind: 'step' },
      { key: 'targetComms', cardKind: 'message' },
      { key: 'channels', cardKind: 'channel' },
    ],
    hasMetrics: true,
  },
  communications: {
    stages: DEFAULT_STAGE_KEYS,
    lanes: [
      { key: 'who', cardKind: 'note' },
      { key: 'what', cardKind: 'message' },
      { key: 'when', cardKind: 'touchpoint' },
      { key: 'channel', cardKind: 'channel' },
      { key: 'tone', cardKind: 'note' },
      // What the workshop looks for (DOMAIN.md): barriers, so that they show on the heat map.
      { key: 'gaps', cardKind: 'barrier' },
    ],
    hasMetrics: false,
  },
  'i-we-client': {
    stages: DEFAULT_STAGE_KEYS,
    lanes: [
      { key: 'i', cardKind: 'note' },
      { key: 'we', cardKind: 'note' },
      { key: 'client', cardKind: 'expectation' },
    ],
    hasMetrics: false,
  },
  blank: null,
}
