import { isPlainObject } from '../doc/json.ts'
import { METRIC_KINDS, type MetricKind } from '../journey/metric.ts'
import { isCardKind, type CardKind } from '../journey/cardKind.ts'

/** Waves of the roadmap: 1 remove pain zones, 2 meet expectations, 3 anticipate expectations (DOMAIN.md, Part 3). */
export const WAVES = [1, 2, 3] as const
/** One roadmap wave. */
export type Wave = (typeof WAVES)[number]

/** How necessary an initiative is: «абсолютно необходимо», «срочно», «желательно». */
export const NECESSITIES = ['absolutely-necessary', 'urgent', 'desirable'] as const
/** One necessity level. */
export type Necessity = (typeof NECESSITIES)[number]

/** Where an initiative stands. */
export const INITIATIVE_STATUSES = ['idea', 'planned', 'in-progress', 'done'] as const
/** One initiative status. */
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number]

/** When an initiative is due: a calendar quarter or a date (`YYYY-MM-DD`); null while open. */
export type Horizon = { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 } | { kind: 'date'; date: string } | null

/** A metric an initiative is expected to move, and by how much (e.g. NPS +5, CES −0.5). */
export interface InitiativeMetric {
  id: string
  metric: MetricKind
  /** Shown instead of the kind when set (required for `custom`). */
  label: string
  effect: number
  unit?: string
}

/** Where a card sent to the roadmap was when it was sent ('' for a free card's grid, stage and lane). */
export interface InitiativeSource {
  cardId: string
  gridId: string
  stageId: string
  laneId: string
  kind: CardKind
}

/** A roadmap initiative; stored as one `Y.Map` whose keys are these fields (field-level merges). */
export interface Initiative {
  id: string
  title: string
  description: string
  wave: Wave
  necessity: Necessity
  /** '' when no department owns it. */
  ownerDepartmentId: string
  horizon: Horizon
  status: InitiativeStatus
  /** Initiatives that must finish before this one (sequential). */
  dependsOn: string[]
  /** Initiatives run alongside this one. */
  parallelWith: string[]
  /** Ids of the strategy's stakeholders this initiative serves (see strategy/stakeholder.ts). */
  stakeholderIds: string[]
  metrics: InitiativeMetric[]
  sources: InitiativeSource[]
  /** Sort key within a wave (ascending). */
  order: number
  /** Epoch milliseconds. */
  createdAt: number
  /** The creator's display name. */
  createdBy: string
}

/** The fields of an initiative that a patch may change. */
export type InitiativeFields = Omit<Initiative, 'id'>

/** An initiative with defaults for every field not given (wave 1, desirable, idea, no horizon). */
export function buildInitiative(fields: Partial<Initiative> & { id: string }): Initiative {
  return {
    title: '',
    description: '',
    wave: 1,
    necessity: 'desirable',
    ownerDepartmentId: '',
    horizon: null,
    status: 'idea',
    dependsOn: [],
    parallelWith: [],
    stakeholderIds: [],
    metrics: [],
    sources: [],
    order: 0,
    createdAt: 0,
    createdBy: '',
    ...fields,
  }
}

/** An initiative read from untrusted fields: null without an id; every other bad field falls back to its default. */
export function parseInitiative(id: string, value: unknown): Initiative | null {
  if (typeof id !== 'string' || id === '' || !isPlainObject(value)) return null
  const d = buildInitiative({ id })
  return {
    id,
    title: asString(value.title, d.title),
    description: asString(value.description, d.description),
    wave: oneOf(WAVES, value.wave, d.wave),
    necessity: oneOf(NECESSITIES, value.necessity, d.necessity),
    ownerDepartmentId: asString(value.ownerDepartmentId, d.ownerDepartmentId),
    horizon: parseHorizon(value.horizon),
    status: oneOf(INITIATIVE_STATUSES, value.status, d.status),
    dependsOn: parseIdList(value.dependsOn, id),
    parallelWith: parseIdList(value.parallelWith, id),
    stakeholderIds: parseIdList(value.stakeholderIds, id),
    metrics: parseList(value.metrics, parseInitiativeMetric),
    sources: parseList(value.sources, parseInitiativeSource),
    order: asNumber(value.order, d.order),
    createdAt: asNumber(value.createdAt, d.createdAt),
    createdBy: asString(value.createdBy, d.createdBy),
  }
}

/** A horizon read from untrusted JSON; null when it is not a valid quarter or date. */
export function parseHorizon(value: unknown): Horizon {
  if (!isPlainObject(value)) return null
  if (value.kind === 'quarter') {
    const { year, quarter } = value
    if (!Number.isInteger(year) || (year as number) < 1 || (year as number) > 9999) return null
    if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) return null
    return { kind: 'quarter', year: year as number, quarter }
  }
  if (value.kind === 'date' && typeof value.date === 'string' && isIsoDate(value.date)) {
    return { kind: 'date', date: value.date }
  }
  return null
}

/** A metric target read from untrusted JSON, or null when its id, kind or effect is unusable. */
export function parseInitiativeMetric(value: unknown): InitiativeMetric | null {
  if (!isPlainObject(value)) return null
  const { id, metric, label, effect, unit } = value
  if (typeof id !== 'string' || id === '' || !(METRIC_KINDS as readonly unknown[]).includes(metric)) return null
  if (typeof effect !== 'number' || !Number.isFinite(effect)) return null
  const out: InitiativeMetric = { id, metric: metric as MetricKind, label: asString(label, ''), effect }
  if (typeof unit === 'string' && unit !== '') out.unit = unit
  return out
}

/** A card source read from untrusted JSON, or null without a card id or a known kind. */
export function parseInitiativeSource(value: unknown): InitiativeSource | null {
  if (!isPlainObject(value)) return null
  const { cardId, gridId, stageId, laneId, kind } = value
  if (typeof cardId !== 'string' || cardId === '' || !isCardKind(kind)) return null
  return { cardId, gridId: asString(gridId, ''), stageId: asString(stageId, ''), laneId: asString(laneId, ''), kind }
}

/** Is this a real calendar date written `YYYY-MM-DD`? */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

function asString(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback
}

function asNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback
}

function parseList<T>(value: unknown, parse: (item: unknown) => T | null): T[] {
  if (!Array.isArray(value)) return []
  return value.map(parse).filter((item): item is T => item !== null)
}

/** Distinct non-empty ids, never the initiative's own. */
function parseIdList(value: unknown, selfId: string): string[] {
  if (!Array.isArray(value)) return []
  const ids = value.filter((item): item is string => typeof item === 'string' && item !== '' && item !== selfId)
  return [...new Set(ids)]
}
