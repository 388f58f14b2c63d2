import {
  isPageId,
  react,
  unsafe__withoutCapture,
  type Editor,
  type TLPageId,
  type TLShape,
  type TLShapeId,
  type TLShapePartial,
} from 'tldraw'
import { isJourneyCard, type JourneyCardShape } from '../cards/cardShape.ts'
import { registerCellLayout, settleGrids } from './cellLayoutSideEffects.ts'
import { fitLanesToCards } from './gridActions.ts'
import { isJourneyGrid, isMovableCard, listCardsOnGrid } from './gridCards.ts'
import type { JourneyGridShape } from './gridProps.ts'

type ChangeSource = 'user' | 'remote'

// Undo/redo re-applies recorded changes with source 'user'; the cards' own changes are in that record already, so
// reacting to them again would move cards twice. tldraw 5.4.2 (pinned) has this on the editor without exporting its
// type.
function isReplayingHistory(editor: Editor): boolean {
  return (editor as Editor & { isReplayingHistory?: () => boolean }).isReplayingHistory?.() ?? false
}

function isTranslating(editor: Editor): boolean {
  return editor.isIn('select.translating')
}

/** The grids directly on a page (grids are never nested). */
function listPageGrids(editor: Editor, pageId: TLPageId): JourneyGridShape[] {
  return editor
    .getSortedChildIdsForParent(pageId)
    .map((id) => editor.getShape(id))
    .filter(isJourneyGrid)
}

/**
 * Keeps the journey in shape while people work, for local changes only (peers apply their own; remote changes
 * arrive with source 'remote' and are left alone):
 * - a new grid goes to the back of its page, behind the cards;
 * - a grid that moves carries the cards over it, in the same history step (cards stay children of the page);
 * - the cards of every cell are laid out and their lanes grow to hold them (see cellLayoutSideEffects.ts) — but not
 *   while a card is being dragged (the lane would run away from it), only when the drag ends.
 * Returns a function that unregisters everything.
 */
export function registerJourneyGridSideEffects(editor: Editor): () => void {
  // Cards carried by each grid during one drag: fixed when the drag starts so a grid dragged over a free card does
  // not pick it up on the way.
  const carriedDuringDrag = new Map<TLShapeId, TLShapeId[]>()
  let isAdjusting = false

  function adjust(fn: () => void) {
    if (isAdjusting) return
    isAdjusting = true
    try {
      fn()
    } finally {
      isAdjusting = false
    }
  }

  function listCarriedCards(prev: JourneyGridShape): TLShapeId[] {
    const cached = carriedDuringDrag.get(prev.id)
    if (cached) return cached
    const selected = new Set(editor.getSelectedShapeIds())
    // Alt-dragging clones the grid: the clone starts where the original is and must leave its cards there.
    const ids = editor.inputs.getAltKey()
      ? []
      : listCardsOnGrid(editor, prev)
          .map(({ card }) => card)
          .filter((card) => isMovableCard(card) && !selected.has(card.id))
          .map((card) => card.id)
    if (isTranslating(editor)) carriedDuringDrag.set(prev.id, ids)
    return ids
  }

  function carryCards(prev: JourneyGridShape, next: JourneyGridShape) {
    const dx = next.x - prev.x
    const dy = next.y - prev.y
    const moves: TLShapePartial<JourneyCardShape>[] = []
    for (const id of listCarriedCards(prev)) {
      const card = editor.getShape(id)
      if (isJourneyCard(card)) moves.push({ id, type: card.type, x: card.x + dx, y: card.y + dy })
    }
    if (moves.length > 0) editor.updateShapes(moves)
  }

  function handleShapeChange(prev: TLShape, next: TLShape, source: ChangeSource) {
    if (source !== 'user' || isReplayingHistory(editor)) return
    if (isJourneyGrid(prev) && isJourneyGrid(next) && (prev.x !== next.x || prev.y !== next.y)) {
      if (isPageId(next.parentId)) adjust(() => carryCards(prev, next))
    }
  }

  function handleShapeCreate(shape: TLShape, source: ChangeSource) {
    if (source !== 'user' || isReplayingHistory(editor)) return
    // A grid is a backdrop: a new one (inserted from a template, pasted, duplicated) goes behind the cards.
    if (isJourneyGrid(shape)) editor.sendToBack([shape.id])
  }

  const stopChange = editor.sideEffects.registerAfterChangeHandler('shape', handleShapeChange)
  const stopCreate = editor.sideEffects.registerAfterCreateHandler('shape', handleShapeCreate)

  let wasTranslating = false
  const stopWatchingDrags = react('cx-grid: fit lanes when a drag ends', () => {
    const isNowTranslating = isTranslating(editor)
    if (wasTranslating && !isNowTranslating) {
      carriedDuringDrag.clear()
      // Only the drag state is a dependency; the shapes read while fitting are not.
      unsafe__withoutCapture(() => {
        if (editor.getIsReadonly()) return
        const grids = listPageGrids(editor, editor.getCurrentPageId()).map((grid) => grid.id)
        adjust(() => settleGrids(editor, grids))
        // Cards placed by hand that stick out below their lane, and free cards over a grid, still fit.
        for (const id of grids) adjust(() => fitLanesToCards(editor, id))
      })
    }
    wasTranslating = isNowTranslating
  })

  const stopCellLayout = registerCellLayout(editor)

  return () => {
    stopCellLayout()
    stopChange()
    stopCreate()
    stopWatchingDrags()
  }
}
