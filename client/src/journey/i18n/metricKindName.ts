import type { MetricKind } from '@cxmap/shared'
import { translateCards, type CardsT } from './index'

/**
 * A metric kind as people of the UI language read it: abbreviations (NPS, CES, LTV…) as they are, words translated
 * (`Retention` is «Удержание» in Russian); `custom` is the caller's to name.
 */
export function getMetricKindName(kind: MetricKind, t: CardsT = translateCards): string {
  return kind === 'Retention' ? t(`metricKinds.${kind}`) : kind
}
