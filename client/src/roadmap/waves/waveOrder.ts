/** An initiative's place in its wave: the fields moving it needs. */
export interface OrderedItem {
  id: string
  order: number
}

/** A new `order` for one initiative. */
export interface OrderUpdate {
  id: string
  order: number
}

/**
 * An order between two neighbours (either may be missing: first or last place, or an empty wave); null when there is
 * no number strictly between them (equal neighbours, or floating point exhausted by many midpoints).
 */
export function orderBetween(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined && after === undefined) return 0
  const order =
    before === undefined ? Math.floor(after! - 1) : after === undefined ? Math.floor(before + 1) : (before + after) / 2
  const isAfterBefore = before === undefined || order > before
  const isBeforeAfter = after === undefined || order < after
  return isAfterBefore && isBeforeAfter ? order : null
}

/**
 * The order writes that put `movedId` at slot `index` of a wave's column (`column` in display order; it holds the moved
 * initiative when it already is in this wave, and `index` counts slots of that column as shown, 0 = before the first).
 * Usually one write, the midpoint of the new neighbours; when they leave no room, the column is renumbered 0…n−1 and
 * only the orders that change are written. Null when the initiative would stay where it is.
 */
export function planMove(column: readonly OrderedItem[], movedId: string, index: number): OrderUpdate[] | null {
  const from = column.findIndex((item) => item.id === movedId)
  const rest = column.filter((item) => item.id !== movedId)
  const slot = Math.max(0, Math.min(rest.length, from !== -1 && index > from ? index - 1 : index))
  if (from !== -1 && slot === from) return null
  const order = orderBetween(rest[slot - 1]?.order, rest[slot]?.order)
  if (order !== null) return [{ id: movedId, order }]
  const ids = [...rest.slice(0, slot).map((item) => item.id), movedId, ...rest.slice(slot).map((item) => item.id)]
  const current = new Map(column.map((item) => [item.id, item.order]))
  return ids.flatMap((id, position) =>
    id !== movedId && current.get(id) === position ? [] : [{ id, order: position }],
  )
}

/** The slot a pointer at `pointerY` drops into, given the vertical middles of the column's cards (top to bottom). */
export function dropIndexAt(pointerY: number, cardMiddles: readonly number[]): number {
  const below = cardMiddles.findIndex((middle) => pointerY < middle)
  return below === -1 ? cardMiddles.length : below
}
