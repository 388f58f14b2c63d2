import { describe, expect, test } from 'vitest'
import { CARD_DEFAULT_H, estimateCardHeight } from './card.ts'

describe('estimateCardHeight', () => {
  test('short texts keep the default height', () => {
    expect(estimateCardHeight('')).toBe(CARD_DEFAULT_H)
    expect(estimateCardHeight('Колл-центр')).toBe(CARD_DEFAULT_H)
  })

  test('grows with wrapped lines and explicit line breaks, Latin and Cyrillic alike', () => {
    const long = 'Монтажник не пришёл в согласованное время и не предупредил'
    expect(estimateCardHeight(long)).toBeGreaterThan(CARD_DEFAULT_H)
    expect(estimateCardHeight(`${long}\n${long}`)).toBeGreaterThan(estimateCardHeight(long))
    expect(estimateCardHeight('a\nb\nc\nd\ne')).toBeGreaterThan(CARD_DEFAULT_H)
  })

  test('a narrower card needs more height; a word longer than a line wraps anywhere', () => {
    const text = 'Настройка роутера — за отдельную плату, об этом не сказали'
    expect(estimateCardHeight(text, 140)).toBeGreaterThan(estimateCardHeight(text, 300))
    expect(estimateCardHeight('x'.repeat(200))).toBeGreaterThan(CARD_DEFAULT_H)
  })
})
