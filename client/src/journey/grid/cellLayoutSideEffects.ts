import type { Editor, TLPageId, TLShape, TLShapeId } from 'tldraw'
import { isJourneyCard, type JourneyCardShape } from '../cards/cardShape.ts'
import { DRAGGING_META_KEY, isDraggedCard, settleGrid } from './cellLayoutKeeper.ts'
import { isJourneyGrid, isPointOnGrid } from './gridCards.ts'
import type { JourneyGridShape } from './gridProps.ts'

type ChangeSource = 'user' | 'remote'

// See gridSideEffects.ts: undo/redo replays recorded changes, layout included.
function isReplayingHistory(editor: Editor): boolean {
  return (editor as Editor & { isReplayingHistory?: () => boolean }).isReplayingHistory?.() ?? false
}

function isTranslating(editor: Editor): boolean {
  return editor.isIn('select.translating')
}

/**
 * Whether this client may move a card to its layout spot now: not while it is being dragged (by anyone) or edited
 * here, nor while a peer has it selected (they may be dragging or typing in it; their own client moves it).
 */
export function createCanMove(editor: Editor): (card: JourneyCardShape) => boolean {
  const editingId = editor.getEditingShapeId()
  const heldByPeers = new Set<string>(editor.getCollaborators().flatMap((peer) => peer.selectedShapeIds))
  return (card) => card.id !== editingId && !heldByPeers.has(card.id) && !isDraggedCard(card)
}

/** Settles every given grid (see `settleGrid`); returns how many shapes changed. */
export function settleGrids(editor: Editor, gridIds: Iterable<TLShapeId>): number {
  if (editor.getIsReadonly()) return 0
  let changed = 0
  for (const id of gridIds) changed += settleGrid(editor, id, createCanMove(editor))
  return changed
}

/** Ids of the grids on the page whose area holds the centre of the card record. */
function findGridsUnder(editor: Editor, card: JourneyCardShape): TLShapeId[] {
  const pageId = editor.getAncestorPageId(card) ?? (card.parentId as TLPageId)
  const cx = card.x + card.props.w / 2
  const cy = card.y + card.props.h / 2
  return editor
    .getSortedChildIdsForParent(pageId)
    .map((id) => editor.getShape(id))
    .filter((shape): shape is JourneyGridShape => isJourneyGrid(shape) && isPointOnGrid(shape, cx, cy))
    .map((grid) => grid.id)
}

/**
 * Keeps every grid's cells laid out (see `layoutCell` in shared): after a local change, in the same undo step; after
 * a remote one, on the next microtask, outside the undo history (it is not this person's edit). While this person
 * drags, the cards they drag carry a mark every peer sees (they are in the air, in no cell) and nothing is laid out
 * here until the drop. Returns a function that unregisters everything.
 */
export function registerCellLayout(editor: Editor): () => void {
  const dirtyLocal = new Set<TLShapeId>()
  const dirtyRemote = new Set<TLShapeId>()
  let isRemotePassQueued = false

  function markDirty(shape: TLShape, source: ChangeSource) {
    if (isReplayingHistory(editor)) return
    const target = source === 'user' ? dirtyLocal : dirtyRemote
    if (isJourneyGrid(shape)) target.add(shape.id)
    else if (isJourneyCard(shape)) for (const id of findGridsUnder(editor, shape)) target.add(id)
  }

  function handleChange(prev: TLShape, next: TLShape, source: ChangeSource) {
    if (isJourneyGrid(prev) && isJourneyGrid(next)) {
      // A grid that only moves carries its cards along: its layout stays the same.
      if (prev.props !== next.props) markDirty(next, source)
      return
    }
    if (!isJourneyCard(prev) || !isJourneyCard(next)) return
    const isLayoutChange =
      prev.x !== next.x ||
      prev.y !== next.y ||
      prev.props.w !== next.props.w ||
      prev.props.h !== next.props.h ||
      prev.index !== next.index ||
      prev.parentId !== next.parentId ||
      JSON.stringify(prev.meta) !== JSON.stringify(next.meta)
    if (!isLayoutChange) return
    markDirty(prev, source)
    markDirty(next, source)
  }

  function runRemotePass() {
    isRemotePassQueued = false
    if (isTranslating(editor) || dirtyRemote.size === 0) return
    const ids = [...dirtyRemote]
    dirtyRemote.clear()
    editor.run(() => settleGrids(editor, ids), { history: 'ignore' })
  }

  function handleOperationComplete(source: ChangeSource) {
    if (dirtyRemote.size > 0 && !isRemotePassQueued) {
      isRemotePassQueued = true
      queueMicrotask(runRemotePass)
    }
    if (source !== 'user' || dirtyLocal.size === 0 || isTranslating(editor)) return
    const ids = [...dirtyLocal]
    dirtyLocal.clear()
    settleGrids(editor, ids)
  }

  // A card this person drags is in the air: marked for every peer, so nobody lays it out until it is dropped.
  function markDragged(prev: TLShape, next: TLShape, source: ChangeSource): TLShape {
    if (source !== 'user' || !isJourneyCard(next) || isDraggedCard(next) || isReplayingHistory(editor)) return next
    // Only the pointer moves the card while it is held; the drop (on pointer up) and the layout after it do not.
    if (!isTranslating(editor) || !editor.inputs.getIsPointing()) return next
    if (prev.x === next.x && prev.y === next.y) return next
    // The drop itself (still in the translating state) changes the meta: that card has landed.
    if (JSON.stringify(prev.meta) !== JSON.stringify(next.meta)) return next
    if (!editor.getSelectedShapeIds().includes(next.id)) return next
    return { ...next, meta: { ...next.meta, [DRAGGING_META_KEY]: true } }
  }

  const stops = [
    editor.sideEffects.registerBeforeChangeHandler('shape', markDragged),
    editor.sideEffects.registerAfterChangeHandler('shape', handleChange),
    editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => markDirty(shape, source)),
    editor.sideEffects.registerAfterDeleteHandler('shape', (shape, source) => markDirty(shape, source)),
    editor.sideEffects.registerOperationCompleteHandler(handleOperationComplete),
  ]
  return () => stops.forEach((stop) => stop())
}
