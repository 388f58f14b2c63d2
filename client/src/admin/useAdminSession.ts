import { ADMIN_API_PATH, type AdminBoard, type AdminBoardsResponse } from '@cxmap/shared'
import { useCallback, useEffect, useState } from 'react'
import { downloadExport } from '../api/download'
import { describeAdminFailure, type AdminFailure } from './adminErrors'
import { deleteAdminBoard, fetchAdminBoards } from './adminApi'
import { forgetAdminToken, keepAdminToken, readAdminToken } from './adminToken'

/** Download name when the server names none (it does: the board's title). */
const EXPORT_NAME = 'board.cxmap.json'

/** The admin page's state: the tab's token, the last list, what failed last. */
export interface AdminSession {
  token: string | null
  list: AdminBoardsResponse | null
  failure: AdminFailure | null
  isLoading: boolean
  signIn(token: string): Promise<void>
  signOut(): void
  refresh(): Promise<void>
  deleteBoard(board: AdminBoard): Promise<void>
  /** Downloads the board file (`.cxmap.json`). */
  exportBoard(board: AdminBoard): Promise<void>
}

/** Loads the admin list with the tab's token; a token the server refuses is forgotten and asked again. */
export function useAdminSession(): AdminSession {
  const [token, setToken] = useState<string | null>(readAdminToken)
  const [list, setList] = useState<AdminBoardsResponse | null>(null)
  const [failure, setFailure] = useState<AdminFailure | null>(null)
  const [isLoading, setIsLoading] = useState(false)

  const fail = useCallback((error: unknown, isList: boolean) => {
    const described = describeAdminFailure(error, { isList })
    if (described.isTokenProblem) {
      forgetAdminToken()
      setToken(null)
      setList(null)
    }
    setFailure(described)
  }, [])

  const load = useCallback(
    async (candidate: string) => {
      setIsLoading(true)
      try {
        const loaded = await fetchAdminBoards(candidate)
        keepAdminToken(candidate)
        setToken(candidate)
        setList(loaded)
        setFailure(null)
      } catch (error) {
        fail(error, true)
      } finally {
        setIsLoading(false)
      }
    },
    [fail],
  )

  useEffect(() => {
    const stored = readAdminToken()
    if (stored) void load(stored)
  }, [load])

  return {
    token,
    list,
    failure,
    isLoading,
    signIn: load,
    signOut() {
      forgetAdminToken()
      setToken(null)
      setList(null)
      setFailure(null)
    },
    refresh: async () => {
      if (token) await load(token)
    },
    async deleteBoard(board) {
      if (!token) return
      try {
        await deleteAdminBoard(token, board.id)
      } catch (error) {
        fail(error, false)
        return
      }
      await load(token)
    },
    async exportBoard(board) {
      if (!token) return
      try {
        await downloadExport(`${ADMIN_API_PATH}/boards/${encodeURIComponent(board.id)}/export`, token, EXPORT_NAME)
      } catch (error) {
        setFailure({ key: 'failed', vars: { message: (error as Error).message }, isTokenProblem: false })
      }
    },
  }
}
