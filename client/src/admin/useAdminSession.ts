import type { AdminBoard, AdminBoardsResponse } from '@cxmap/shared'
import { useCallback, useEffect, useState } from 'react'
import { describeAdminFailure, type AdminFailure } from './adminErrors'
import { deleteAdminBoard, fetchAdminBoards } from './adminApi'
import { forgetAdminToken, keepAdminToken, readAdminToken } from './adminToken'

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
  }
}
