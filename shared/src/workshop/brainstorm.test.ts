import { describe, expect, it } from 'vitest'
import { parseBrainstorm, privateBrainstormOf, shouldReveal } from './brainstorm.ts'

describe('private brainstorm', () => {
  it('reads a brainstorm leniently', () => {
    expect(parseBrainstorm({ id: 'b1', status: 'private', startedAt: 5 })).toEqual({
      id: 'b1',
      status: 'private',
      startedAt: 5,
    })
    expect(parseBrainstorm({ id: 'b1', status: 'secret' })).toBeNull()
    expect(parseBrainstorm({ status: 'private' })).toBeNull()
  })

  it('tells private records by their meta', () => {
    expect(privateBrainstormOf({ meta: { cxPrivate: 'b1' } })).toBe('b1')
    expect(privateBrainstormOf({ meta: { cxPrivate: '' } })).toBeNull()
    expect(privateBrainstormOf({ meta: {} })).toBeNull()
    expect(privateBrainstormOf({})).toBeNull()
  })

  it('reveals a card when its brainstorm is revealed, replaced or gone, never while it is private', () => {
    const live = { id: 'b1', status: 'private' as const, startedAt: 0 }
    expect(shouldReveal('b1', live)).toBe(false)
    expect(shouldReveal('b1', { ...live, status: 'revealed' })).toBe(true)
    expect(shouldReveal('b1', { ...live, id: 'b2' })).toBe(true)
    expect(shouldReveal('b1', null)).toBe(true)
  })
})
