import { describe, expect, it } from 'vitest'
import { planItemMove } from './itemOrder'

const items = [
  { id: 'a', order: 0 },
  { id: 'b', order: 1 },
  { id: 'c', order: 5 },
]

function apply(list: typeof items, writes: { id: string; order: number }[]) {
  const next = list.map((item) => ({
    ...item,
    order: writes.find((write) => write.id === item.id)?.order ?? item.order,
  }))
  return next.sort((x, y) => x.order - y.order || x.id.localeCompare(y.id)).map((item) => item.id)
}

describe('planItemMove', () => {
  it('swaps the sort keys with the neighbour', () => {
    expect(planItemMove(items, 'b', 1)).toEqual([
      { id: 'b', order: 5 },
      { id: 'c', order: 1 },
    ])
    expect(apply(items, planItemMove(items, 'b', 1))).toEqual(['a', 'c', 'b'])
    expect(apply(items, planItemMove(items, 'b', -1))).toEqual(['b', 'a', 'c'])
  })

  it('writes nothing at the ends of the list or for an unknown item', () => {
    expect(planItemMove(items, 'a', -1)).toEqual([])
    expect(planItemMove(items, 'c', 1)).toEqual([])
    expect(planItemMove(items, 'x', 1)).toEqual([])
  })

  it('renumbers the list when the two items share a sort key', () => {
    const tied = [
      { id: 'a', order: 0 },
      { id: 'b', order: 1 },
      { id: 'c', order: 1 },
      { id: 'd', order: 2 },
    ]
    const writes = planItemMove(tied, 'c', -1)
    expect(writes).toEqual([
      { id: 'b', order: 2 },
      { id: 'd', order: 3 },
    ])
    expect(apply(tied, writes)).toEqual(['a', 'c', 'b', 'd'])
  })
})
