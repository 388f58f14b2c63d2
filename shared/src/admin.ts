import { z } from 'zod'
import { LOCALES } from './api.ts'
import { TEMPLATE_IDS } from './journey/template.ts'

/** Path of the admin API (`Authorization: Bearer ADMIN_TOKEN`). */
export const ADMIN_API_PATH = '/api/admin'

/** One board in the admin's list: its metadata, storage and connections, never a token. */
export const adminBoardSchema = z.object({
  id: z.string(),
  title: z.string(),
  template: z.enum(TEMPLATE_IDS),
  locale: z.enum(LOCALES),
  /** ISO 8601. */
  createdAt: z.string(),
  /** ISO 8601: the later of the last rename or link change and the last stored edit. */
  lastActiveAt: z.string(),
  /** Bytes of its stored document updates and snapshots. */
  storedBytes: z.number(),
  /** Open board pages now (sockets on its canvas document). */
  connections: z.number(),
})
/** One board in the admin's list. */
export type AdminBoard = z.infer<typeof adminBoardSchema>

/** Response of `GET /api/admin/boards`: every board, oldest first, and the sums. */
export const adminBoardsResponseSchema = z.object({
  boards: z.array(adminBoardSchema),
  totals: z.object({ boards: z.number(), storedBytes: z.number(), connections: z.number() }),
})
/** Response of `GET /api/admin/boards`. */
export type AdminBoardsResponse = z.infer<typeof adminBoardsResponseSchema>
