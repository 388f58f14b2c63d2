import { describe, expect, it } from 'vitest'
import { fitCamera, viewPageBounds } from '../../journey/view/fitCamera'
import { balanceInsets } from './followViewport'

describe('fitting the leader’s view on a follower’s screen', () => {
  it('keeps the leader’s centre at the follower’s centre and their whole view clear of the panels', () => {
    const leaderView = viewPageBounds({ x: -500, y: -300, z: 0.9 }, { w: 1920, h: 1000 })
    const screen = { w: 1280, h: 640 }
    const insets = balanceInsets({ top: 52, right: 12, bottom: 72, left: 64 })
    expect(insets).toEqual({ top: 72, right: 64, bottom: 72, left: 64 })
    const camera = fitCamera(leaderView, screen, insets)
    const shown = viewPageBounds(camera, screen)
    expect(shown.x + shown.w / 2).toBeCloseTo(leaderView.x + leaderView.w / 2)
    expect(shown.y + shown.h / 2).toBeCloseTo(leaderView.y + leaderView.h / 2)
    // The leader's view starts no nearer the edge than the widest panel on that axis.
    expect((leaderView.x + camera.x) * camera.z).toBeGreaterThanOrEqual(64 - 1e-6)
    expect((leaderView.y + camera.y) * camera.z).toBeGreaterThanOrEqual(72 - 1e-6)
    // A smaller screen than the leader's: a smaller zoom, the whole view still shown.
    expect(camera.z).toBeLessThan(0.9)
  })
})
