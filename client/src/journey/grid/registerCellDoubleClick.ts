import type { Editor, TLEventInfo } from 'tldraw'
import { createCardInCellAt } from './gridCellCard.ts'
import { isJourneyGrid, isPointOnGrid } from './gridCards.ts'

/**
 * Double-clicking an empty spot of a cell creates a card of the lane's kind there. tldraw's select tool sees the
 * cells as empty canvas (the grid is a backdrop), so this listens to the editor's events. It needs the editor option
 * `createTextOnCanvasDoubleClick: false`, or tldraw also starts a text shape at the same spot. Returns a function
 * that stops listening.
 */
export function registerCellDoubleClick(editor: Editor): () => void {
  const handleEvent = (info: TLEventInfo) => {
    if (info.type !== 'click' || info.name !== 'double_click' || info.phase !== 'down') return
    if (info.target !== 'canvas' || info.shiftKey || info.ctrlKey) return
    if (!editor.isIn('select.idle') || editor.getIsReadonly() || editor.getEditingShapeId() !== null) return
    const point = editor.inputs.getCurrentPagePoint()
    // Anything but a grid under the pointer (a card, an arrow…) took the double-click.
    if (editor.getShapeAtPoint(point, { hitInside: true, filter: (shape) => !isJourneyGrid(shape) })) return
    const grid = editor
      .getCurrentPageShapesSorted()
      .filter(isJourneyGrid)
      .reverse()
      .find((shape) => isPointOnGrid(shape, point.x, point.y))
    if (grid) createCardInCellAt(editor, grid, point)
  }
  editor.on('event', handleEvent)
  return () => {
    editor.off('event', handleEvent)
  }
}
