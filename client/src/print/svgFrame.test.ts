import { describe, expect, test } from 'vitest'
import { cropSvg, fitSvg } from './svgFrame'

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="10 20 400 200" style="a: b"><g/></svg>'

describe('svgFrame', () => {
  test('fits an SVG into a box, keeping its viewBox and proportions', () => {
    const out = fitSvg({ svg, width: 400, height: 200 }, 200, 200)
    expect(out).toContain('width="200" height="100"')
    expect(out).toContain('viewBox="10 20 400 200"')
    expect(out).toContain('width: 200px; height: 100px')
  })

  test('crops to a page-coordinate window at a scale', () => {
    const out = cropSvg(svg, { x: 50, y: 60, w: 100, h: 40 }, 0.5)
    expect(out.match(/viewBox=/g)).toHaveLength(1)
    expect(out).toContain('viewBox="50 60 100 40"')
    expect(out).toContain('width="50" height="20"')
    expect(out).toContain('style="a: b; width: 50px; height: 20px; flex: none"')
    expect(out.endsWith('<g/></svg>')).toBe(true)
  })
})
