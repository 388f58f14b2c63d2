import { describe, expect, test } from 'vitest'
import { parseEffect } from './effectNumber'

describe('parseEffect', () => {
  test('reads signed and unsigned numbers', () => {
    expect(parseEffect('5')).toBe(5)
    expect(parseEffect('+5')).toBe(5)
    expect(parseEffect('-3')).toBe(-3)
    expect(parseEffect('0')).toBe(0)
    expect(parseEffect('12.25')).toBe(12.25)
  })

  test('takes a comma as the decimal separator', () => {
    expect(parseEffect('-0,5')).toBe(-0.5)
    expect(parseEffect('+1,75')).toBe(1.75)
    expect(parseEffect(',5')).toBe(0.5)
  })

  test('takes a real minus sign and dashes', () => {
    expect(parseEffect('−0.5')).toBe(-0.5)
    expect(parseEffect('−0,5')).toBe(-0.5)
    expect(parseEffect('–2')).toBe(-2)
  })

  test('ignores spaces around the number and between digit groups', () => {
    expect(parseEffect('  +5 ')).toBe(5)
    expect(parseEffect('1 000')).toBe(1000)
    expect(parseEffect('- 2')).toBe(-2)
    expect(parseEffect('1\u00a0500,5')).toBe(1500.5)
  })

  test('refuses what is not one number', () => {
    for (const text of [
      '',
      ' ',
      '+',
      '-',
      'abc',
      '5%',
      '1.2.3',
      '1,2,3',
      '--5',
      '+-5',
      '1e3',
      'Infinity',
      'NaN',
      '5-',
    ]) {
      expect(parseEffect(text), text).toBeNull()
    }
  })

  test('reads back what the effect formatter writes', () => {
    expect(parseEffect('+5')).toBe(5)
    expect(parseEffect('−0.5')).toBe(-0.5)
  })
})
