import { formatNumber, type InitiativeMetric, type MetricKind } from '@cxmap/shared'
import { parseEffect } from './effectNumber'

/** A metric row as typed: the effect is still text. */
export interface MetricDraft {
  metric: MetricKind
  label: string
  effect: string
  unit: string
}

/** What is wrong with a row; empty when it can be written. */
export interface MetricDraftErrors {
  label?: 'labelRequired'
  effect?: 'invalidEffect'
}

/** The row's text for a stored metric (the effect signed, as the roadmap shows it, in the UI language). */
export function toMetricDraft(metric: InitiativeMetric, locale: string): MetricDraft {
  const effect = formatNumber(metric.effect, locale, { signed: true, grouping: false, maximumFractionDigits: 10 })
  return { metric: metric.metric, label: metric.label, effect, unit: metric.unit ?? '' }
}

/** Checks a row: a custom metric needs a label, the effect must be a number. */
export function validateMetricDraft(draft: MetricDraft): MetricDraftErrors {
  const errors: MetricDraftErrors = {}
  if (draft.metric === 'custom' && draft.label.trim() === '') errors.label = 'labelRequired'
  if (parseEffect(draft.effect) === null) errors.effect = 'invalidEffect'
  return errors
}

/** The metric to store for a row, or null while the row is invalid. */
export function toInitiativeMetric(id: string, draft: MetricDraft): InitiativeMetric | null {
  const effect = parseEffect(draft.effect)
  if (effect === null || Object.keys(validateMetricDraft(draft)).length > 0) return null
  const metric: InitiativeMetric = { id, metric: draft.metric, label: draft.label.trim(), effect }
  const unit = draft.unit.trim()
  if (unit) metric.unit = unit
  return metric
}

/** The kind a new row starts with: the first named kind the initiative does not target yet, else custom. */
export function pickNewMetricKind(metrics: readonly Pick<InitiativeMetric, 'metric'>[], kinds: readonly MetricKind[]) {
  const used = new Set(metrics.map((metric) => metric.metric))
  return kinds.find((kind) => kind !== 'custom' && !used.has(kind)) ?? 'custom'
}
