import type { JourneyGridOut } from '@cxmap/shared'
import { sumByStage } from './opportunity'
import { isOpportunityCard } from './revenue'

/** The opportunity layer of an exported grid, `[laneIndex][stageIndex]` in the grid's order, and each stage's sum. */
export interface GridOpportunity {
  revenue: number[][]
  opportunity: number[][]
  stageRevenue: number[]
  /** Whether any cell holds an opportunity. */
  hasAny: boolean
}

/** Reads the opportunity layer of a grid of the journey format (the print view's heat map), as the canvas draws it. */
export function readGridOpportunity(grid: JourneyGridOut): GridOpportunity {
  const revenue = grid.lanes.map(() => new Array<number>(grid.stages.length).fill(0))
  const opportunity = grid.lanes.map(() => new Array<number>(grid.stages.length).fill(0))
  for (const cell of grid.cells) {
    const laneIndex = grid.lanes.findIndex((lane) => lane.id === cell.laneId)
    const stageIndex = grid.stages.findIndex((stage) => stage.id === cell.stageId)
    const revenueRow = revenue[laneIndex]
    const countRow = opportunity[laneIndex]
    if (!revenueRow || !countRow || stageIndex === -1) continue
    for (const card of cell.cards) {
      if (!isOpportunityCard(card)) continue
      countRow[stageIndex] = (countRow[stageIndex] ?? 0) + 1
      revenueRow[stageIndex] = (revenueRow[stageIndex] ?? 0) + card.revenue
    }
  }
  const hasAny = opportunity.some((row) => row.some((count) => count > 0))
  return { revenue, opportunity, stageRevenue: sumByStage(revenue, grid.stages.length), hasAny }
}
