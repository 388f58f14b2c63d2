import { parseBoardLink } from '@cxmap/shared'
import { findRecentBoard, useBoardsStore } from './boardsStore'

const SESSION_KEY_PREFIX = 'cxmap.token.'

/** This tab's tokens when sessionStorage refuses them (disabled, full): they then last until the page unloads. */
const tabTokens = new Map<string, string>()

/**
 * Opens a board or print page's token: the one in the address's fragment (`#t=`) is taken once, kept for this tab,
 * and the address is replaced at once without the fragment, so that the secret is neither on screen nor reported
 * with the page's URL. "Your boards" keeps it too once the server has told its role (`useBoardAccess`). Returns the
 * token this tab uses for the board (see {@link readBoardToken}).
 */
export function takeBoardToken(boardId: string): string | null {
  takeAddressToken(boardId)
  return readBoardToken(boardId)
}

/**
 * Calls `onTaken` after a link with a token was pasted into this tab's address bar while the board is open (only the
 * fragment changed, so the page did not load), once the token is taken and stripped; returns the unsubscribe.
 */
export function watchPastedToken(boardId: string, onTaken: () => void): () => void {
  const handleHashChange = () => {
    if (takeAddressToken(boardId)) onTaken()
  }
  window.addEventListener('hashchange', handleHashChange)
  return () => window.removeEventListener('hashchange', handleHashChange)
}

/**
 * The board's token for this tab: the link this tab was opened with (so a viewer link opened here wins over a
 * facilitator token remembered for the board), else the one "your boards" keeps; `null` when this browser has none.
 */
export function readBoardToken(boardId: string): string | null {
  return tabTokens.get(boardId) ?? readSessionToken(boardId) ?? findRecentBoard(boardId)?.token ?? null
}

/** Replaces the board's token in this tab and in "your boards" (the facilitator regenerated their own link). */
export function replaceBoardToken(boardId: string, token: string): void {
  keepTabToken(boardId, token)
  useBoardsStore.getState().replaceToken(boardId, token)
}

/** Forgets a token that no longer opens the board (its link was revoked), here and in "your boards". */
export function forgetBoardToken(boardId: string, token: string): void {
  if (readBoardToken(boardId) === token) {
    tabTokens.delete(boardId)
    try {
      sessionStorage.removeItem(SESSION_KEY_PREFIX + boardId)
    } catch {
      // storage disabled: nothing was kept there
    }
  }
  useBoardsStore.getState().forgetToken(boardId, token)
}

/** Strips the address's fragment, keeping the token it carried for this tab; returns that token. */
function takeAddressToken(boardId: string): string | null {
  const { pathname, search, hash, href } = window.location
  if (!hash) return null
  const token = parseBoardLink(href)?.token ?? null
  if (token) keepTabToken(boardId, token)
  history.replaceState(history.state, '', `${pathname}${search}`)
  return token
}

function keepTabToken(boardId: string, token: string): void {
  tabTokens.set(boardId, token)
  try {
    sessionStorage.setItem(SESSION_KEY_PREFIX + boardId, token)
  } catch {
    // storage disabled or full: the in-memory copy serves until the page unloads
  }
}

function readSessionToken(boardId: string): string | null {
  try {
    return sessionStorage.getItem(SESSION_KEY_PREFIX + boardId)
  } catch {
    return null
  }
}
