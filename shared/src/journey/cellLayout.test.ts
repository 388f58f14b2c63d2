import { describe, expect, it } from 'vitest'
import {
  CELL_LAYOUT_GAP,
  CELL_LAYOUT_PADDING,
  layoutCell,
  overlaps,
  type CellLayout,
  type CellLayoutCard,
  type LayoutRect,
} from './cellLayout.ts'

const CELL: LayoutRect = { x: 100, y: 50, w: 260, h: 160 }
const CELL_AT_ORIGIN: LayoutRect = { x: 0, y: 0, w: 260, h: 160 }
const WIDE_CELL: LayoutRect = { x: 0, y: 0, w: 500, h: 160 }

// mulberry32: seeded, so a failing seed can be replayed.
function makeRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[result[i], result[j]] = [result[j] as T, result[i] as T]
  }
  return result
}

function makeCards(random: () => number, count: number, cell: LayoutRect): CellLayoutCard[] {
  return Array.from({ length: count }, (_, i) => {
    const w = 120 + Math.floor(random() * 4) * 40
    const h = 72 + Math.floor(random() * 4) * 24
    // Concurrent peers can give cards the same order key: the id breaks the tie.
    const order = `a${Math.floor(random() * 5)}`
    const isPinned = random() < 0.3
    const pinned = isPinned
      ? { x: cell.x + Math.floor(random() * cell.w) - 40, y: cell.y + Math.floor(random() * cell.h) - 20 }
      : null
    return { id: `card${i}`, w, h, order, pinned }
  })
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function rectsOf(layout: CellLayout, cards: readonly CellLayoutCard[]): (LayoutRect & { id: string })[] {
  const sizes = new Map(cards.map((card) => [card.id, card]))
  return layout.placements.map((p) => ({
    id: p.id,
    x: p.x,
    y: p.y,
    w: sizes.get(p.id)?.w ?? 0,
    h: sizes.get(p.id)?.h ?? 0,
  }))
}

/** What is wrong with a layout: a card missing, outside its cell or lane, or two cards overlapping. */
function findProblems(layout: CellLayout, cards: readonly CellLayoutCard[], cell: LayoutRect): string[] {
  const rects = rectsOf(layout, cards)
  const problems: string[] = []
  if (rects.length !== cards.length) problems.push(`${rects.length} placements for ${cards.length} cards`)
  rects.forEach((a, i) => {
    const isInside =
      a.x >= cell.x &&
      a.y >= cell.y &&
      (a.w > cell.w || a.x + a.w <= cell.x + cell.w) &&
      a.y + a.h <= cell.y + layout.height
    if (!isInside) problems.push(`${a.id} is outside its cell or lane`)
    for (const b of rects.slice(i + 1)) if (overlaps(a, b, 0)) problems.push(`${a.id} overlaps ${b.id}`)
  })
  return problems
}

function expectValid(layout: CellLayout, cards: readonly CellLayoutCard[], cell: LayoutRect, label = '') {
  expect(findProblems(layout, cards, cell), label).toEqual([])
}

describe('layoutCell', () => {
  it('stacks cards of a narrow cell in order key order, with padding and gaps, and says how tall the lane must be', () => {
    const cards = [
      { id: 'b', w: 200, h: 120, order: 'a2' },
      { id: 'a', w: 200, h: 120, order: 'a1' },
    ]
    const layout = layoutCell(CELL, cards)
    expect(layout.placements).toEqual([
      { id: 'a', x: 112, y: 62, isPinned: false },
      { id: 'b', x: 112, y: 62 + 120 + CELL_LAYOUT_GAP, isPinned: false },
    ])
    expect(layout.height).toBe(CELL_LAYOUT_PADDING * 2 + 240 + CELL_LAYOUT_GAP)
  })

  it('wraps cards into rows when the cell is wide enough', () => {
    const cards = ['a', 'b', 'c'].map((id, i) => ({ id, w: 200, h: 100, order: `a${i}` }))
    const positions = layoutCell(WIDE_CELL, cards).placements.map(({ x, y }) => [x, y])
    expect(positions).toEqual([
      [12, 12],
      [220, 12],
      [12, 120],
    ])
  })

  it('keeps a card placed by hand at a free spot and flows the others around it', () => {
    const cards = [
      { id: 'hand', w: 200, h: 100, order: 'a3', pinned: { x: 20, y: 10 } },
      { id: 'flow', w: 200, h: 100, order: 'a1' },
    ]
    const layout = layoutCell(WIDE_CELL, cards)
    expect(layout.placements).toContainEqual({ id: 'hand', x: 20, y: 10, isPinned: true })
    expectValid(layout, cards, WIDE_CELL)
  })

  it('moves a card placed by hand that overlaps an earlier one or sticks out of the cell', () => {
    const cards = [
      { id: 'first', w: 200, h: 100, order: 'a1', pinned: { x: 20, y: 10 } },
      { id: 'second', w: 200, h: 100, order: 'a2', pinned: { x: 60, y: 30 } },
      { id: 'outside', w: 200, h: 100, order: 'a3', pinned: { x: 400, y: 10 } },
    ]
    const layout = layoutCell(WIDE_CELL, cards)
    expect(layout.placements.filter((p) => p.isPinned).map((p) => p.id)).toEqual(['first'])
    expectValid(layout, cards, WIDE_CELL)
  })

  it('puts a card wider than the cell at its left edge', () => {
    const cards = [{ id: 'wide', w: 400, h: 100, order: 'a1' }]
    expect(layoutCell(CELL, cards).placements[0]).toMatchObject({ x: CELL.x + CELL_LAYOUT_PADDING })
  })

  it('goes around fixed rectangles and counts them in the height', () => {
    const fixed = [{ x: 12, y: 12, w: 236, h: 100 }]
    const layout = layoutCell(CELL_AT_ORIGIN, [{ id: 'a', w: 200, h: 100, order: 'a1' }], fixed)
    expect(layout.placements).toEqual([{ id: 'a', x: 12, y: 120, isPinned: false }])
    expect(layout.height).toBe(120 + 100 + CELL_LAYOUT_PADDING)
  })

  it('gives the same layout for the same cards whatever order they arrive in (200 seeds)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = makeRandom(seed)
      const cell = random() < 0.5 ? CELL : WIDE_CELL
      const cards = makeCards(random, 1 + Math.floor(random() * 20), cell)
      const expected = layoutCell(cell, cards)
      expectValid(expected, cards, cell, `seed ${seed}`)
      const differing = [1, 2, 3, 4, 5].filter(() => !isDeepEqual(layoutCell(cell, shuffle(cards, random)), expected))
      expect(differing, `seed ${seed}`).toEqual([])
    }
  })

  it('is a fixed point: laying out an already laid-out cell changes nothing (100 seeds)', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const random = makeRandom(seed)
      const cards = makeCards(random, 1 + Math.floor(random() * 15), WIDE_CELL)
      const first = layoutCell(WIDE_CELL, cards)
      const again = cards.map((card) => {
        const p = first.placements.find((placement) => placement.id === card.id)
        return { ...card, pinned: p?.isPinned ? { x: p.x, y: p.y } : null }
      })
      expect(isDeepEqual(layoutCell(WIDE_CELL, again), first), `seed ${seed}`).toBe(true)
    }
  })
})
