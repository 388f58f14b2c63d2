import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { BOARD_FILE_EXTENSION } from '../boardFile/format.ts'
import { buildBoardFile, formatBoardFile } from '../boardFile/writeBoardFile.ts'
import { slugifyTitle } from '../http/contentDisposition.ts'
import { openSqliteStoreReadOnly } from '../storage/sqlite.ts'
import { CliError } from './cliError.ts'

/** What `export-board` takes. */
export interface ExportBoardOptions {
  databaseFile: string
  boardId: string
  /** Where to write; default `<title>.cxmap.json` in `cwd`. */
  out?: string
  cwd: string
}

/** What `export-board` wrote. */
export interface ExportBoardResult {
  path: string
  title: string
  bytes: number
}

/**
 * Writes a board's file (docs/board-file.md) from the database, opened read-only so that it runs beside the server:
 * the server stores every update before relaying it, so the file holds every edit made so far.
 */
export async function exportBoard({ databaseFile, boardId, out, cwd }: ExportBoardOptions): Promise<ExportBoardResult> {
  if (!existsSync(databaseFile)) throw new CliError(`No database at ${databaseFile}: check DATA_DIR`)
  const store = openSqliteStoreReadOnly(databaseFile)
  try {
    const board = await store.getBoard(boardId)
    if (!board) throw new CliError(`No board with id "${boardId}" in ${databaseFile}`)
    const text = formatBoardFile(await buildBoardFile({ store, readLoadedDoc: async () => null }, board))
    const path = resolve(cwd, out ?? `${slugifyTitle(board.title, 'board')}.${BOARD_FILE_EXTENSION}`)
    await writeFile(path, text)
    return { path, title: board.title, bytes: Buffer.byteLength(text) }
  } finally {
    await store.close()
  }
}
