import { formatNumber, type StageMetric } from '@cxmap/shared'
import type { PrintT } from './i18n'

/**
 * A stage metric as printed: only what is set (`CES: 3,1 → цель 2,5`, `CES: 3,1`, `CES: цель 2,5`), numbers in the
 * document's language; null when neither value is set.
 */
export function formatStageMetric(metric: StageMetric, t: PrintT): string | null {
  const label = metric.label.trim() || metric.kind
  const current = metric.current === null ? null : formatNumber(metric.current, t.lang)
  const target = metric.target === null ? null : formatNumber(metric.target, t.lang)
  if (current !== null && target !== null) return t('journey.metricBoth', { label, current, target })
  if (current !== null) return t('journey.metricCurrent', { label, current })
  if (target !== null) return t('journey.metricTarget', { label, target })
  return null
}

/** The metrics line of a stage (`CES: 3,1 → цель 2,5; NPS: 40`), or null when no metric has a value. */
export function formatStageMetrics(metrics: readonly StageMetric[], t: PrintT): string | null {
  const parts = metrics.map((metric) => formatStageMetric(metric, t)).filter((part) => part !== null)
  return parts.length > 0 ? parts.join('; ') : null
}
