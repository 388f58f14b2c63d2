import type { Journey } from '../journey/format/journey.ts'
import { MONETISED_KINDS } from '../journey/cardKind.ts'
import { hasMonetisationFields, listPlacedCards } from './journeyGrids.ts'

/** One stage of a grid in the heat map's opportunity layer. */
export interface StageMonetisation {
  stageId: string
  stageTitle: string
  /** Sum of the revenue estimates (per month) of the stage's touchpoint and monetisation cards. */
  revenue: number
  /** Monetisation cards plus touchpoints with a value field, revenue or paid service. */
  opportunities: number
  /** Sum of the stage's barrier severities (the pain the opportunity is weighed against). */
  pain: number
  /** Paid services offered in the stage, in card order. */
  paidServices: string[]
}

/** One grid's monetisation, stage by stage. */
export interface GridMonetisation {
  gridId: string
  gridTitle: string
  stages: StageMonetisation[]
  revenue: number
  opportunities: number
}

/** The board's monetisation at touchpoints «Монетизация точек контакта». */
export interface MonetisationReport {
  grids: GridMonetisation[]
  /** Over every grid. */
  revenue: number
  opportunities: number
}

/** Per grid and stage: revenue, opportunities (monetisation cards and touchpoints with value fields) and pain. */
export function readMonetisation(journey: Journey): MonetisationReport {
  const grids = journey.grids.map((grid) => {
    const cards = listPlacedCards(grid)
    const stages = grid.stages.map((stage) => {
      const here = cards.filter((placed) => placed.stageId === stage.id).map((placed) => placed.card)
      const isOpportunity = (card: (typeof here)[number]) =>
        card.kind === 'monetisation' || (card.kind === 'touchpoint' && hasMonetisationFields(card))
      return {
        stageId: stage.id,
        stageTitle: stage.title,
        revenue: roundSum(
          here.reduce((sum, card) => sum + (MONETISED_KINDS.includes(card.kind) ? card.revenue : 0), 0),
        ),
        opportunities: here.filter(isOpportunity).length,
        pain: here.reduce((sum, card) => sum + (card.kind === 'barrier' ? (card.severity ?? 0) : 0), 0),
        paidServices: here.map((card) => card.paidService.trim()).filter((service) => service !== ''),
      }
    })
    return {
      gridId: grid.id,
      gridTitle: grid.title,
      stages,
      revenue: roundSum(stages.reduce((sum, stage) => sum + stage.revenue, 0)),
      opportunities: stages.reduce((sum, stage) => sum + stage.opportunities, 0),
    }
  })
  return {
    grids,
    revenue: roundSum(grids.reduce((sum, grid) => sum + grid.revenue, 0)),
    opportunities: grids.reduce((sum, grid) => sum + grid.opportunities, 0),
  }
}

// Revenue estimates are money: keep sums to cents so 0.1 + 0.2 reads 0.3.
function roundSum(value: number): number {
  return Math.round(value * 100) / 100
}
