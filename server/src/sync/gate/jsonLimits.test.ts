import { describe, expect, it } from 'vitest'
import { requireJson } from './jsonLimits.ts'

function nest(levels: number): unknown {
  let value: unknown = { type: 'text', text: 'deep' }
  for (let i = 0; i < levels; i++) value = { type: 'listItem', content: [value] }
  return value
}

describe('requireJson', () => {
  it('accepts rich text with lists nested ten deep, and undefined as an absent key', () => {
    expect(() => requireJson(nest(10), 'text')).not.toThrow()
    expect(() => requireJson({ unit: undefined, n: 1.5 }, 'metric')).not.toThrow()
  })

  it.each([
    ['a hostile depth', nest(40), /nests too deep/],
    ['NaN', { x: Number.NaN }, /not finite/],
    ['Infinity', [Number.POSITIVE_INFINITY], /not finite/],
    ['a long string', { s: 'x'.repeat(100_001) }, /too long/],
    ['binary', { b: new Uint8Array(2) }, /not JSON/],
    ['a constructor key', JSON.parse('{"constructor": {"prototype": 1}}'), /forbidden key/],
    ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}'), /forbidden key/],
    ['too many nodes', Array.from({ length: 30_000 }, () => 1), /too large/],
  ])('refuses %s', (_, value, reason) => {
    expect(() => requireJson(value, 'value')).toThrow(reason)
  })
})
