import type { Role } from '@cxmap/shared'
import type { BoardRecord, BoardStore } from '../storage/types.ts'
import type { PrintTokens } from './printTokens.ts'
import { resolveRole } from './tokens.ts'

/** Why access to a board was refused, in checking order. */
export type AccessDenial = 'not_found' | 'unauthorized' | 'forbidden'

/** The outcome of {@link authorizeBoard}. */
export type BoardAccess =
  { ok: true; board: BoardRecord; role: Role; token: string } | { ok: false; reason: AccessDenial }

const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Resolves the role `token` grants on a board. The board's existence is checked first, so an unknown board is told
 * apart from a bad token (board ids are 128 random bits: knowing one exists reveals nothing useful). A live print token
 * of the PDF export (`printTokens`) opens its own board as a viewer.
 */
export async function authorizeBoard(
  store: BoardStore,
  boardId: string,
  token: string | null | undefined,
  printTokens?: PrintTokens,
): Promise<BoardAccess> {
  const board = BOARD_ID_PATTERN.test(boardId) ? await store.getBoard(boardId) : null
  if (!board) return { ok: false, reason: 'not_found' }
  if (!token) return { ok: false, reason: 'unauthorized' }
  const role = resolveRole(token, board.tokenHashes) ?? (printTokens?.opens(board.id, token) ? 'viewer' : null)
  if (!role) return { ok: false, reason: 'forbidden' }
  return { ok: true, board, role, token }
}
