import type { AdminBoard } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { formatSize, sortByLastActive } from './adminFormat'
import { adminStrings } from './strings'

const NBSP = '\u00a0'

describe('formatSize', () => {
  it('writes sizes in the Russian number format with Russian units', () => {
    const units = adminStrings.ru.units
    expect(formatSize(512, 'ru', units)).toBe(`512${NBSP}Б`)
    expect(formatSize(12.5 * 1024, 'ru', units)).toBe(`13${NBSP}КБ`)
    expect(formatSize(3.45 * 1024, 'ru', units)).toBe(`3,5${NBSP}КБ`)
    expect(formatSize(1536 * 1024, 'ru', units)).toBe(`1,5${NBSP}МБ`)
    expect(formatSize(1234 * 1024 * 1024, 'ru', units)).toBe(`1,2${NBSP}ГБ`)
  })

  it('writes them in English with a decimal point', () => {
    const units = adminStrings.en.units
    expect(formatSize(0, 'en', units)).toBe(`0${NBSP}B`)
    expect(formatSize(1536 * 1024, 'en', units)).toBe(`1.5${NBSP}MB`)
    expect(formatSize(700 * 1024 * 1024, 'en', units)).toBe(`700${NBSP}MB`)
  })
})

describe('sortByLastActive', () => {
  const board = (title: string, lastActiveAt: string): AdminBoard => ({
    id: title,
    title,
    template: 'blank',
    locale: 'en',
    createdAt: '2026-01-01T00:00:00.000Z',
    lastActiveAt,
    storedBytes: 0,
    connections: 0,
  })
  const boards = [
    board('b', '2026-03-01T00:00:00.000Z'),
    board('a', '2026-05-01T00:00:00.000Z'),
    board('c', '2026-03-01T00:00:00.000Z'),
  ]

  it('puts the most recently active first, or last', () => {
    expect(sortByLastActive(boards, 'desc').map((b) => b.title)).toEqual(['a', 'b', 'c'])
    expect(sortByLastActive(boards, 'asc').map((b) => b.title)).toEqual(['b', 'c', 'a'])
    expect(boards.map((b) => b.title)).toEqual(['b', 'a', 'c'])
  })
})
