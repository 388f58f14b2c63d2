import { describe, expect, test } from 'vitest'
import { findPersonaCardSpot, PERSONA_CARD_GAP } from './placePersonaCard'

const viewport = { x: 100, y: 50, w: 1000, h: 600 }
const size = { w: 300, h: 380 }

describe('findPersonaCardSpot', () => {
  test('the first card goes to the middle of the viewport', () => {
    expect(findPersonaCardSpot(viewport, null, size)).toEqual({ x: 450, y: 160 })
  })

  test('the next card goes to the right of the last one while that one is in view', () => {
    const last = { x: 450, y: 160, w: 300, h: 380 }
    expect(findPersonaCardSpot(viewport, last, size)).toEqual({ x: 750 + PERSONA_CARD_GAP, y: 160 })
    const partlyInView = { x: 1000, y: 0, w: 300, h: 100 }
    expect(findPersonaCardSpot(viewport, partlyInView, size)).toEqual({ x: 1300 + PERSONA_CARD_GAP, y: 0 })
  })

  test('a last card out of view is ignored: the new one goes to the middle', () => {
    const farAway = { x: 5000, y: 5000, w: 300, h: 380 }
    expect(findPersonaCardSpot(viewport, farAway, size)).toEqual({ x: 450, y: 160 })
    const justLeft = { x: -200, y: 100, w: 300, h: 100 }
    expect(findPersonaCardSpot(viewport, justLeft, size)).toEqual({ x: 450, y: 160 })
  })
})
