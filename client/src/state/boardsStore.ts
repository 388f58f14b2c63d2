import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { isRecentBoard, mergeRecentBoard, type RecentBoard } from './recentBoards'

export type { RecentBoard } from './recentBoards'

interface BoardsState {
  boards: RecentBoard[]
  /** Adds or refreshes a board; a stronger role's token is not replaced by a weaker one's. */
  rememberBoard: (board: RecentBoard) => void
  forgetBoard: (id: string) => void
  /** Replaces a remembered board's token (the facilitator regenerated their own link); unknown boards are ignored. */
  replaceToken: (id: string, token: string) => void
  /** Forgets a board only if it is remembered with `token` (that link was revoked; a stronger one is kept). */
  forgetToken: (id: string, token: string) => void
}

/** "Your boards": kept in localStorage so the home page can list and reopen them. */
export const useBoardsStore = create<BoardsState>()(
  persist(
    (set) => ({
      boards: [],
      rememberBoard: (board) => set((state) => ({ boards: mergeRecentBoard(state.boards, board) })),
      forgetBoard: (id) => set((state) => ({ boards: state.boards.filter((board) => board.id !== id) })),
      replaceToken: (id, token) =>
        set((state) => ({ boards: state.boards.map((board) => (board.id === id ? { ...board, token } : board)) })),
      forgetToken: (id, token) =>
        set((state) => ({ boards: state.boards.filter((board) => board.id !== id || board.token !== token) })),
    }),
    {
      name: 'cxmap.boards',
      version: 1,
      partialize: ({ boards }) => ({ boards }),
      merge: (persisted, current) => {
        const boards = (persisted as Partial<BoardsState> | undefined)?.boards
        return Array.isArray(boards) ? { ...current, boards: boards.filter(isRecentBoard) } : current
      },
    },
  ),
)

/** Selector: the remembered boards, most recently opened first. */
export const selectBoards = (state: BoardsState) => state.boards
/** Selector: the action that remembers a board. */
export const selectRememberBoard = (state: BoardsState) => state.rememberBoard
/** Selector: the action that forgets a board. */
export const selectForgetBoard = (state: BoardsState) => state.forgetBoard

/** Reads a remembered board outside React (the board page's token fallback when the URL has none). */
export function findRecentBoard(id: string): RecentBoard | undefined {
  return useBoardsStore.getState().boards.find((board) => board.id === id)
}
