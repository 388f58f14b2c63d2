import { JOURNEY_GRID_TYPE, type JourneyGridProps } from '@cxmap/shared'
import { isPageId, type Editor, type TLShapeId } from 'tldraw'
import { fitLanesToCards } from '../grid/gridActions'
import { isJourneyCard, type JourneyCardShape } from './cardShape'
import { findCellAt, getCellRect, placeInCell, type PlacedGrid, type Rect } from './snapping'

type Point = { x: number; y: number }

/** The grids of the current page, topmost first, in page coordinates. */
export function getPlacedGrids(editor: Editor): PlacedGrid[] {
  const grids: PlacedGrid[] = []
  for (const shape of editor.getCurrentPageShapesSorted()) {
    if (shape.type !== JOURNEY_GRID_TYPE) continue
    const point = editor.getShapePageTransform(shape.id).point()
    grids.push({ id: shape.id, x: point.x, y: point.y, props: shape.props as JourneyGridProps })
  }
  return grids.reverse()
}

/** The page rectangles of the current page's cards, but those in `except`. */
function getCardRects(editor: Editor, except: ReadonlySet<TLShapeId>): Rect[] {
  const rects: Rect[] = []
  for (const shape of editor.getCurrentPageShapes()) {
    if (!isJourneyCard(shape) || except.has(shape.id)) continue
    const point = editor.getShapePageTransform(shape.id).point()
    rects.push({ x: point.x, y: point.y, w: shape.props.w, h: shape.props.h })
  }
  return rects
}

/** A card to place: its page rectangle, and the page point whose cell it goes into (its centre by default). */
export interface CardToPlace extends Rect {
  id: TLShapeId
  anchor?: Point
}

/**
 * Places a card in the grid cell under its anchor (see `placeInCell`), calling `moveTo` with each position it takes;
 * a card outside every cell is left alone (a free sticky). When the cell is full the card goes below its lowest card
 * and the lane grows to hold it: the grid keeps each card in the lane of its centre, so the card first sits with its
 * centre just inside the lane, the lane grows to fit it, and then it moves down — a step or two.
 * `pending` are cards placed after this one (ignored as obstacles). Returns whether the card is in a cell.
 */
export function placeCardInCell(
  editor: Editor,
  card: CardToPlace,
  pending: ReadonlySet<TLShapeId>,
  moveTo: (position: Point) => void,
): boolean {
  const anchor = card.anchor ?? { x: card.x + card.w / 2, y: card.y + card.h / 2 }
  const cell = findCellAt(getPlacedGrids(editor), anchor)
  if (!cell) return false
  const others = getCardRects(editor, new Set([...pending, card.id]))
  const target = placeInCell(card, cell.rect, others)
  if (!target.isStacked) {
    if (target.x !== card.x || target.y !== card.y) moveTo({ x: target.x, y: target.y })
    return true
  }
  for (let step = 0; step < 4; step++) {
    const grid = getPlacedGrids(editor).find((placed) => placed.id === cell.gridId)
    const rect = grid && getCellRect(grid, cell.stageId, cell.laneId)
    if (!rect) break
    const lastInLane = rect.y + rect.h - 1 - card.h / 2
    moveTo({ x: target.x, y: Math.min(target.y, lastInLane) })
    fitLanesToCards(editor, cell.gridId as TLShapeId)
    if (target.y <= lastInLane) break
  }
  return true
}

/** Places cards one after another (top to bottom), each seeing those placed before it; cards not on the page stay. */
export function snapCardsIntoCells(editor: Editor, cards: readonly JourneyCardShape[]): void {
  const movable = cards.filter((card) => isPageId(card.parentId)).sort((a, b) => a.y - b.y || a.x - b.x)
  const pending = new Set(movable.map((card) => card.id))
  for (const card of movable) {
    pending.delete(card.id)
    const current = editor.getShape(card.id)
    if (!isJourneyCard(current)) continue
    const rect = { id: current.id, x: current.x, y: current.y, w: current.props.w, h: current.props.h }
    placeCardInCell(editor, rect, pending, ({ x, y }) =>
      editor.updateShape({ id: current.id, type: current.type, x, y }),
    )
  }
}

// A drag of several cards ends with one `onTranslateEnd` per card, in one synchronous loop: the first call places
// them all (in order, so they do not land on each other), the others find their card done.
const doneInThisDrop = new WeakMap<Editor, Set<TLShapeId>>()

/** At the end of a local drag: snaps every dragged card into its cell, once. */
export function snapDroppedCards(editor: Editor, card: JourneyCardShape): void {
  if (doneInThisDrop.get(editor)?.has(card.id)) return
  const dragged = editor
    .getSelectedShapeIds()
    .map((id) => editor.getShape(id))
    .filter((shape) => isJourneyCard(shape))
  if (!dragged.some((shape) => shape.id === card.id)) dragged.push(card)
  doneInThisDrop.set(editor, new Set(dragged.map((shape) => shape.id)))
  queueMicrotask(() => doneInThisDrop.delete(editor))
  snapCardsIntoCells(editor, dragged)
}
