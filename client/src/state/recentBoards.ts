import { isRole, LOCALES, ROLES, type Locale, type Role } from '@cxmap/shared'

/** A board this browser created or opened, with the token it was opened with. */
export interface RecentBoard {
  id: string
  title: string
  role: Role
  token: string
  /** ISO timestamp. */
  lastOpenedAt: string
  /** The board's language, so that it opens in it from the local copy when the server cannot be reached. */
  locale?: Locale
}

/** How many boards the list keeps; the least recently opened are dropped first. */
export const MAX_RECENT_BOARDS = 100

/** Narrows a stored value to a {@link RecentBoard} (storage may hold anything a user or an old version wrote). */
export function isRecentBoard(value: unknown): value is RecentBoard {
  if (!value || typeof value !== 'object') return false
  const board = value as Record<string, unknown>
  return (
    typeof board.id === 'string' &&
    typeof board.title === 'string' &&
    isRole(board.role) &&
    typeof board.token === 'string' &&
    typeof board.lastOpenedAt === 'string' &&
    (board.locale === undefined || (LOCALES as readonly unknown[]).includes(board.locale))
  )
}

/**
 * Adds or refreshes a board in the list, most recent first. A weaker role's token does not replace a stronger one:
 * opening the viewer link of a board you facilitate must not lose your facilitator token.
 */
export function mergeRecentBoard(boards: readonly RecentBoard[], board: RecentBoard): RecentBoard[] {
  const existing = boards.find((candidate) => candidate.id === board.id)
  const keepsExistingToken = existing && ROLES.indexOf(existing.role) < ROLES.indexOf(board.role)
  const merged = keepsExistingToken ? { ...board, role: existing.role, token: existing.token } : board
  return [merged, ...boards.filter((candidate) => candidate.id !== board.id)]
    .sort((a, b) => b.lastOpenedAt.localeCompare(a.lastOpenedAt))
    .slice(0, MAX_RECENT_BOARDS)
}
