import { describe, expect, it } from 'vitest'
import { routeLink, routeLinks } from './linkRoute'

const box = (left: number, top: number) => ({ left, top, width: 100, height: 40 })

describe('routeLink', () => {
  it('runs from the right side of an earlier bar into the left side of a later one', () => {
    expect(routeLink(box(0, 0), box(200, 100))).toBe('M 100 20 C 150 20, 150 120, 200 120')
  })

  it('keeps a minimal bend between close bars', () => {
    expect(routeLink(box(0, 0), box(110, 0))).toBe('M 100 20 C 124 20, 86 20, 110 20')
  })

  it('runs from the left side into the right side of a bar further left', () => {
    expect(routeLink(box(300, 0), box(0, 100))).toBe('M 300 20 C 200 20, 200 120, 100 120')
  })

  it('loops out to the right between bars of one column', () => {
    expect(routeLink(box(0, 0), box(0, 100))).toBe('M 100 20 C 130 20, 130 120, 100 120')
  })
})

describe('routeLinks', () => {
  it('spreads the links meeting one side of a bar over its height, by where they come from', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(0, 200)],
      ['c', box(300, 100)],
    ])
    const [fromB, fromA, missing] = routeLinks(
      [
        { from: 'b', to: 'c' },
        { from: 'a', to: 'c' },
        { from: 'a', to: 'gone' },
      ],
      boxes,
    )
    // c is 40 high at top 100: the link from above (a) enters at a third, the one from below (b) at two thirds.
    expect(fromA).toBe(routeLink(box(0, 0), box(300, 100), 20, 100 + 40 / 3))
    expect(fromB).toBe(routeLink(box(0, 200), box(300, 100), 220, 100 + 80 / 3))
    expect(missing).toBeUndefined()
  })
})
