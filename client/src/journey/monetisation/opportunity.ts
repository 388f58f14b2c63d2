/** The top of the opportunity scale over a page or a document. */
export interface OpportunityScale {
  /** The largest revenue estimate of any cell. */
  maxRevenue: number
  /** The most opportunity cards in any cell. */
  maxCount: number
}

/** The least tint of a cell with an opportunity, so that one without a revenue estimate still shows. */
const MIN_OPPORTUNITY_RATIO = 0.12

/**
 * How strongly a cell is tinted on the opportunity layer (0…1): by its revenue estimate when any cell on the scale
 * has one, else by its count of opportunity cards; a cell with opportunities never falls to 0.
 */
export function getOpportunityRatio(revenue: number, count: number, scale: OpportunityScale): number {
  const ratio = scale.maxRevenue > 0 ? revenue / scale.maxRevenue : scale.maxCount > 0 ? count / scale.maxCount : 0
  if (count === 0 && revenue === 0) return 0
  return Math.min(1, Math.max(MIN_OPPORTUNITY_RATIO, ratio))
}

/** The scale of some grids' cell matrices (`[laneIndex][stageIndex]`). */
export function getOpportunityScale(
  grids: readonly { revenue: number[][]; opportunity: number[][] }[],
): OpportunityScale {
  return {
    maxRevenue: Math.max(0, ...grids.flatMap((grid) => grid.revenue.flat())),
    maxCount: Math.max(0, ...grids.flatMap((grid) => grid.opportunity.flat())),
  }
}

/** Each stage's revenue: the column sums of a `[laneIndex][stageIndex]` matrix over `stageCount` stages. */
export function sumByStage(matrix: readonly (readonly number[])[], stageCount: number): number[] {
  return Array.from({ length: stageCount }, (_, stage) => matrix.reduce((sum, row) => sum + (row[stage] ?? 0), 0))
}

/** Colour stops of the opportunity scale, from a little to the most on the page (greens, apart from pain's reds). */
const OPPORTUNITY_STOPS = [
  { at: 0, rgb: [178, 242, 187] },
  { at: 0.5, rgb: [64, 192, 87] },
  { at: 1, rgb: [8, 127, 91] },
] as const

/** The tint of a cell whose opportunity is `ratio` (0…1) of the highest: transparent at 0, deep green at 1. */
export function getOpportunityColor(ratio: number): string {
  if (!(ratio > 0)) return 'transparent'
  const t = Math.min(1, ratio)
  const upper = OPPORTUNITY_STOPS.find((stop) => stop.at >= t) ?? OPPORTUNITY_STOPS[2]
  const lower = [...OPPORTUNITY_STOPS].reverse().find((stop) => stop.at <= t) ?? OPPORTUNITY_STOPS[0]
  const span = upper.at - lower.at
  const k = span === 0 ? 0 : (t - lower.at) / span
  const [r, g, b] = lower.rgb.map((value, i) => Math.round(value + ((upper.rgb[i] ?? value) - value) * k))
  // Light tints stay see-through so card text over them keeps its contrast.
  const alpha = 0.25 + 0.35 * t
  return `rgba(${r}, ${g}, ${b}, ${alpha.toFixed(2)})`
}

/** A CSS gradient of the whole opportunity scale, for the legends. */
export const OPPORTUNITY_GRADIENT = `linear-gradient(90deg, ${[0.12, 0.5, 1].map(getOpportunityColor).join(', ')})`
