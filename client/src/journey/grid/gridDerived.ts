import { createComputedCache, isEqual, type Editor, type TLShape } from 'tldraw'
import { isJourneyGrid, listCardsOnGrid } from './gridCards.ts'
import { closedVoteCounts } from './closedVoteCounts.ts'
import { getOpportunityScale, type OpportunityScale } from '../monetisation/opportunity.ts'
import { computeGridStats, getMaxPain, type GridStats } from './gridStats.ts'

// One cached derivation per grid and editor: recomputed when the grid or a shape on its page changes, and handed on
// only when the result differs, so a card dragged outside every cell does not re-render the grid.
const statsCache = createComputedCache<Editor, GridStats, TLShape>(
  'cx-grid stats',
  (editor, shape) =>
    isJourneyGrid(shape)
      ? computeGridStats(shape.props, listCardsOnGrid(editor, shape), closedVoteCounts.get())
      : undefined,
  { areResultsEqual: isEqual },
)

const EMPTY_STATS: GridStats = { counts: [], pain: [], emotion: {}, revenue: [], opportunity: [] }

/** Counts, pain and emotion curve of a grid (reactive: call inside `useValue`). */
export function getGridStats(editor: Editor, grid: TLShape): GridStats {
  return statsCache.get(editor, grid.id) ?? EMPTY_STATS
}

/** The highest cell pain over every grid of the current page, the top of the heat scale (reactive). */
export function getPageMaxPain(editor: Editor): number {
  return Math.max(
    0,
    ...editor
      .getCurrentPageShapes()
      .filter(isJourneyGrid)
      .map((grid) => getMaxPain(getGridStats(editor, grid))),
  )
}

/** The top of the opportunity layer's scale over every grid of the current page (reactive). */
export function getPageOpportunityScale(editor: Editor): OpportunityScale {
  const grids = editor.getCurrentPageShapes().filter(isJourneyGrid)
  return getOpportunityScale(grids.map((grid) => getGridStats(editor, grid)))
}
