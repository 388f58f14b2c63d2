import { compareStrings } from '../journey/departmentDoc.ts'
import { METRIC_KINDS, type MetricKind } from '../journey/metric.ts'
import type { Wave } from './initiative.ts'
import type { Roadmap } from './roadmapDoc.ts'

/** The expected effect on one metric (kind + label) summed over the initiatives that target it. */
export interface EffectSummary {
  metric: MetricKind
  label: string
  /** Units named by the targets, distinct, in first-seen order (normally zero or one). */
  units: string[]
  /** Sum per wave. */
  byWave: Record<Wave, number>
  total: number
  /** The initiatives that target it, in roadmap order. */
  initiativeIds: string[]
}

/** Sums the expected effects per metric (kind and trimmed label), per wave and in total; by kind order, then label. */
export function summarizeEffects(roadmap: Roadmap): EffectSummary[] {
  const summaries = new Map<string, EffectSummary>()
  for (const initiative of roadmap.initiatives) {
    for (const target of initiative.metrics) {
      const label = target.label.trim()
      const key = `${target.metric}\n${label}`
      let summary = summaries.get(key)
      if (!summary) {
        summary = { metric: target.metric, label, units: [], byWave: { 1: 0, 2: 0, 3: 0 }, total: 0, initiativeIds: [] }
        summaries.set(key, summary)
      }
      summary.byWave[initiative.wave] = roundSum(summary.byWave[initiative.wave] + target.effect)
      summary.total = roundSum(summary.total + target.effect)
      if (target.unit && !summary.units.includes(target.unit)) summary.units.push(target.unit)
      if (!summary.initiativeIds.includes(initiative.id)) summary.initiativeIds.push(initiative.id)
    }
  }
  return [...summaries.values()].sort(
    (a, b) => METRIC_KINDS.indexOf(a.metric) - METRIC_KINDS.indexOf(b.metric) || compareStrings(a.label, b.label),
  )
}

/** Drops binary floating-point noise (0.1 + 0.2) from sums of effects written with a few decimals. */
function roundSum(value: number): number {
  return Math.round(value * 1e9) / 1e9
}
