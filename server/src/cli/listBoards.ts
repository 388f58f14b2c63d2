import { existsSync } from 'node:fs'
import { openSqliteStoreReadOnly } from '../storage/sqlite.ts'
import type { BoardStats } from '../storage/types.ts'
import { CliError } from './cliError.ts'

/** Every stored board with its storage figures, read-only (runs beside the server). */
export async function listStoredBoards(databaseFile: string): Promise<BoardStats[]> {
  if (!existsSync(databaseFile)) throw new CliError(`No database at ${databaseFile}: check DATA_DIR`)
  const store = openSqliteStoreReadOnly(databaseFile)
  try {
    return await store.listBoards()
  } finally {
    await store.close()
  }
}

/** The boards as an aligned text table: id, last active, size, title. */
export function formatBoardTable(boards: readonly BoardStats[]): string {
  if (boards.length === 0) return 'No boards.'
  const rows = boards.map((board) => [board.id, board.lastActiveAt, formatBytes(board.storedBytes), board.title])
  const header = ['ID', 'LAST ACTIVE', 'SIZE', 'TITLE']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
