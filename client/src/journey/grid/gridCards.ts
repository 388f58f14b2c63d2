import { JOURNEY_GRID_TYPE, getGridHeight, getGridWidth, type JourneyGridProps } from '@cxmap/shared'
import { isPageId, type Editor, type TLShape, type TLShapeId } from 'tldraw'
import { isJourneyCard, type JourneyCardShape } from '../cards/cardShape.ts'
import type { JourneyGridShape } from './gridProps.ts'
import { getLaneIndexAt, getStageIndexAt } from './gridLayout.ts'

/** A card whose centre lies on a grid, with where it sits (grid space; -1 indices in the header row/column). */
export interface CardOnGrid {
  card: JourneyCardShape
  /** Centre of the card in grid space. */
  cx: number
  cy: number
  /** Bottom and right edges of the card in grid space. */
  bottom: number
  right: number
  stageIndex: number
  laneIndex: number
}

/** Whether a shape is a journey grid. */
export function isJourneyGrid(shape: TLShape | undefined | null): shape is JourneyGridShape {
  return shape?.type === JOURNEY_GRID_TYPE
}

/** The grid with this id, or undefined when it is gone or not a grid. */
export function getGrid(editor: Editor, gridId: TLShapeId): JourneyGridShape | undefined {
  const shape = editor.getShape(gridId)
  return isJourneyGrid(shape) ? shape : undefined
}

/**
 * Grids live on the page (never inside frames or groups), so their x/y is their page position. Reading the record
 * rather than the editor's cached bounds lets side effects use a grid's previous record too.
 */
export function isPointOnGrid(grid: JourneyGridShape, x: number, y: number, props: JourneyGridProps = grid.props) {
  const gx = x - grid.x
  const gy = y - grid.y
  return gx >= 0 && gy >= 0 && gx < getGridWidth(props) && gy < getGridHeight(props)
}

/** Every journey card on the grid's page (at any depth), with its page bounds. */
function listPageCards(editor: Editor, grid: JourneyGridShape): JourneyCardShape[] {
  const pageId = editor.getAncestorPageId(grid)
  if (!pageId) return []
  const cards: JourneyCardShape[] = []
  for (const id of editor.getPageShapeIds(pageId)) {
    const shape = editor.getShape(id)
    if (isJourneyCard(shape)) cards.push(shape)
  }
  return cards
}

/**
 * Cards whose centre lies inside the grid (its headers included), located against `props` — the grid's current
 * props unless given, so callers can locate cards against the layout they had before a change.
 */
export function listCardsOnGrid(
  editor: Editor,
  grid: JourneyGridShape,
  props: JourneyGridProps = grid.props,
): CardOnGrid[] {
  const result: CardOnGrid[] = []
  for (const card of listPageCards(editor, grid)) {
    const bounds = editor.getShapePageBounds(card)
    if (!bounds || !isPointOnGrid(grid, bounds.midX, bounds.midY, props)) continue
    const cx = bounds.midX - grid.x
    const cy = bounds.midY - grid.y
    result.push({
      card,
      cx,
      cy,
      bottom: bounds.maxY - grid.y,
      right: bounds.maxX - grid.x,
      stageIndex: cx < props.headerW ? -1 : getStageIndexAt(props, cx),
      laneIndex: cy < props.headerH ? -1 : getLaneIndexAt(props, cy),
    })
  }
  return result
}

/** Whether a card can be moved by changing its own x/y (it sits directly on the page, not in a group or frame). */
export function isMovableCard(card: JourneyCardShape): boolean {
  return isPageId(card.parentId)
}

/** How many cards sit in a stage's column (deleting the stage deletes them). */
export function countCardsInStage(editor: Editor, grid: JourneyGridShape, stageIndex: number): number {
  return listCardsOnGrid(editor, grid).filter((c) => c.stageIndex === stageIndex).length
}

/** How many cards sit in a lane's row (deleting the lane deletes them). */
export function countCardsInLane(editor: Editor, grid: JourneyGridShape, laneIndex: number): number {
  return listCardsOnGrid(editor, grid).filter((c) => c.laneIndex === laneIndex).length
}
