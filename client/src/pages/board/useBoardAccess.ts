import type { BoardResponse, ClientConfig } from '@cxmap/shared'
import { useEffect, useState } from 'react'
import { ApiRequestError, fetchBoard, fetchConfig } from '../../api/client'
import { findRecentBoard, useBoardsStore } from '../../state/boardsStore'
import { useLocaleStore } from '../../state/localeStore'

/** Where loading a board's metadata stands. */
export type BoardAccess =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'ready'; config: ClientConfig; board: BoardResponse }

const CONFIG_CACHE_KEY = 'cxmap.config'

/**
 * Loads the runtime config and the board's metadata (checking the token), and remembers the board in "your
 * boards". When the server cannot be reached, a board this browser already knows opens from its local copy.
 */
export function useBoardAccess(boardId: string, token: string): BoardAccess {
  const [access, setAccess] = useState<BoardAccess>({ state: 'loading' })

  useEffect(() => {
    let isCurrent = true
    Promise.all([fetchConfig(), fetchBoard(boardId, token)])
      .then(([config, board]) => {
        if (!isCurrent) return
        cacheConfig(config)
        useBoardsStore.getState().rememberBoard({
          id: board.id,
          title: board.title,
          role: board.role,
          token,
          lastOpenedAt: new Date().toISOString(),
          locale: board.locale,
        })
        setAccess({ state: 'ready', config, board })
      })
      .catch((error: unknown) => {
        if (!isCurrent) return
        setAccess(readOfflineAccess(boardId, token, error) ?? { state: 'error', error })
      })
    return () => {
      isCurrent = false
    }
  }, [boardId, token])

  return access
}

function readOfflineAccess(boardId: string, token: string, error: unknown): BoardAccess | null {
  const isUnreachable = error instanceof ApiRequestError && (error.code === 'network' || error.code === 'unavailable')
  const known = findRecentBoard(boardId)
  if (!isUnreachable || !known || known.token !== token) return null
  const now = new Date().toISOString()
  const board: BoardResponse = {
    id: known.id,
    title: known.title,
    // Boards remembered before their language was: the UI language is the better guess.
    locale: known.locale ?? useLocaleStore.getState().locale,
    createdAt: now,
    updatedAt: now,
    role: known.role,
    links: {},
  }
  return { state: 'ready', config: readCachedConfig(), board }
}

function cacheConfig(config: ClientConfig): void {
  try {
    localStorage.setItem(CONFIG_CACHE_KEY, JSON.stringify(config))
  } catch {
    // storage full or disabled: the offline fallback then runs without a license key
  }
}

function readCachedConfig(): ClientConfig {
  try {
    const cached = JSON.parse(localStorage.getItem(CONFIG_CACHE_KEY) ?? 'null') as Partial<ClientConfig> | null
    return {
      tldrawLicenseKey: typeof cached?.tldrawLicenseKey === 'string' ? cached.tldrawLicenseKey : null,
      protocolVersion: typeof cached?.protocolVersion === 'number' ? cached.protocolVersion : 0,
      maxMessageBytes: typeof cached?.maxMessageBytes === 'number' ? cached.maxMessageBytes : 0,
    }
  } catch {
    return { tldrawLicenseKey: null, protocolVersion: 0, maxMessageBytes: 0 }
  }
}
