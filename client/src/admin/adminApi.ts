import { ADMIN_API_PATH, adminBoardsResponseSchema, type AdminBoardsResponse } from '@cxmap/shared'
import { requestJson } from '../api/client'

function authorize(token: string): HeadersInit {
  return { Authorization: `Bearer ${token}` }
}

/** `GET /api/admin/boards`: every board with its size, last activity and connections, and the totals. */
export function fetchAdminBoards(token: string): Promise<AdminBoardsResponse> {
  return requestJson(`${ADMIN_API_PATH}/boards`, adminBoardsResponseSchema, { headers: authorize(token) })
}

const noContent = {
  safeParse: (data: unknown) => ({ success: true as const, data: data as undefined }),
}

/** `DELETE /api/admin/boards/:id`: closes the board's connections and deletes it. */
export function deleteAdminBoard(token: string, boardId: string): Promise<void> {
  return requestJson(`${ADMIN_API_PATH}/boards/${encodeURIComponent(boardId)}`, noContent, {
    method: 'DELETE',
    headers: authorize(token),
  })
}
