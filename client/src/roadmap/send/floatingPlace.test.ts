import { describe, expect, it } from 'vitest'
import { FLOAT_GAP, overlapArea, placeFloatingButton, type ScreenRect } from './floatingPlace'

const VIEWPORT = { w: 1280, h: 800, topInset: 56 }
const BUTTON = { w: 160, h: 32 }
const selection: ScreenRect = { x: 500, y: 400, w: 110, h: 66 }
const at = (place: { x: number; y: number }): ScreenRect => ({ ...place, ...BUTTON })

describe('placeFloatingButton', () => {
  it('floats above the selection, centred, when nothing is there', () => {
    const place = placeFloatingButton(selection, BUTTON, [], VIEWPORT)
    expect(place).toEqual({ x: 475, y: 400 - FLOAT_GAP - 32 })
  })

  it('never covers the selection itself', () => {
    const place = placeFloatingButton(selection, BUTTON, [], VIEWPORT)
    expect(overlapArea(at(place), selection)).toBe(0)
  })

  it('moves off a neighbouring card above, to below', () => {
    const cardAbove = { x: 500, y: 326, w: 110, h: 66 }
    const place = placeFloatingButton(selection, BUTTON, [cardAbove], VIEWPORT)
    expect(overlapArea(at(place), cardAbove)).toBe(0)
    expect(place.y).toBe(400 + 66 + FLOAT_GAP)
  })

  it('goes to a side when cards sit above and below', () => {
    const column = [
      { x: 500, y: 326, w: 110, h: 66 },
      { x: 500, y: 474, w: 110, h: 66 },
    ]
    const place = placeFloatingButton(selection, BUTTON, column, VIEWPORT)
    for (const card of column) expect(overlapArea(at(place), card)).toBe(0)
    expect(place.x).toBe(500 + 110 + FLOAT_GAP)
  })

  it('stays under the top bar and inside the viewport', () => {
    const top = { x: 1200, y: 60, w: 70, h: 40 }
    const place = placeFloatingButton(top, BUTTON, [], VIEWPORT)
    expect(place.y).toBeGreaterThanOrEqual(VIEWPORT.topInset)
    expect(place.x + BUTTON.w).toBeLessThanOrEqual(VIEWPORT.w)
    expect(overlapArea(at(place), top)).toBe(0)
  })

  it('keeps off the toolbar under the selection, even onto a card: a card can be moved, a covered tool not reached', () => {
    const cardAbove = { x: 500, y: 326, w: 110, h: 66 }
    const toolbar = { x: 420, y: 470, w: 440, h: 48 }
    const place = placeFloatingButton(selection, BUTTON, [cardAbove], { ...VIEWPORT, chrome: [toolbar] })
    expect(overlapArea(at(place), toolbar)).toBe(0)
    expect(overlapArea(at(place), selection)).toBe(0)
  })

  it('covers as little as it can when every side is taken', () => {
    const ring = [
      { x: 300, y: 300, w: 520, h: 90 },
      { x: 300, y: 476, w: 520, h: 90 },
      { x: 300, y: 390, w: 190, h: 86 },
      { x: 620, y: 390, w: 200, h: 86 },
    ]
    const place = placeFloatingButton(selection, BUTTON, ring, VIEWPORT)
    expect(overlapArea(at(place), selection)).toBe(0)
  })
})
