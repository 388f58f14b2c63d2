import type { Editor } from 'tldraw'
import { registerJourneyGridSideEffects } from './gridSideEffects.ts'
import { registerPasteLines } from './pasteLines.ts'
import { registerCellDoubleClick } from './registerCellDoubleClick.ts'

/** Editor options the grid needs: a double-click on a cell creates a card, not a text shape (see the README). */
export const JOURNEY_GRID_EDITOR_OPTIONS = { createTextOnCanvasDoubleClick: false } as const

const registered = new WeakSet<Editor>()

/**
 * Turns on the grid's behaviour in an editor: grids carry their cards, cells lay out their cards and lanes grow with
 * them, double-clicking a cell creates a card of the lane's kind, pasting lines into a cell makes a card per line.
 * Call it from `<Tldraw onMount>` and return its result (it undoes it all); a second call for the same editor does
 * nothing.
 */
export function registerJourneyGrid(editor: Editor): () => void {
  if (registered.has(editor)) return () => {}
  registered.add(editor)
  const stopSideEffects = registerJourneyGridSideEffects(editor)
  const stopDoubleClick = registerCellDoubleClick(editor)
  const stopPasteLines = registerPasteLines(editor)
  return () => {
    registered.delete(editor)
    stopSideEffects()
    stopDoubleClick()
    stopPasteLines()
  }
}
