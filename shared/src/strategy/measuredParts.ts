import type { Department } from '../journey/department.ts'
import type { Journey } from '../journey/format/journey.ts'
import { summarizeEffects } from '../roadmap/effects.ts'
import type { Roadmap } from '../roadmap/roadmapDoc.ts'
import { readEngagement } from './engagement.ts'
import { readMonetisation } from './monetisation.ts'
import { MissingList } from './partStatus.ts'
import type { StrategyPartReportOf, StrategyStageMetrics } from './strategyReport.ts'

/** Part 6 «Метрики»: stage metrics with current and target values, and initiatives that move them. */
export function readMetricsPart(journey: Journey, roadmap: Roadmap): StrategyPartReportOf<'metrics'> {
  const stages: StrategyStageMetrics[] = journey.grids.flatMap((grid) =>
    grid.stages
      .filter((stage) => stage.metrics.length > 0)
      .map((stage) => ({
        gridId: grid.id,
        gridTitle: grid.title,
        stageId: stage.id,
        stageTitle: stage.title,
        metrics: stage.metrics,
      })),
  )
  const metrics = stages.flatMap((stage) => stage.metrics)
  const effects = summarizeEffects(roadmap)
  const missing = new MissingList()
    .check(metrics.length === 0, 'metrics.stages', 'board')
    .check(metrics.length > 0 && metrics.every((m) => m.current === null), 'metrics.values', 'board')
    .check(metrics.length > 0 && metrics.every((m) => m.target === null), 'metrics.targets', 'board')
    .check(effects.length === 0, 'metrics.effects', 'roadmap')
  const hasAnything = metrics.some((m) => m.current !== null || m.target !== null) || effects.length > 0
  return { id: 'metrics', status: missing.status(hasAnything), missing: missing.items, stages, effects }
}

/** Part 7 «Вовлеченность»: every touchpoint owned by a department, and departments owning initiatives. */
export function readEngagementPart(
  journey: Journey,
  roadmap: Roadmap,
  departments: readonly Department[],
): StrategyPartReportOf<'engagement'> {
  const engagement = readEngagement(journey, roadmap, departments)
  const owned = engagement.departments.reduce((sum, d) => sum + d.touchpoints.length, 0)
  const hasInitiatives = engagement.departments.some((department) => department.initiatives.length > 0)
  const missing = new MissingList()
    .check(owned === 0 && engagement.gaps.length === 0, 'engagement.touchpoints', 'board')
    .check(engagement.gaps.length > 0, 'engagement.owners', 'board')
    .check(!hasInitiatives, 'engagement.initiatives', 'roadmap')
  const status = missing.status(owned > 0 || hasInitiatives)
  return { id: 'engagement', status, missing: missing.items, engagement }
}

/** Part 8 «Монетизация»: opportunities at touchpoints, with revenue estimates. */
export function readMonetisationPart(journey: Journey): StrategyPartReportOf<'monetisation'> {
  const monetisation = readMonetisation(journey)
  const missing = new MissingList()
    .check(monetisation.opportunities === 0, 'monetisation.opportunities', 'board')
    .check(monetisation.revenue === 0, 'monetisation.revenue', 'board')
  const status = missing.status(monetisation.opportunities > 0 || monetisation.revenue > 0)
  return { id: 'monetisation', status, missing: missing.items, monetisation }
}
