import { CELL_LAYOUT_GAP, CELL_LAYOUT_PADDING, JOURNEY_GRID_TYPE, overlaps, type JourneyGridProps } from '@cxmap/shared'
import { getIndexBetween, isPageId, type Editor, type IndexKey, type JsonObject, type TLShapeId } from 'tldraw'
import { DRAGGING_META_KEY, isDraggedCard, withPinned } from '../grid/cellLayoutKeeper'
import { settleGrids } from '../grid/cellLayoutSideEffects'
import { isJourneyCard, type JourneyCardShape } from './cardShape'
import { findCellAt, type PlacedGrid, type Rect } from './snapping'

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

/** The page's journey cards that sit on the page (not in groups or frames), but those in `except`. */
function listOtherCards(editor: Editor, except: ReadonlySet<TLShapeId>): JourneyCardShape[] {
  return editor
    .getCurrentPageShapes()
    .filter((shape): shape is JourneyCardShape => isJourneyCard(shape) && !except.has(shape.id))
    .filter((card) => isPageId(card.parentId) && !isDraggedCard(card))
}

function rectOf(card: JourneyCardShape): Rect {
  return { x: card.x, y: card.y, w: card.props.w, h: card.props.h }
}

// `false` rather than a missing key: tldraw merges an update's meta into the shape's (see `withPinned`).
function withoutDragMark(meta: JsonObject): JsonObject {
  return { ...meta, [DRAGGING_META_KEY]: false }
}

/** Where a card dropped across a cell's border goes: pulled inside the cell's sides and top (below, the lane grows). */
function pullInside(card: Rect, cell: Rect): { x: number; y: number } {
  const minX = cell.x + CELL_LAYOUT_PADDING
  const maxX = Math.max(minX, cell.x + cell.w - CELL_LAYOUT_PADDING - card.w)
  return { x: Math.min(Math.max(card.x, minX), maxX), y: Math.max(card.y, cell.y + CELL_LAYOUT_PADDING) }
}

/**
 * An order key that puts the dropped card just before `target` among the cell's cards, or just after it when the
 * card's centre is below the target's (a drop on a card inserts it there). Null when no key fits between (equal keys
 * written by two peers at once).
 */
function indexNextTo(card: Rect, target: JourneyCardShape, cellCards: readonly JourneyCardShape[]): IndexKey | null {
  const isAfter = card.y + card.h / 2 > target.y + target.props.h / 2
  const keys = cellCards.map((other) => other.index)
  const below = isAfter ? target.index : maxOf(keys.filter((key) => key < target.index))
  const above = isAfter ? minOf(keys.filter((key) => key > target.index)) : target.index
  try {
    return getIndexBetween(below, above)
  } catch {
    return null
  }
}

function maxOf(keys: readonly IndexKey[]): IndexKey | null {
  return keys.reduce<IndexKey | null>((max, key) => (max === null || key > max ? key : max), null)
}

function minOf(keys: readonly IndexKey[]): IndexKey | null {
  return keys.reduce<IndexKey | null>((min, key) => (min === null || key < min ? key : min), null)
}

/**
 * Drops cards placed by hand (top to bottom, each seeing those dropped before it): a card whose spot in a cell is
 * free (pulled inside the cell's sides) stays there, pinned; a card dropped onto another joins the cell's flow next
 * to that card (before it, or after it when dropped on its lower half); a card outside every cell is a free sticky. Then the grids involved are laid out.
 */
export function dropCards(editor: Editor, cards: readonly JourneyCardShape[]): void {
  const movable = cards.filter((card) => isPageId(card.parentId)).sort((a, b) => a.y - b.y || a.x - b.x)
  const pending = new Set<TLShapeId>(movable.map((card) => card.id))
  const gridIds = new Set<TLShapeId>()
  for (const dropped of movable) {
    pending.delete(dropped.id)
    const card = editor.getShape<JourneyCardShape>(dropped.id)
    if (!card) continue
    const meta = withoutDragMark(card.meta)
    const rect = rectOf(card)
    const cell = findCellAt(getPlacedGrids(editor), { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 })
    if (!cell) {
      editor.updateShape({ id: card.id, type: card.type, meta: withPinned(meta, false) })
      continue
    }
    gridIds.add(cell.gridId as TLShapeId)
    const spot = { ...rect, ...pullInside(rect, cell.rect) }
    const inCell = listOtherCards(editor, new Set([...pending, card.id])).filter((other) =>
      overlaps(rectOf(other), cell.rect, 0),
    )
    const hit = inCell.find((other) => overlaps(rectOf(other), spot, CELL_LAYOUT_GAP))
    if (!hit) {
      editor.updateShape({ id: card.id, type: card.type, x: spot.x, y: spot.y, meta: withPinned(meta, true) })
      continue
    }
    const index = indexNextTo(rect, hit, inCell)
    editor.updateShape({ id: card.id, type: card.type, meta: withPinned(meta, false), ...(index ? { index } : {}) })
  }
  settleGrids(editor, gridIds)
}

// A drag of several cards ends with one `onTranslateEnd` per card, in one synchronous loop: the first call drops
// them all (in order, so they do not land on each other), the others find their card done.
const doneInThisDrop = new WeakMap<Editor, Set<TLShapeId>>()

/** At the end of a local drag: drops every dragged card (see `dropCards`), once. */
export function snapDroppedCards(editor: Editor, card: JourneyCardShape): void {
  if (doneInThisDrop.get(editor)?.has(card.id)) return
  const dragged = editor
    .getSelectedShapeIds()
    .map((id) => editor.getShape(id))
    .filter((shape) => isJourneyCard(shape))
  if (!dragged.some((shape) => shape.id === card.id)) dragged.push(card)
  doneInThisDrop.set(editor, new Set(dragged.map((shape) => shape.id)))
  queueMicrotask(() => doneInThisDrop.delete(editor))
  dropCards(editor, dragged)
}
