import { expect, test } from 'vitest'
import { generateIndexKeys, isIndexKey } from './indexKey.ts'

test('steps the integer part: a1 … az, then b00', () => {
  const keys = generateIndexKeys(63)
  expect(keys.slice(0, 3)).toEqual(['a1', 'a2', 'a3'])
  expect(keys.slice(8, 11)).toEqual(['a9', 'aA', 'aB'])
  expect(keys.slice(59, 63)).toEqual(['ay', 'az', 'b00', 'b01'])
})

test('keys ascend in string order and are valid', () => {
  const keys = generateIndexKeys(4000)
  expect(new Set(keys).size).toBe(4000)
  keys.forEach((key, i) => {
    expect(isIndexKey(key)).toBe(true)
    if (i > 0) expect(key > (keys[i - 1] as string)).toBe(true)
  })
  expect(keys[3905]).toBe('c000')
})

test('starts above a given key, fraction or not', () => {
  expect(generateIndexKeys(2, 'a5')).toEqual(['a6', 'a7'])
  expect(generateIndexKeys(1, 'a5V')).toEqual(['a6'])
  expect(generateIndexKeys(1, 'bzz')).toEqual(['c000'])
  expect(generateIndexKeys(2, 'Zz')).toEqual(['a1', 'a2'])
  expect(generateIndexKeys(1, 'a0')).toEqual(['a1'])
  expect(() => generateIndexKeys(1, 'nope!')).toThrow()
})

test('recognises canonical keys only', () => {
  expect(isIndexKey('a1')).toBe(true)
  expect(isIndexKey('a1V')).toBe(true)
  expect(isIndexKey('a10')).toBe(false)
  expect(isIndexKey('b0')).toBe(false)
  expect(isIndexKey('Zz')).toBe(true)
  expect(isIndexKey('Z')).toBe(false)
  expect(isIndexKey('A' + '0'.repeat(26))).toBe(false)
  expect(isIndexKey(3)).toBe(false)
})
