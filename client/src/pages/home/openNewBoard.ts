import type { CreateBoardResponse } from '@cxmap/shared'
import { navigate } from '../../routing/navigation'
import { useBoardsStore } from '../../state/boardsStore'

/** Opens a board this browser just created or imported, as its facilitator, and lists it in "your boards". */
export function openNewBoard(board: CreateBoardResponse): void {
  useBoardsStore.getState().rememberBoard({
    id: board.id,
    title: board.title,
    role: 'facilitator',
    token: board.tokens.facilitator,
    lastOpenedAt: new Date().toISOString(),
  })
  navigate(`/b/${encodeURIComponent(board.id)}#t=${encodeURIComponent(board.tokens.facilitator)}`)
}
