import { formatNumber, parseNumber, type MetricKind, type StageMetric } from '@cxmap/shared'
import { getMetricKindName } from '../i18n/metricKindName.ts'

/** A metric as typed in the form: numbers are still text. */
export interface MetricDraft {
  id: string
  kind: MetricKind
  label: string
  current: string
  target: string
}

/** What is wrong with a draft; empty when it can be saved. */
export interface MetricDraftErrors {
  label?: 'labelRequired'
  current?: 'invalidNumber'
  target?: 'invalidNumber'
}

/** A typed number: '' is null (unknown), a comma may be the decimal separator (Russian habit); undefined if invalid. */
export function parseMetricNumber(text: string): number | null | undefined {
  if (text.trim() === '') return null
  return parseNumber(text) ?? undefined
}

/** The form's text for a stored metric, numbers written as in `locale` (`0,5` in Russian). */
export function toMetricDraft(metric: StageMetric, locale: string): MetricDraft {
  const toText = (value: number | null) =>
    value === null ? '' : formatNumber(value, locale, { grouping: false, maximumFractionDigits: 10 })
  return {
    id: metric.id,
    kind: metric.kind,
    label: metric.label,
    current: toText(metric.current),
    target: toText(metric.target),
  }
}

/** A metric value as shown on a stage: `−0,5` in Russian, a dash when unknown. */
export function formatMetricValue(value: number | null, locale: string): string {
  return value === null ? '—' : formatNumber(value, locale)
}

/** Checks a draft. */
export function validateMetricDraft(draft: MetricDraft): MetricDraftErrors {
  const errors: MetricDraftErrors = {}
  if (draft.kind === 'custom' && draft.label.trim() === '') errors.label = 'labelRequired'
  if (parseMetricNumber(draft.current) === undefined) errors.current = 'invalidNumber'
  if (parseMetricNumber(draft.target) === undefined) errors.target = 'invalidNumber'
  return errors
}

/** The metrics to store, or null while any draft is invalid. */
export function toStageMetrics(drafts: MetricDraft[]): StageMetric[] | null {
  const metrics: StageMetric[] = []
  for (const draft of drafts) {
    const current = parseMetricNumber(draft.current)
    const target = parseMetricNumber(draft.target)
    if (current === undefined || target === undefined || Object.keys(validateMetricDraft(draft)).length > 0) return null
    metrics.push({ id: draft.id, kind: draft.kind, label: draft.label.trim(), current, target })
  }
  return metrics
}

/** The name a metric is shown by: its label when set, else its kind (in the UI language). */
export function getMetricName(metric: Pick<StageMetric, 'kind' | 'label'>): string {
  return metric.label.trim() || getMetricKindName(metric.kind)
}
