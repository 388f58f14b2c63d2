import type { Editor, IndexKey, TLShapeId, TLShapePartial, VecLike } from 'tldraw'
import { isJourneyCard, type JourneyCardShape } from '../cards/cardShape.ts'
import { isPinnedCard, withPinned } from './cellLayoutKeeper.ts'
import { settleGrids } from './cellLayoutSideEffects.ts'
import { getGrid, isJourneyGrid, isMovableCard, isPointOnGrid, listCardsOnGrid } from './gridCards.ts'
import { getGridPartAt } from './gridLayout.ts'
import type { JourneyGridShape } from './gridProps.ts'

/** What Tidy puts back in order: one cell, one lane (every cell of it) or a whole grid. */
export type TidyScope = 'cell' | 'lane' | 'grid'

/** A cell of a grid, by index. */
export interface CellRef {
  gridId: TLShapeId
  stageIndex: number
  laneIndex: number
}

/** The topmost grid under a page point, and the cell there (null outside the cells). */
export function findCellRefAt(editor: Editor, point: VecLike): CellRef | null {
  const grid = editor
    .getCurrentPageShapesSorted()
    .filter(isJourneyGrid)
    .reverse()
    .find((shape) => isPointOnGrid(shape, point.x, point.y))
  if (!grid) return null
  const part = getGridPartAt(grid.props, point.x - grid.x, point.y - grid.y)
  if (part?.type !== 'cell' || part.stageIndex < 0 || part.laneIndex < 0) return null
  return { gridId: grid.id, stageIndex: part.stageIndex, laneIndex: part.laneIndex }
}

/**
 * The cells an action is about: those of the selected cards (the whole grid when a grid is selected), else the cell
 * under the pointer.
 */
export function findTargetCells(editor: Editor): CellRef[] {
  const cells = new Map<string, CellRef>()
  for (const shape of editor.getSelectedShapes()) {
    const bounds = editor.getShapePageBounds(shape)
    const cell = isJourneyCard(shape) && bounds ? findCellRefAt(editor, bounds.center) : null
    if (cell) cells.set(`${cell.gridId}:${cell.stageIndex}:${cell.laneIndex}`, cell)
    if (isJourneyGrid(shape)) cells.set(shape.id, { gridId: shape.id, stageIndex: -1, laneIndex: -1 })
  }
  if (cells.size > 0) return [...cells.values()]
  const under = findCellRefAt(editor, editor.inputs.getCurrentPagePoint())
  return under ? [under] : []
}

function isInScope(target: CellRef, scope: TidyScope, stageIndex: number, laneIndex: number): boolean {
  if (scope === 'grid' || target.laneIndex < 0) return true
  if (scope === 'lane') return laneIndex === target.laneIndex
  return laneIndex === target.laneIndex && stageIndex === target.stageIndex
}

/**
 * The cards of a cell in reading order (top to bottom, then left to right) get the cell's order keys in that order,
 * so the layout keeps what people see in the order they put it; and none stays pinned.
 */
function tidyCards(cards: readonly JourneyCardShape[]): TLShapePartial<JourneyCardShape>[] {
  const keys: IndexKey[] = cards.map((card) => card.index).sort()
  const reading = [...cards].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1))
  return reading.flatMap((card, i) => {
    const index = keys[i] ?? card.index
    if (index === card.index && !isPinnedCard(card)) return []
    return [{ id: card.id, type: card.type, index, meta: withPinned(card.meta, false) }]
  })
}

/**
 * Tidy: the cards placed by hand in the target cells (the cell, its lane or its grid) go back into the cells' layout,
 * in the order they were seen, in one undo step. Returns how many cards changed; 0 on a read-only board.
 */
export function tidy(editor: Editor, targets: readonly CellRef[], scope: TidyScope): number {
  if (editor.getIsReadonly() || targets.length === 0) return 0
  const groups = new Map<string, JourneyCardShape[]>()
  const gridIds = new Set<TLShapeId>()
  for (const target of targets) {
    const grid: JourneyGridShape | undefined = getGrid(editor, target.gridId)
    if (!grid) continue
    gridIds.add(grid.id)
    for (const { card, stageIndex, laneIndex } of listCardsOnGrid(editor, grid)) {
      if (stageIndex < 0 || laneIndex < 0 || !isMovableCard(card)) continue
      if (!isInScope(target, scope, stageIndex, laneIndex)) continue
      const key = `${grid.id}:${stageIndex}:${laneIndex}`
      const group = groups.get(key) ?? []
      if (!group.includes(card)) group.push(card)
      groups.set(key, group)
    }
  }
  const updates = [...groups.values()].flatMap(tidyCards)
  if (updates.length === 0) return 0
  editor.markHistoryStoppingPoint(`tidy ${scope}`)
  editor.run(() => {
    editor.updateShapes(updates)
    settleGrids(editor, gridIds)
  })
  return updates.length
}
