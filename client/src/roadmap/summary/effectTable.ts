import { WAVES, type EffectSummary, type Initiative, type Wave } from '@cxmap/shared'

/** One initiative's part in a metric's effect. */
export interface EffectContribution {
  initiative: Initiative
  effect: number
}

/** A metric's row: per wave the sum, or null when no initiative of that wave targets the metric (not the same as 0). */
export interface EffectRow {
  summary: EffectSummary
  byWave: Record<Wave, number | null>
  contributions: EffectContribution[]
}

/** The summary's rows with the initiatives behind each (roadmap order) and which waves have any. */
export function buildEffectRows(
  summaries: readonly EffectSummary[],
  byId: ReadonlyMap<string, Initiative>,
): EffectRow[] {
  return summaries.map((summary) => {
    const contributions = summary.initiativeIds.flatMap((id) => {
      const initiative = byId.get(id)
      if (!initiative) return []
      const effect = initiative.metrics
        .filter((target) => target.metric === summary.metric && target.label.trim() === summary.label)
        .reduce((sum, target) => sum + target.effect, 0)
      return [{ initiative, effect: Math.round(effect * 1e9) / 1e9 }]
    })
    const byWave = Object.fromEntries(
      WAVES.map((wave) => [
        wave,
        contributions.some((contribution) => contribution.initiative.wave === wave) ? summary.byWave[wave] : null,
      ]),
    ) as Record<Wave, number | null>
    return { summary, byWave, contributions }
  })
}
