import type { Editor } from 'tldraw'
import { registerJourneyGridSideEffects } from './gridSideEffects.ts'
import { registerCellDoubleClick } from './registerCellDoubleClick.ts'

/** Editor options the grid needs: a double-click on a cell creates a card, not a text shape (see the README). */
export const JOURNEY_GRID_EDITOR_OPTIONS = { createTextOnCanvasDoubleClick: false } as const

const registered = new WeakSet<Editor>()

/**
 * Turns on the grid's behaviour in an editor: grids carry their cards, lanes grow with their cards, double-clicking
 * a cell creates a card of the lane's kind. Call it from `<Tldraw onMount>` and return its result (it undoes it all);
 * a second call for the same editor does nothing.
 */
export function registerJourneyGrid(editor: Editor): () => void {
  if (registered.has(editor)) return () => {}
  registered.add(editor)
  const stopSideEffects = registerJourneyGridSideEffects(editor)
  const stopDoubleClick = registerCellDoubleClick(editor)
  return () => {
    registered.delete(editor)
    stopSideEffects()
    stopDoubleClick()
  }
}
