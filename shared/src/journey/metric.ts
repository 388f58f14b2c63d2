import { T } from '@tldraw/validate'
import { isPlainObject } from '../doc/json.ts'
import { isFiniteNumber, isId } from './lenient.ts'

/** Metrics a stage can carry (DOMAIN.md, "Metrics"); `custom` takes its label from the user. */
export const METRIC_KINDS = ['NPS', 'CSI', 'CES', 'CR', 'FCR', 'Retention', 'LTV', 'custom'] as const

/** One metric kind. */
export type MetricKind = (typeof METRIC_KINDS)[number]

/** A metric on a stage, with its current and target value (null while unknown). */
export interface StageMetric {
  id: string
  kind: MetricKind
  /** Shown instead of the kind when set (required for `custom`). */
  label: string
  current: number | null
  target: number | null
}

/** tldraw validator of a stage metric (part of the grid's props). */
export const stageMetricValidator: T.Validator<StageMetric> = T.object({
  id: T.string,
  kind: T.literalEnum(...METRIC_KINDS),
  label: T.string,
  current: T.number.nullable(),
  target: T.number.nullable(),
})

/** Narrows an unknown value to a metric kind. */
export function isMetricKind(value: unknown): value is MetricKind {
  return typeof value === 'string' && (METRIC_KINDS as readonly string[]).includes(value)
}

/** Lenient reader: a metric with its texts and values defaulted, or null without an id or a known kind. */
export function parseMetric(value: unknown): StageMetric | null {
  if (!isPlainObject(value) || !isId(value.id) || !isMetricKind(value.kind)) return null
  return {
    id: value.id,
    kind: value.kind,
    label: typeof value.label === 'string' ? value.label : '',
    current: isFiniteNumber(value.current) ? value.current : null,
    target: isFiniteNumber(value.target) ? value.target : null,
  }
}
