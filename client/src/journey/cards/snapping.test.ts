import type { JourneyGridProps } from '@cxmap/shared'
import { describe, expect, test } from 'vitest'
import { CARD_GAP, CELL_PADDING, findCellAt, placeInCell, type PlacedGrid, type Rect } from './snapping'

// Two stages (300, 260 wide) and two lanes (200, 160 high) after a 100×50 header: cells start at x 1100/1400 and
// y 550/750 on the page.
const props: JourneyGridProps = {
  title: 'Journey',
  stages: [
    { id: 's1', title: 'Stimulus', w: 300, metrics: [] },
    { id: 's2', title: 'Search', w: 260, metrics: [] },
  ],
  lanes: [
    { id: 'l1', title: 'Touchpoints', h: 200, cardKind: 'touchpoint', prompt: '' },
    { id: 'l2', title: 'Barriers', h: 160, cardKind: 'barrier', prompt: '' },
  ],
  headerW: 100,
  headerH: 50,
  personaIds: [],
}
const grid: PlacedGrid = { id: 'shape:grid', x: 1000, y: 500, props }
const wideCell: Rect = { x: 1100, y: 550, w: 300, h: 200 }
const narrowCell: Rect = { x: 1400, y: 750, w: 260, h: 160 }
const card = (x: number, y: number, w = 120, h = 80): Rect => ({ x, y, w, h })

describe('findCellAt', () => {
  test('finds the cell and its page rectangle; headers and the outside are no cell', () => {
    expect(findCellAt([grid], { x: 1450, y: 800 })).toEqual({
      gridId: 'shape:grid',
      stageId: 's2',
      laneId: 'l2',
      rect: narrowCell,
    })
    expect(findCellAt([grid], { x: 1050, y: 800 })).toBeNull()
    expect(findCellAt([grid], { x: 1200, y: 520 })).toBeNull()
    expect(findCellAt([grid], { x: 0, y: 0 })).toBeNull()
  })

  test('the topmost of two overlapping grids wins', () => {
    const top: PlacedGrid = { ...grid, id: 'shape:top', x: 1100 }
    expect(findCellAt([top, grid], { x: 1450, y: 600 })?.gridId).toBe('shape:top')
  })
})

describe('placeInCell', () => {
  test('a card well inside its cell stays where it was dropped', () => {
    expect(placeInCell(card(1150, 600), wideCell, [])).toEqual({ x: 1150, y: 600, isStacked: false })
  })

  test('a card across the border is pulled inside, keeping the padding', () => {
    expect(placeInCell(card(1320, 520), wideCell, [])).toEqual({
      x: 1400 - CELL_PADDING - 120,
      y: 550 + CELL_PADDING,
      isStacked: false,
    })
  })

  test('a card larger than its cell is aligned to the top-left', () => {
    expect(placeInCell(card(1380, 700, 400, 300), narrowCell, [])).toEqual({
      x: 1400 + CELL_PADDING,
      y: 750 + CELL_PADDING,
      isStacked: false,
    })
  })

  test('a card dropped on another goes to the nearest free spot beside or below it', () => {
    const existing = card(1110, 560)
    expect(placeInCell(card(1120, 570), wideCell, [existing])).toEqual({ x: 1110, y: 648, isStacked: false })
    expect(placeInCell(card(1200, 565), wideCell, [existing])).toEqual({
      x: 1110 + 120 + CARD_GAP,
      y: 560,
      isStacked: false,
    })
  })

  test('cards of other cells are no obstacle', () => {
    const neighbour = card(1410, 560)
    expect(placeInCell(card(1270, 560), wideCell, [neighbour])).toEqual({ x: 1270, y: 560, isStacked: false })
  })

  test('in a full cell the card goes below the lowest card, and the lane has to grow', () => {
    const first = card(1410, 760, 200, 120)
    expect(placeInCell(card(1420, 770, 200, 120), narrowCell, [first])).toEqual({
      x: 1410,
      y: 760 + 120 + CARD_GAP,
      isStacked: true,
    })
  })
})
