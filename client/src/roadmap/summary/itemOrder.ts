/** The sort keys to write to move an item one place up (-1) or down (+1) in a list sorted by order; [] at an end. */
export function planItemMove(
  items: readonly { id: string; order: number }[],
  id: string,
  direction: -1 | 1,
): { id: string; order: number }[] {
  const index = items.findIndex((item) => item.id === id)
  const neighbour = items[index + direction]
  const item = items[index]
  if (!item || !neighbour) return []
  if (item.order !== neighbour.order) {
    return [
      { id: item.id, order: neighbour.order },
      { id: neighbour.id, order: item.order },
    ]
  }
  // Equal keys (two items added at once by two people) cannot be swapped: number the whole list afresh.
  const moved = [...items]
  moved[index] = neighbour
  moved[index + direction] = item
  return moved.flatMap((entry, order) => (entry.order === order ? [] : [{ id: entry.id, order }]))
}
