import {
  getLaneOffsets,
  getStageOffsets,
  layoutCell,
  privateBrainstormOf,
  type CellLayoutCard,
  type LayoutRect,
} from '@cxmap/shared'
import type { Editor, JsonObject, TLShapeId, TLShapePartial } from 'tldraw'
import type { JourneyCardShape } from '../cards/cardShape.ts'
import { growLanes } from './gridActions.ts'
import { getGrid, isMovableCard, listCardsOnGrid } from './gridCards.ts'
import type { JourneyGridShape } from './gridProps.ts'

/** Card meta key: the card was placed by hand at its spot in a cell (the layout keeps it there while it is free). */
export const PINNED_META_KEY = 'cxPinned'
/** Card meta key: someone is dragging the card right now (every client leaves it out of the cell layout). */
export const DRAGGING_META_KEY = 'cxDragging'

/** Whether a card was placed by hand at its spot. */
export function isPinnedCard(card: JourneyCardShape): boolean {
  return card.meta[PINNED_META_KEY] === true
}

/** Whether a card is being dragged by someone. */
export function isDraggedCard(card: JourneyCardShape): boolean {
  return card.meta[DRAGGING_META_KEY] === true
}

/**
 * The card's meta with the pinned mark set or cleared. Cleared is `false`, not a missing key: tldraw merges a shape
 * update's meta into the old one, so a key cannot be removed that way.
 */
export function withPinned(meta: JsonObject, isPinned: boolean): JsonObject {
  return { ...meta, [PINNED_META_KEY]: isPinned }
}

/** One card's target: where the cell layout puts it, in page coordinates. */
export interface CardTarget {
  card: JourneyCardShape
  x: number
  y: number
  isPinned: boolean
  gridId: TLShapeId
  stageIndex: number
  laneIndex: number
}

/** The layout of one grid: where every card of its cells goes and how tall each lane must be. */
export interface GridLayoutPlan {
  targets: CardTarget[]
  laneHeights: number[]
}

interface CellGroup {
  stageIndex: number
  laneIndex: number
  cards: JourneyCardShape[]
}

// Cards in the air (dragged) are in no cell; cards in groups or frames are not ours to move.
function groupCardsByCell(editor: Editor, grid: JourneyGridShape): CellGroup[] {
  const cells = new Map<string, CellGroup>()
  for (const { card, stageIndex, laneIndex } of listCardsOnGrid(editor, grid)) {
    if (stageIndex < 0 || laneIndex < 0 || !isMovableCard(card) || isDraggedCard(card)) continue
    const key = `${stageIndex}:${laneIndex}`
    const group = cells.get(key) ?? { stageIndex, laneIndex, cards: [] }
    group.cards.push(card)
    cells.set(key, group)
  }
  return [...cells.values()]
}

function toLayoutCard(card: JourneyCardShape, origin: { x: number; y: number }, isPinned: boolean): CellLayoutCard {
  const pinned = isPinned ? { x: card.x - origin.x, y: card.y - origin.y } : null
  return { id: card.id, w: card.props.w, h: card.props.h, order: card.index, pinned }
}

/**
 * Lays out one cell in cell space (its top-left is 0,0, so the result does not depend on where the lane is): the
 * public cards first, exactly as every peer computes them; then this person's private brainstorm cards in the space
 * left, so the private ones never move a public card. Locked cards stay where they are.
 */
function layoutGroup(editor: Editor, group: CellGroup, cell: LayoutRect, origin: { x: number; y: number }) {
  const locked = group.cards.filter((card) => editor.isShapeOrAncestorLocked(card))
  const fixed = locked.map((card) => ({ x: card.x - origin.x, y: card.y - origin.y, w: card.props.w, h: card.props.h }))
  const free = group.cards.filter((card) => !locked.includes(card))
  const isPrivate = (card: JourneyCardShape) => privateBrainstormOf(card) !== null
  const publicLayout = layoutCell(
    cell,
    free.filter((card) => !isPrivate(card)).map((card) => toLayoutCard(card, origin, isPinnedCard(card))),
    fixed,
  )
  const sizes = new Map(group.cards.map((card) => [card.id as string, card.props]))
  const taken = [
    ...fixed,
    ...publicLayout.placements.map((p) => ({ x: p.x, y: p.y, w: sizes.get(p.id)?.w ?? 0, h: sizes.get(p.id)?.h ?? 0 })),
  ]
  const privateCards = free.filter(isPrivate).map((card) => toLayoutCard(card, origin, isPinnedCard(card)))
  const privateLayout = privateCards.length > 0 ? layoutCell(cell, privateCards, taken) : null
  return {
    placements: [...publicLayout.placements, ...(privateLayout?.placements ?? [])],
    height: Math.max(publicLayout.height, privateLayout?.height ?? 0),
  }
}

/** Computes where every card of a grid's cells goes (page coordinates, after the lanes have grown) and the lane heights. */
export function planGridLayout(editor: Editor, grid: JourneyGridShape): GridLayoutPlan {
  const { props } = grid
  const laneHeights = props.lanes.map((lane) => lane.h)
  const local: { card: JourneyCardShape; x: number; y: number; isPinned: boolean; group: CellGroup }[] = []
  const stageX = getStageOffsets(props)
  const laneY = getLaneOffsets(props)
  for (const group of groupCardsByCell(editor, grid)) {
    const stage = props.stages[group.stageIndex]
    const lane = props.lanes[group.laneIndex]
    if (!stage || !lane) continue
    const origin = { x: grid.x + (stageX[group.stageIndex] ?? 0), y: grid.y + (laneY[group.laneIndex] ?? 0) }
    const layout = layoutGroup(editor, group, { x: 0, y: 0, w: stage.w, h: lane.h }, origin)
    laneHeights[group.laneIndex] = Math.max(laneHeights[group.laneIndex] ?? 0, layout.height)
    const byId = new Map(group.cards.map((card) => [card.id as string, card]))
    for (const p of layout.placements) {
      const card = byId.get(p.id)
      if (card) local.push({ card, x: p.x, y: p.y, isPinned: p.isPinned, group })
    }
  }
  const grown = getLaneOffsets({ ...props, lanes: props.lanes.map((lane, i) => ({ ...lane, h: laneHeights[i] ?? 0 })) })
  const targets = local.map(({ card, x, y, isPinned, group }) => ({
    card,
    x: grid.x + (stageX[group.stageIndex] ?? 0) + x,
    y: grid.y + (grown[group.laneIndex] ?? 0) + y,
    isPinned,
    gridId: grid.id,
    stageIndex: group.stageIndex,
    laneIndex: group.laneIndex,
  }))
  return { targets, laneHeights }
}

const EPSILON = 0.01

/**
 * Brings a grid to its layout: grows the lanes that must grow (moving the lanes below), then moves every card that is
 * not where the layout puts it, except those `canMove` refuses (being dragged or edited here or by a peer); their
 * target still counts, so every client computes the same positions for the others. Writes only what differs, so a
 * settled grid costs nothing and two clients settling the same grid write the same values. Returns how many shapes
 * it changed.
 */
export function settleGrid(editor: Editor, gridId: TLShapeId, canMove: (card: JourneyCardShape) => boolean): number {
  const grid = getGrid(editor, gridId)
  if (!grid) return 0
  const plan = planGridLayout(editor, grid)
  let changed = growLanes(editor, gridId, plan.laneHeights) ? 1 : 0
  const updates: TLShapePartial<JourneyCardShape>[] = []
  for (const target of plan.targets) {
    const card = editor.getShape<JourneyCardShape>(target.card.id)
    if (!card || !canMove(card)) continue
    const isMoved = Math.abs(card.x - target.x) > EPSILON || Math.abs(card.y - target.y) > EPSILON
    const isPinChanged = isPinnedCard(card) !== target.isPinned
    if (!isMoved && !isPinChanged) continue
    const update: TLShapePartial<JourneyCardShape> = { id: card.id, type: card.type, x: target.x, y: target.y }
    if (isPinChanged) update.meta = withPinned(card.meta, target.isPinned)
    updates.push(update)
  }
  if (updates.length > 0) editor.updateShapes(updates)
  changed += updates.length
  return changed
}
