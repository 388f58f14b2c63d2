import { describe, expect, test } from 'vitest'
import { isRecentBoard, MAX_RECENT_BOARDS, mergeRecentBoard, type RecentBoard } from './recentBoards'

function board(id: string, overrides: Partial<RecentBoard> = {}): RecentBoard {
  return {
    id,
    title: `Board ${id}`,
    role: 'editor',
    token: `token-${id}`,
    lastOpenedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  }
}

describe('mergeRecentBoard', () => {
  test('puts the most recently opened board first and replaces its older entry', () => {
    const boards = [board('a', { lastOpenedAt: '2026-01-02T00:00:00Z' }), board('b')]
    const merged = mergeRecentBoard(boards, board('b', { title: 'Renamed', lastOpenedAt: '2026-01-03T00:00:00Z' }))
    expect(merged.map((entry) => [entry.id, entry.title])).toEqual([
      ['b', 'Renamed'],
      ['a', 'Board a'],
    ])
  })

  test('keeps a stronger token when the same board is opened with a weaker link', () => {
    const boards = [board('a', { role: 'facilitator', token: 'fac' })]
    const [merged] = mergeRecentBoard(
      boards,
      board('a', { role: 'viewer', token: 'vie', lastOpenedAt: '2026-02-01T00:00:00Z' }),
    )
    expect(merged).toMatchObject({ role: 'facilitator', token: 'fac', lastOpenedAt: '2026-02-01T00:00:00Z' })
  })

  test('takes a stronger token over a weaker one', () => {
    const [merged] = mergeRecentBoard(
      [board('a', { role: 'viewer', token: 'vie' })],
      board('a', { role: 'facilitator', token: 'fac' }),
    )
    expect(merged).toMatchObject({ role: 'facilitator', token: 'fac' })
  })

  test('keeps at most MAX_RECENT_BOARDS, dropping the least recently opened', () => {
    const boards = Array.from({ length: MAX_RECENT_BOARDS }, (_, index) =>
      board(`old${index}`, { lastOpenedAt: new Date(Date.UTC(2025, 0, 1, 0, index)).toISOString() }),
    )
    const merged = mergeRecentBoard(boards, board('new', { lastOpenedAt: '2026-01-01T00:00:00Z' }))
    expect(merged).toHaveLength(MAX_RECENT_BOARDS)
    expect(merged[0]?.id).toBe('new')
    expect(merged.some((entry) => entry.id === 'old0')).toBe(false)
  })
})

describe('isRecentBoard', () => {
  test('rejects entries with a missing field or an unknown role', () => {
    expect(isRecentBoard(board('a'))).toBe(true)
    expect(isRecentBoard({ ...board('a'), role: 'owner' })).toBe(false)
    expect(isRecentBoard({ id: 'a' })).toBe(false)
    expect(isRecentBoard(null)).toBe(false)
  })
})

describe('isRecentBoard and the board language', () => {
  test('keeps the language a board was opened in (to open it offline in it), old entries without one too', () => {
    expect(isRecentBoard(board('a', { locale: 'ru' }))).toBe(true)
    expect(isRecentBoard(board('a'))).toBe(true)
    expect(isRecentBoard({ ...board('a'), locale: 'de' })).toBe(false)
  })
})
