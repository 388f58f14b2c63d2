import { describe, expect, it } from 'vitest'
import {
  STRIP_PAD_X,
  CONTROL_GAP,
  MAX_UI_SCALE,
  MIN_TARGET_PX,
  getCardUiScale,
  getMoreIndex,
  planCardControls,
  type CardControl,
  type CardControlsInput,
} from './cardTargets'

const CARD = { w: 200, h: 120 }
const VOTING_BARRIER: CardControlsInput['widths'] = { add: 24, back: 24, rating: 120, chip: 24, badge: 24 }

/** Screen width a strip needs for the shown controls (and "⋯"), at the plan's scale and zoom. */
function stripScreenWidth(shown: CardControl[], hasMore: boolean, widths: CardControlsInput['widths'], zoom: number) {
  const scale = getCardUiScale(zoom)
  const items = shown.map((c) => (c === 'rating' ? MIN_TARGET_PX : Math.max(MIN_TARGET_PX, widths[c] ?? 0)))
  if (hasMore) items.push(MIN_TARGET_PX)
  const ui = items.reduce((a, b) => a + b, 0) + CONTROL_GAP * (items.length - 1)
  return ui * scale * zoom
}

describe('getCardUiScale', () => {
  it('counter-scales by 1/zoom between 1 and its cap', () => {
    expect(getCardUiScale(2)).toBe(1)
    expect(getCardUiScale(1)).toBe(1)
    expect(getCardUiScale(0.5)).toBe(2)
    expect(getCardUiScale(0.1)).toBe(MAX_UI_SCALE)
    expect(getCardUiScale(0)).toBe(MAX_UI_SCALE)
  })

  it('keeps a 24 px control at least 24 px on screen down to the cap', () => {
    for (const zoom of [0.2, 0.3, 0.55, 0.8, 1, 1.5]) {
      expect(MIN_TARGET_PX * getCardUiScale(zoom) * zoom).toBeGreaterThanOrEqual(MIN_TARGET_PX - 1e-9)
    }
  })
})

describe('planCardControls', () => {
  it('shows the whole card at 100 % and more', () => {
    const plan = planCardControls({ ...CARD, zoom: 1, widths: VOTING_BARRIER })
    expect(plan.mode).toBe('full')
    expect(plan.shown).toEqual(['add', 'back', 'rating', 'chip', 'badge'])
    expect(plan.rating).toBe('full')
    expect(plan.hasMore).toBe(false)
  })

  it('fits every shown control inside the card at fit-to-screen zooms', () => {
    for (const zoom of [0.9, 0.7, 0.55, 0.42, 0.3, 0.25]) {
      const plan = planCardControls({ ...CARD, zoom, widths: VOTING_BARRIER })
      expect(plan.mode, `zoom ${zoom}`).toBe('strip')
      const innerScreen = (CARD.w - 2 * STRIP_PAD_X) * zoom
      expect(stripScreenWidth(plan.shown, plan.hasMore, VOTING_BARRIER, zoom), `zoom ${zoom}`).toBeLessThanOrEqual(
        innerScreen + 1e-9,
      )
    }
  })

  it('keeps the vote "+" above everything else when room runs out', () => {
    const plan = planCardControls({ ...CARD, zoom: 0.3, widths: VOTING_BARRIER })
    expect(plan.shown).toContain('add')
    expect(plan.hasMore).toBe(true)
    expect(plan.shown).not.toContain('badge')
  })

  it('shows the five pips when a wide card has room, one value button when not', () => {
    const widths = { rating: 120, chip: 24 }
    expect(planCardControls({ w: 400, h: 160, zoom: 0.8, widths }).rating).toBe('full')
    expect(planCardControls({ ...CARD, zoom: 0.55, widths }).rating).toBe('compact')
  })

  it('keeps the kind row and text only where they have room', () => {
    const roomy = planCardControls({ w: 200, h: 200, zoom: 0.9, widths: VOTING_BARRIER })
    expect(roomy.hasKindRow).toBe(true)
    expect(roomy.hasText).toBe(true)
    const fit = planCardControls({ ...CARD, zoom: 0.55, widths: VOTING_BARRIER })
    expect(fit.hasKindRow).toBe(false)
    expect(fit.hasText).toBe(true)
    expect(planCardControls({ ...CARD, zoom: 0.3, widths: VOTING_BARRIER }).hasText).toBe(false)
  })

  it('shows no controls once even one 24 px target no longer fits', () => {
    expect(planCardControls({ ...CARD, zoom: 0.15, widths: VOTING_BARRIER }).mode).toBe('none')
    expect(planCardControls({ w: 120, h: 72, zoom: 0.25, widths: VOTING_BARRIER }).mode).toBe('none')
  })

  it('needs no "⋯" on a card with nothing to fold', () => {
    const plan = planCardControls({ ...CARD, zoom: 0.55, widths: { chip: 24 } })
    expect(plan).toMatchObject({ mode: 'strip', shown: ['chip'], hasMore: false })
  })
})

describe('getMoreIndex', () => {
  it('puts "⋯" after the chip, rating and badge, before the vote buttons', () => {
    expect(getMoreIndex(['chip', 'rating', 'add'])).toBe(2)
    expect(getMoreIndex(['back', 'add'])).toBe(0)
  })
})

describe('planCardControls at the edge', () => {
  it('shows the vote "+" alone when only one target fits', () => {
    const plan = planCardControls({ ...CARD, zoom: 0.25, widths: VOTING_BARRIER })
    expect(plan).toMatchObject({ mode: 'strip', shown: ['add'], hasMore: false })
  })
})

describe('planCardControls on a voting barrier at fit-to-screen', () => {
  it('keeps the severity and department beside the vote "+" at 42 %, without a "⋯"', () => {
    const plan = planCardControls({ ...CARD, zoom: 0.42, widths: { add: 24, rating: 120, chip: 24 } })
    expect(plan).toMatchObject({ shown: ['chip', 'rating', 'add'], hasMore: false, rating: 'compact' })
  })
})
