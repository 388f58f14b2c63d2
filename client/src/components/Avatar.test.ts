import { describe, expect, it } from 'vitest'
import { getInitials } from './Avatar'

describe('getInitials', () => {
  it('takes the first letters of the first and last words', () => {
    expect(getInitials('Анна Петрова')).toBe('АП')
    expect(getInitials('anna maria lopez')).toBe('AL')
    expect(getInitials('Иван')).toBe('И')
  })

  it('skips punctuation and words without a letter', () => {
    expect(getInitials('Ольга (фасилитатор)')).toBe('ОФ')
    expect(getInitials('Анна — ИТ')).toBe('АИ')
    expect(getInitials('"Bob"')).toBe('B')
  })

  it('keeps something for names with no letters at all', () => {
    expect(getInitials('🙂')).toBe('🙂')
    expect(getInitials('   ')).toBe('?')
  })
})
