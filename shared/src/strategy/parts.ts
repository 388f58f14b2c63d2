/** The ten parts of a CX strategy in the seed's order (DOMAIN.md "The ten parts of a CX strategy"). */
export const STRATEGY_PARTS = [
  'stakeholders',
  'journeys',
  'requirements',
  'personas',
  'communications',
  'metrics',
  'engagement',
  'monetisation',
  'roadmap',
  'sustainability',
] as const

/** One strategy part. */
export type StrategyPartId = (typeof STRATEGY_PARTS)[number]

/** Narrows an unknown value to a strategy part id. */
export function isStrategyPartId(value: unknown): value is StrategyPartId {
  return typeof value === 'string' && (STRATEGY_PARTS as readonly string[]).includes(value)
}
