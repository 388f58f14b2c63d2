import { describe, expect, test } from 'vitest'
import { formatNumber, parseNumber } from './number.ts'

describe('formatNumber', () => {
  test('Russian: decimal comma, real minus, grouped thousands', () => {
    expect(formatNumber(-0.5, 'ru')).toBe('\u22120,5')
    expect(formatNumber(2.25, 'ru')).toBe('2,25')
    expect(formatNumber(1234.5, 'ru').replace(/\s/g, ' ')).toBe('1 234,5')
  })

  test('English: decimal point, real minus', () => {
    expect(formatNumber(-0.5, 'en')).toBe('\u22120.5')
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
  })

  test('rounds to two decimals by default, or as told, and never prints −0', () => {
    expect(formatNumber(1 / 3, 'ru')).toBe('0,33')
    expect(formatNumber(-2 / 3, 'en', { maximumFractionDigits: 1 })).toBe('\u22120.7')
    expect(formatNumber(-0.001, 'ru')).toBe('0')
    expect(formatNumber(-0.001, 'ru', { signed: true })).toBe('0')
  })

  test('signed: a plus before positive numbers, zero unsigned', () => {
    expect(formatNumber(5, 'ru', { signed: true })).toBe('+5')
    expect(formatNumber(0.5, 'ru', { signed: true })).toBe('+0,5')
    expect(formatNumber(0, 'en', { signed: true })).toBe('0')
    expect(formatNumber(-1, 'en', { signed: true })).toBe('\u22121')
  })

  test('not a finite number is a dash', () => {
    expect(formatNumber(Number.NaN, 'ru')).toBe('—')
  })
})

describe('parseNumber', () => {
  test('accepts a comma and a point as the decimal separator', () => {
    expect(parseNumber('0,5')).toBe(0.5)
    expect(parseNumber('0.5')).toBe(0.5)
    expect(parseNumber(' ,5 ')).toBe(0.5)
  })

  test('accepts a real minus, a dash, a hyphen and a plus', () => {
    expect(parseNumber('\u22120,5')).toBe(-0.5)
    expect(parseNumber('\u20132')).toBe(-2)
    expect(parseNumber('-2')).toBe(-2)
    expect(parseNumber('+3')).toBe(3)
  })

  test('accepts spaces between digit groups', () => {
    expect(parseNumber('1 234,5')).toBe(1234.5)
    expect(parseNumber('1\u00a0234')).toBe(1234)
  })

  test('reads back what formatNumber prints', () => {
    for (const value of [-0.5, 2.25, 1234.5, -1000.75])
      for (const locale of ['ru', 'en']) {
        // English groups thousands with a comma, which is ambiguous when typed: only Russian round-trips grouped.
        const text = formatNumber(value, locale)
        if (locale === 'ru' || Math.abs(value) < 1000) expect(parseNumber(text)).toBe(value)
      }
  })

  test('rejects empty and malformed text', () => {
    expect(parseNumber('')).toBeNull()
    expect(parseNumber('abc')).toBeNull()
    expect(parseNumber('1,2,3')).toBeNull()
    expect(parseNumber('1.2.3')).toBeNull()
    expect(parseNumber('1e3')).toBeNull()
    expect(parseNumber('--5')).toBeNull()
    expect(parseNumber('5-')).toBeNull()
  })

  test('an input text without grouping reads back exactly, in both languages', () => {
    for (const locale of ['ru', 'en'])
      expect(parseNumber(formatNumber(-12345.678, locale, { grouping: false, maximumFractionDigits: 10 }))).toBe(
        -12345.678,
      )
  })
})
