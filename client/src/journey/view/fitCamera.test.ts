import { describe, expect, it } from 'vitest'
import { fitCamera, viewPageBounds, type Camera, type Rect } from './fitCamera'

/** Where a page point lands on screen under a camera. */
function toScreen(camera: Camera, x: number, y: number) {
  return { x: (x + camera.x) * camera.z, y: (y + camera.y) * camera.z }
}

function expectInside(camera: Camera, bounds: Rect, free: Rect) {
  const topLeft = toScreen(camera, bounds.x, bounds.y)
  const bottomRight = toScreen(camera, bounds.x + bounds.w, bounds.y + bounds.h)
  expect(topLeft.x).toBeGreaterThanOrEqual(free.x - 1e-6)
  expect(topLeft.y).toBeGreaterThanOrEqual(free.y - 1e-6)
  expect(bottomRight.x).toBeLessThanOrEqual(free.x + free.w + 1e-6)
  expect(bottomRight.y).toBeLessThanOrEqual(free.y + free.h + 1e-6)
}

describe('fitCamera', () => {
  const grid: Rect = { x: 100, y: 50, w: 2000, h: 800 }

  it('fits the bounds into the free part of the viewport, centred there', () => {
    const insets = { top: 48, right: 8, bottom: 64, left: 60 }
    const camera = fitCamera(grid, { w: 1280, h: 672 }, insets)
    expectInside(camera, grid, { x: 60, y: 48, w: 1280 - 68, h: 672 - 112 })
    // The width limits here: the grid spans the free width exactly.
    expect(camera.z).toBeCloseTo((1280 - 68) / 2000)
    const centre = toScreen(camera, grid.x + grid.w / 2, grid.y + grid.h / 2)
    expect(centre.x).toBeCloseTo(60 + (1280 - 68) / 2)
    expect(centre.y).toBeCloseTo(48 + (672 - 112) / 2)
  })

  it('keeps the zoom within its limits', () => {
    const small: Rect = { x: 0, y: 0, w: 100, h: 50 }
    expect(fitCamera(small, { w: 1280, h: 720 }, undefined, { maxZoom: 1 }).z).toBe(1)
    expect(fitCamera(grid, { w: 100, h: 100 }, undefined, { minZoom: 0.1 }).z).toBe(0.1)
  })

  it('keeps a quarter of the viewport when panels would cover it all', () => {
    const camera = fitCamera(grid, { w: 400, h: 400 }, { top: 0, right: 0, bottom: 0, left: 500 })
    expect(camera.z).toBeCloseTo(100 / 2000)
    expectInside(camera, grid, { x: 300, y: 0, w: 100, h: 400 })
  })

  it('a follower on a smaller screen sees all of the leader’s view, at a smaller zoom, not the same one', () => {
    const leaderCamera: Camera = { x: -400, y: -200, z: 0.8 }
    const leaderView = viewPageBounds(leaderCamera, { w: 1920, h: 1080 })
    for (const screen of [
      { w: 1280, h: 720 },
      { w: 1024, h: 768 },
      { w: 2560, h: 1440 },
    ]) {
      const camera = fitCamera(leaderView, screen)
      expectInside(camera, leaderView, { x: 0, y: 0, ...screen })
      expect(camera.z).toBeCloseTo(Math.min(screen.w / leaderView.w, screen.h / leaderView.h))
    }
    expect(fitCamera(leaderView, { w: 1280, h: 720 }).z).toBeLessThan(leaderCamera.z)
  })

  it('a follower with panels over the map sees the leader’s view in what they leave free', () => {
    const leaderView = viewPageBounds({ x: 0, y: 0, z: 1 }, { w: 1440, h: 852 })
    const insets = { top: 52, right: 12, bottom: 72, left: 64 }
    const camera = fitCamera(leaderView, { w: 1280, h: 624 }, insets)
    expectInside(camera, leaderView, { x: 64, y: 52, w: 1280 - 76, h: 624 - 124 })
  })
})
