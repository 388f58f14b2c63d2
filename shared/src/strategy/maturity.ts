import type { TemplateId } from '../journey/template.ts'
import type { StrategyPartId } from './parts.ts'

/** The seed's stages of CX development «CX-эволюция», in order (`000_…`: reactive → … → CLTV and monetisation). */
export const MATURITY_STAGES = ['reactive', 'proactive', 'cx-strategy', 'cltv-monetisation'] as const
/** One maturity stage. */
export type MaturityStage = (typeof MATURITY_STAGES)[number]

/** A sign of a maturity stage the self-assessment asks about (texts in strategyTexts.ts). */
export interface MaturitySign {
  id: string
  stage: MaturityStage
}

/** The self-assessment's signs, four per stage, from the seed's «CX-эволюция» slides. */
export const MATURITY_SIGNS: readonly MaturitySign[] = [
  { id: 'reactive-episodic-nps', stage: 'reactive' },
  { id: 'reactive-role-unclear', stage: 'reactive' },
  { id: 'reactive-barriers', stage: 'reactive' },
  { id: 'reactive-complaints', stage: 'reactive' },
  { id: 'proactive-cx-kpi', stage: 'proactive' },
  { id: 'proactive-first-cjm', stage: 'proactive' },
  { id: 'proactive-simple-processes', stage: 'proactive' },
  { id: 'proactive-prevent-complaints', stage: 'proactive' },
  { id: 'strategy-living-maps', stage: 'cx-strategy' },
  { id: 'strategy-kpi-everyone', stage: 'cx-strategy' },
  { id: 'strategy-target-processes', stage: 'cx-strategy' },
  { id: 'strategy-voice-of-customer', stage: 'cx-strategy' },
  { id: 'cltv-expectations', stage: 'cltv-monetisation' },
  { id: 'cltv-churn', stage: 'cltv-monetisation' },
  { id: 'cltv-retention', stage: 'cltv-monetisation' },
  { id: 'cltv-key-metric', stage: 'cltv-monetisation' },
]

/** Whether `id` is one of {@link MATURITY_SIGNS}. */
export function isMaturitySignId(id: unknown): id is string {
  return typeof id === 'string' && MATURITY_SIGNS.some((sign) => sign.id === id)
}

/** A stage counts as reached when at least this share of its signs is checked. */
export const STAGE_REACHED_SHARE = 0.5

/** The templates and parts to start with when stepping into a stage (the seed's tools under each stage). */
const STAGE_RECOMMENDATIONS: Record<MaturityStage, { templates: TemplateId[]; parts: StrategyPartId[] }> = {
  reactive: { templates: ['base-cjm'], parts: ['journeys', 'requirements', 'metrics'] },
  proactive: { templates: ['base-cjm', 'target-map'], parts: ['journeys', 'metrics', 'roadmap'] },
  'cx-strategy': {
    templates: ['target-map', 'i-we-client', 'communications'],
    parts: ['stakeholders', 'personas', 'communications', 'engagement'],
  },
  'cltv-monetisation': { templates: ['communications'], parts: ['monetisation', 'metrics', 'sustainability'] },
}

/** Where the self-assessment places the company and what it proposes. */
export interface MaturityAssessment {
  /** The highest stage with at least half its signs checked; null when none is. */
  stage: MaturityStage | null
  /** Share of each stage's signs checked, 0..1. */
  scoreByStage: Record<MaturityStage, number>
  /** The stage to grow into: the one after `stage` (the first when null, the last when at the top). */
  nextStage: MaturityStage
  /** Templates to start with: those of {@link MaturityAssessment.nextStage}. */
  recommendedTemplates: TemplateId[]
  /** Strategy parts to start with: those of {@link MaturityAssessment.nextStage}. */
  recommendedParts: StrategyPartId[]
}

/** Places the company from its checked signs (unknown ids ignored) and proposes where to start. */
export function assessMaturity(checkedSignIds: readonly string[]): MaturityAssessment {
  const checked = new Set(checkedSignIds)
  const scoreByStage = {} as Record<MaturityStage, number>
  let stage: MaturityStage | null = null
  for (const candidate of MATURITY_STAGES) {
    const signs = MATURITY_SIGNS.filter((sign) => sign.stage === candidate)
    const score = signs.filter((sign) => checked.has(sign.id)).length / signs.length
    scoreByStage[candidate] = score
    if (score >= STAGE_REACHED_SHARE) stage = candidate
  }
  const index = stage === null ? 0 : Math.min(MATURITY_STAGES.indexOf(stage) + 1, MATURITY_STAGES.length - 1)
  const nextStage = MATURITY_STAGES[index] ?? 'reactive'
  const { templates, parts } = STAGE_RECOMMENDATIONS[nextStage]
  return { stage, scoreByStage, nextStage, recommendedTemplates: [...templates], recommendedParts: [...parts] }
}
