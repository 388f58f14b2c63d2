import { describe, expect, test } from 'vitest'
import { pickDefaultPersona } from './defaultPersona'

describe('pickDefaultPersona', () => {
  const known = new Set(['p1', 'p2'])
  test('a feeling in a journey for one persona is that persona’s', () => {
    expect(pickDefaultPersona('feeling', ['p1'], known)).toBe('p1')
    expect(pickDefaultPersona('feeling', ['gone', 'p2'], known)).toBe('p2')
  })
  test('no default for several personas, none, a deleted one, or another kind of card', () => {
    expect(pickDefaultPersona('feeling', ['p1', 'p2'], known)).toBe('')
    expect(pickDefaultPersona('feeling', [], known)).toBe('')
    expect(pickDefaultPersona('feeling', ['gone'], known)).toBe('')
    expect(pickDefaultPersona('touchpoint', ['p1'], known)).toBe('')
  })
})
