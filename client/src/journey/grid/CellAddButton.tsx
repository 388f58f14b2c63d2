import { useEditor, useValue, type Editor } from 'tldraw'
import { isJourneyCard } from '../cards/cardShape.ts'
import { createCardInCellAt } from './gridCellCard.ts'
import { getGrid } from './gridCards.ts'
import { getCellRect } from './gridLayout.ts'
import { useGridT } from './strings.ts'
import { findCellRefAt } from './tidy.ts'

/** Size of the button on screen, whatever the zoom (a target people can hit at fit-to-screen zoom). */
const BUTTON_PX = 28
const INSET_PX = 6

interface AddTarget {
  key: string
  left: number
  top: number
  centre: { x: number; y: number }
}

// The cell under the pointer when the pointer is on its empty part (over a card, the card's own controls matter).
function findAddTarget(editor: Editor): AddTarget | null {
  if (editor.getIsReadonly() || !editor.isIn('select.idle')) return null
  const point = editor.inputs.getCurrentPagePoint()
  const cell = findCellRefAt(editor, point)
  const grid = cell && getGrid(editor, cell.gridId)
  const rect = grid && getCellRect(grid.props, cell.stageIndex, cell.laneIndex)
  if (!grid || !rect) return null
  if (editor.getShapeAtPoint(point, { hitInside: true, filter: (shape) => isJourneyCard(shape) })) return null
  const corner = editor.pageToViewport({ x: grid.x + rect.x + rect.w, y: grid.y + rect.y + rect.h })
  return {
    key: `${cell.gridId}:${cell.stageIndex}:${cell.laneIndex}`,
    left: corner.x - BUTTON_PX - INSET_PX,
    top: corner.y - BUTTON_PX - INSET_PX,
    centre: { x: grid.x + rect.x + rect.w / 2, y: grid.y + rect.y + rect.h / 2 },
  }
}

/**
 * "Add a card here": a + in the bottom-right corner of the cell under the pointer, the same size on screen at any
 * zoom; a click creates a card of the lane's kind in that cell and starts editing it. Not for viewers.
 */
export function CellAddButton() {
  const editor = useEditor()
  const t = useGridT()
  const target = useValue('cx-grid cell add target', () => findAddTarget(editor), [editor])
  if (!target) return null
  const handleClick = () => {
    const cell = findCellRefAt(editor, target.centre)
    const grid = cell && getGrid(editor, cell.gridId)
    if (grid) createCardInCellAt(editor, grid, target.centre)
  }
  return (
    <button
      key={target.key}
      type="button"
      className="cx-cell-add"
      data-testid="cell-add"
      aria-label={t('addCardHere')}
      title={t('addCardHere')}
      style={{ left: target.left, top: target.top, width: BUTTON_PX, height: BUTTON_PX }}
      onPointerDown={(event) => event.stopPropagation()}
      onClick={handleClick}
    >
      +
    </button>
  )
}
