import { CARD_DEFAULT_H, CARD_DEFAULT_W } from '@cxmap/shared'
import type { Editor, VecLike } from 'tldraw'
import { createJourneyCard } from '../cards/createCard.ts'
import type { JourneyGridShape } from './gridProps.ts'
import { getCellRect, getGridPartAt, placeCardInCell } from './gridLayout.ts'

/**
 * Creates a card of the lane's kind in the cell of `grid` under the page point (centred on it, kept inside the cell)
 * and starts editing it. Returns false when the point is not on a cell.
 */
export function createCardInCellAt(editor: Editor, grid: JourneyGridShape, point: VecLike): boolean {
  const part = getGridPartAt(grid.props, point.x - grid.x, point.y - grid.y)
  if (part?.type !== 'cell') return false
  const cell = getCellRect(grid.props, part.stageIndex, part.laneIndex)
  const lane = grid.props.lanes[part.laneIndex]
  if (!cell || !lane) return false
  const topLeft = placeCardInCell(cell, point.x - grid.x, point.y - grid.y, CARD_DEFAULT_W, CARD_DEFAULT_H)
  const cellPoint = { x: point.x, y: point.y }
  const id = createJourneyCard(editor, { kind: lane.cardKind, x: grid.x + topLeft.x, y: grid.y + topLeft.y, cellPoint })
  // Like tldraw's own text creation: the select tool enters its editing state, so typing goes to the card.
  if (id && editor.getEditingShapeId() === id && !editor.isIn('select.editing_shape')) {
    editor.setCurrentTool('select.editing_shape')
  }
  return id !== null
}
