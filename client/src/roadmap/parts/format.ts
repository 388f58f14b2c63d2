import { formatNumber, type Horizon, type Initiative, type InitiativeMetric } from '@cxmap/shared'
import { getMetricKindName } from '../../journey/i18n/metricKindName'
import type { RoadmapT } from '../i18n'

/** An initiative's title, or "Untitled initiative". */
export function initiativeTitle(t: RoadmapT, initiative: Pick<Initiative, 'title'>): string {
  return initiative.title.trim() || t('common.untitled')
}

/** `Q3 2026`, a date as `15 May 2027` in the UI language, or "No horizon". */
export function horizonLabel(t: RoadmapT, horizon: Horizon, locale: string): string {
  if (!horizon) return t('common.noHorizon')
  if (horizon.kind === 'quarter') return t('common.quarter', { quarter: horizon.quarter, year: horizon.year })
  const [year, month, day] = horizon.date.split('-').map(Number)
  const date = new Date(Date.UTC(year!, month! - 1, day!))
  // "15 May 2027" / «15 мая 2027 г.»: unambiguous in every locale, unlike 5/15/2027.
  return date.toLocaleDateString(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })
}

/** The quarter a horizon falls in (a date's calendar quarter); null without a horizon. */
export function horizonQuarter(horizon: Horizon): { year: number; quarter: 1 | 2 | 3 | 4 } | null {
  if (!horizon) return null
  if (horizon.kind === 'quarter') return { year: horizon.year, quarter: horizon.quarter }
  const [year, month] = horizon.date.split('-').map(Number)
  return { year: year!, quarter: (Math.floor((month! - 1) / 3) + 1) as 1 | 2 | 3 | 4 }
}

/** A metric's name: its label when set, the kind's name (NPS, «Удержание»), or "Custom metric". */
export function metricName(t: RoadmapT, metric: Pick<InitiativeMetric, 'metric' | 'label'>): string {
  const label = metric.label.trim()
  if (label) return label
  return metric.metric === 'custom' ? t('common.customMetric') : getMetricKindName(metric.metric)
}

/** A signed effect in the UI language: `+5`, `−0,5` (ru) or `−0.5` (en), `0`, followed by the unit when there is one. */
export function formatEffect(effect: number, locale: string, unit = ''): string {
  const number = formatNumber(effect, locale, { signed: true })
  return unit.trim() ? `${number} ${unit.trim()}` : number
}
