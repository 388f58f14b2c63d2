import type { CardKind } from '../cardKind.ts'
import type { MetricKind } from '../metric.ts'
import type { GridTemplateId, LaneKey, StageKey } from './layouts.ts'
import type { ExampleAuthorKey, ExampleCardKey } from './texts.ts'

/** One card of a template's example: its text, the cell it goes in, and who wrote it. */
export interface ExampleCard {
  key: ExampleCardKey
  stage: StageKey
  lane: LaneKey
  /** Defaults to the lane's card kind. */
  kind?: CardKind
  /** One of the default department ids (department.ts). */
  departmentId: string
  author: ExampleAuthorKey
  /** Barriers. */
  severity?: number
  /** Feelings. */
  score?: number
}

const anna = { departmentId: 'sales', author: 'anna' } as const
const boris = { departmentId: 'service', author: 'boris' } as const
const maria = { departmentId: 'marketing', author: 'maria' } as const
const oleg = { departmentId: 'it', author: 'oleg' } as const
const elena = { departmentId: 'finance', author: 'elena' } as const

/** The example journey of each template: an internet provider's home connection, as seen in a workshop. */
export const TEMPLATE_EXAMPLES: Readonly<Record<GridTemplateId, readonly ExampleCard[]>> = {
  'base-cjm': [
    { key: 'flyer', stage: 'stimulus', lane: 'touchpoints', ...maria },
    { key: 'callCentre', stage: 'decision', lane: 'touchpoints', ...anna },
    { key: 'installerVisit', stage: 'use', lane: 'touchpoints', ...boris },
    { key: 'goalStableInternet', stage: 'stimulus', lane: 'goals', ...anna },
    { key: 'feelCurious', stage: 'stimulus', lane: 'feelings', score: 1, ...maria },
    { key: 'feelConfused', stage: 'search', lane: 'feelings', score: -1, ...maria },
    { key: 'feelAnnoyed', stage: 'decision', lane: 'feelings', score: -2, ...anna },
    { key: 'feelRelieved', stage: 'use', lane: 'feelings', score: 1, ...boris },
    { key: 'feelPleased', stage: 'use', lane: 'feelings', score: 2, ...oleg },
    { key: 'stepCheckAddress', stage: 'search', lane: 'steps', ...oleg },
    { key: 'expectSlot', stage: 'use', lane: 'expectations', ...boris },
    { key: 'barrierAddressCheck', stage: 'search', lane: 'barriers', severity: 3, ...oleg },
    { key: 'barrierOnHold', stage: 'decision', lane: 'barriers', severity: 4, ...anna },
    { key: 'barrierMissedSlot', stage: 'use', lane: 'barriers', severity: 5, ...boris },
    { key: 'barrierRouterFee', stage: 'use', lane: 'barriers', severity: 2, ...elena },
  ],
  'target-map': [
    { key: 'barrierOnHold', stage: 'decision', lane: 'heat', severity: 4, ...anna },
    { key: 'barrierMissedSlot', stage: 'use', lane: 'heat', severity: 5, ...boris },
    { key: 'targetChat', stage: 'search', lane: 'channels', ...oleg },
    { key: 'targetOnePrice', stage: 'decision', lane: 'targetComms', ...elena },
    { key: 'targetSlotOnline', stage: 'use', lane: 'targetProcess', ...boris },
  ],
  communications: [
    { key: 'whoSales', stage: 'decision', lane: 'who', ...anna },
    { key: 'whatThreeDays', stage: 'decision', lane: 'what', ...anna },
    { key: 'whenCall', stage: 'decision', lane: 'when', ...anna },
    { key: 'channelPhone', stage: 'decision', lane: 'channel', ...anna },
    { key: 'toneFriendly', stage: 'decision', lane: 'tone', ...anna },
    { key: 'gapSchedule', stage: 'use', lane: 'gaps', severity: 4, ...boris },
  ],
  'i-we-client': [
    { key: 'iExplainTariff', stage: 'decision', lane: 'i', ...anna },
    { key: 'clientUnderstands', stage: 'decision', lane: 'client', ...anna },
    { key: 'iConfirmSlot', stage: 'use', lane: 'i', ...boris },
    { key: 'weBookBlind', stage: 'use', lane: 'we', ...anna },
    { key: 'clientWaits', stage: 'use', lane: 'client', ...boris },
  ],
}

/** Current and target values the example gives some stage metrics (templates with metrics only). */
export const EXAMPLE_METRIC_VALUES: Readonly<
  Partial<Record<StageKey, Partial<Record<MetricKind, { current: number; target: number }>>>>
> = {
  decision: { CR: { current: 18, target: 25 } },
  use: { CSI: { current: 71, target: 85 }, FCR: { current: 64, target: 80 } },
  conclusions: { NPS: { current: 12, target: 30 } },
}
