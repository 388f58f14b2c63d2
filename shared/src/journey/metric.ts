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
