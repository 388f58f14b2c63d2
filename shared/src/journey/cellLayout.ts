/*
 * Where the cards of one journey-grid cell sit. Pure and deterministic: the result depends on the set of cards, never
 * on the order they are given in, so every client that sees the same cards computes the same positions and writes the
 * same values (see docs/decisions.md, "Cells lay out their cards").
 */

/** Space kept between a laid-out card and its cell's border, in page units. */
export const CELL_LAYOUT_PADDING = 12
/** Space kept between two laid-out cards, in page units. */
export const CELL_LAYOUT_GAP = 8

/** A rectangle in page units. */
export interface LayoutRect {
  x: number
  y: number
  w: number
  h: number
}

/** A card of a cell, as the layout sees it. */
export interface CellLayoutCard {
  id: string
  w: number
  h: number
  /** Stable order key (the card's fractional index); ties are broken by id. */
  order: string
  /** Where a person placed the card by hand; the card stays there while that spot is inside the cell and free. */
  pinned?: { x: number; y: number } | null
}

/** Where one card goes. */
export interface CellLayoutPlacement {
  id: string
  x: number
  y: number
  /** Whether it stays where it was placed by hand (false for a pinned card that had to be moved). */
  isPinned: boolean
}

/** The layout of one cell. */
export interface CellLayout {
  /** One placement per card, in layout order. */
  placements: CellLayoutPlacement[]
  /** The height the cell's lane needs to hold every card, with padding below the lowest. */
  height: number
}

/** Compares two cards by order key, then id: the one order every client agrees on. */
export function compareLayoutOrder(a: CellLayoutCard, b: CellLayoutCard): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * Lays out the cards of a cell: cards placed by hand keep their spot when it lies inside the cell and overlaps no
 * earlier such card; every other card takes, in order, the highest then leftmost free spot (a left-to-right,
 * top-to-bottom flow that wraps at the cell's right edge and grows downwards). No two cards overlap. `fixed` are
 * rectangles that stay put whatever happens (locked cards, cards laid out before): cards go around them.
 */
export function layoutCell(
  cell: LayoutRect,
  cards: readonly CellLayoutCard[],
  fixed: readonly LayoutRect[] = [],
): CellLayout {
  const sorted = [...cards].sort(compareLayoutOrder)
  const placed: LayoutRect[] = [...fixed]
  const byId = new Map<string, CellLayoutPlacement>()
  for (const card of sorted) {
    const pin = card.pinned
    if (!pin) continue
    const rect = { x: pin.x, y: pin.y, w: card.w, h: card.h }
    if (!isInsideCell(rect, cell) || placed.some((other) => overlaps(other, rect, 0))) continue
    placed.push(rect)
    byId.set(card.id, { id: card.id, x: pin.x, y: pin.y, isPinned: true })
  }
  for (const card of sorted) {
    if (byId.has(card.id)) continue
    const spot = findFreeSpot(cell, card, placed)
    placed.push({ ...spot, w: card.w, h: card.h })
    byId.set(card.id, { id: card.id, ...spot, isPinned: false })
  }
  const bottom = Math.max(cell.y, ...placed.map((rect) => rect.y + rect.h))
  const placements = sorted.map((card) => byId.get(card.id)).filter((p): p is CellLayoutPlacement => !!p)
  return { placements, height: Math.ceil(bottom - cell.y + CELL_LAYOUT_PADDING) }
}

/** Whether two rectangles come closer than `gap` to each other. */
export function overlaps(a: LayoutRect, b: LayoutRect, gap: number): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
}

// A card placed by hand may touch the border but not cross the sides or the top (a card wider than the cell, only at
// its left edge, where the flow puts it); below, the lane grows.
function isInsideCell(rect: LayoutRect, cell: LayoutRect): boolean {
  const isWithinSides = rect.x + rect.w <= cell.x + cell.w || rect.x <= cell.x + CELL_LAYOUT_PADDING
  return rect.x >= cell.x && rect.y >= cell.y && isWithinSides
}

/**
 * The first free spot in reading order among the corners next to placed cards: the cell's top-left, right of a card,
 * below a card. A spot right of the cell's last column is taken only by a card wider than the cell, at the left.
 */
function findFreeSpot(cell: LayoutRect, card: { w: number; h: number }, placed: readonly LayoutRect[]) {
  const left = cell.x + CELL_LAYOUT_PADDING
  const top = cell.y + CELL_LAYOUT_PADDING
  const right = cell.x + cell.w - CELL_LAYOUT_PADDING
  const candidates = [{ x: left, y: top }]
  for (const rect of placed) {
    const below = rect.y + rect.h + CELL_LAYOUT_GAP
    candidates.push({ x: rect.x + rect.w + CELL_LAYOUT_GAP, y: rect.y }, { x: left, y: below }, { x: rect.x, y: below })
  }
  const fits = (p: { x: number; y: number }) => {
    if (p.y < top || p.x < left || (p.x + card.w > right && p.x !== left)) return false
    const rect = { x: p.x, y: p.y, w: card.w, h: card.h }
    return !placed.some((other) => overlaps(other, rect, CELL_LAYOUT_GAP))
  }
  candidates.sort((a, b) => a.y - b.y || a.x - b.x)
  const spot = candidates.find(fits)
  if (spot) return spot
  // Unreachable in practice (below every card is free), but the layout must always place a card.
  return { x: left, y: Math.max(top, ...placed.map((rect) => rect.y + rect.h + CELL_LAYOUT_GAP)) }
}
