import { STORED_DOC_KINDS, type Role } from '@cxmap/shared'
import { createBoardId, createFacilitatorToken, deriveBoardTokens, hashBoardTokens } from '../auth/tokens.ts'
import type { BoardRecord, BoardStore } from '../storage/types.ts'
import type { ImportableBoard } from './readBoardFile.ts'

/** A board created from a board file: its record and its three new tokens (shown once, never stored). */
export interface ImportedBoard {
  board: BoardRecord
  tokens: Record<Role, string>
}

/**
 * Stores a board file's content as a new board: a new id and new tokens (a file never carries any), the file's title,
 * language and template, and each doc's state as the doc's first update. Created and updated now: the board is new
 * here. The board and its documents are stored in one transaction: on failure nothing of the board is left.
 */
export async function importBoard(
  store: BoardStore,
  file: ImportableBoard,
  now: Date = new Date(),
): Promise<ImportedBoard> {
  const linkGenerations = { editor: 0, viewer: 0 }
  const tokens = deriveBoardTokens(createFacilitatorToken(), linkGenerations)
  const timestamp = now.toISOString()
  const board: BoardRecord = {
    id: createBoardId(),
    title: file.board.title,
    locale: file.board.locale,
    template: file.board.template,
    createdAt: timestamp,
    updatedAt: timestamp,
    tokenHashes: hashBoardTokens(tokens),
    linkGenerations,
  }
  try {
    await store.createBoard(
      board,
      STORED_DOC_KINDS.map((kind) => ({ kind, update: file.docs[kind] })),
    )
  } catch (error) {
    throw new Error(`Storing imported board ${board.id} failed; nothing of it was stored`, { cause: error })
  }
  return { board, tokens }
}
