import type { Locale, TemplateId } from '@cxmap/shared'
import type { BoardRecord, BoardStats } from './types.ts'

/** A `boards` row, as both SQL backends store it (the same column names in SQLite and PostgreSQL). */
export interface BoardRow {
  id: string
  title: string
  locale: string
  template: string
  created_at: string
  updated_at: string
  facilitator_hash: string
  editor_hash: string
  viewer_hash: string
  editor_gen: number
  viewer_gen: number
}

/** A row of the admin's board list: a board with its storage figures (PostgreSQL returns a bigint sum as text). */
export interface BoardStatsRow {
  id: string
  title: string
  locale: string
  template: string
  created_at: string
  last_active_at: string
  stored_bytes: number | string
}

/** The values of a new `boards` row, in the column order of both backends' INSERT (id … viewer_gen). */
export function toBoardRowValues(
  board: BoardRecord,
): [string, string, string, string, string, string, string, string, string, number, number] {
  const { tokenHashes: h, linkGenerations: g } = board
  return [
    board.id,
    board.title,
    board.locale,
    board.template,
    board.createdAt,
    board.updatedAt,
    h.facilitator,
    h.editor,
    h.viewer,
    g.editor,
    g.viewer,
  ]
}

/** The board record of a `boards` row. */
export function toBoardRecord(row: BoardRow): BoardRecord {
  return {
    id: row.id,
    title: row.title,
    locale: row.locale as Locale,
    template: row.template as TemplateId,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    tokenHashes: { facilitator: row.facilitator_hash, editor: row.editor_hash, viewer: row.viewer_hash },
    linkGenerations: { editor: row.editor_gen, viewer: row.viewer_gen },
  }
}

/** The admin's figures of a board list row. */
export function toBoardStats(row: BoardStatsRow): BoardStats {
  return {
    id: row.id,
    title: row.title,
    locale: row.locale as Locale,
    template: row.template as TemplateId,
    createdAt: row.created_at,
    lastActiveAt: row.last_active_at,
    storedBytes: Number(row.stored_bytes),
  }
}
