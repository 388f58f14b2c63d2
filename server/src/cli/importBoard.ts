import { buildBoardLink, type BoardLinks } from '@cxmap/shared'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { importBoard as storeImportedBoard } from '../boardFile/importBoardFile.ts'
import { BoardFileError, readBoardFile, requireFitsDocLimit } from '../boardFile/readBoardFile.ts'
import { DataDirLockedError, lockDataDir } from '../storage/dataDirLock.ts'
import { openSqliteStore } from '../storage/sqlite.ts'
import { CliError, isMissingFile } from './cliError.ts'

/** What `import-board` takes. */
export interface ImportBoardOptions {
  dataDir: string
  databaseFile: string
  /** The board file. */
  file: string
  /** Origin of the printed links (`PUBLIC_URL`, else `http://localhost:PORT`). */
  origin: string
  /** The server's MAX_DOC_BYTES: a larger board is refused, as the server would refuse it. */
  maxDocBytes: number
}

/** The board `import-board` created. */
export interface ImportBoardResult {
  id: string
  title: string
  links: Required<BoardLinks>
}

/**
 * Imports a board file as a new board with new links. It writes the database, so it needs the data directory's lock:
 * with the server running it fails, saying how to import through the running server instead.
 */
export async function importBoardFile({
  dataDir,
  databaseFile,
  file,
  origin,
  maxDocBytes,
}: ImportBoardOptions): Promise<ImportBoardResult> {
  const importable = parseFile(file, await readText(file), maxDocBytes)
  const lock = lockOrExplain(dataDir, file, origin)
  const store = openSqliteStore(databaseFile)
  try {
    const { board, tokens } = await storeImportedBoard(store, importable)
    const links = {
      facilitator: buildBoardLink(origin, board.id, tokens.facilitator),
      editor: buildBoardLink(origin, board.id, tokens.editor),
      viewer: buildBoardLink(origin, board.id, tokens.viewer),
    }
    return { id: board.id, title: board.title, links }
  } finally {
    await store.close()
    lock.release()
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if (isMissingFile(error)) throw new CliError(`No such file: ${resolve(file)}`)
    throw error
  }
}

function parseFile(file: string, text: string, maxDocBytes: number) {
  try {
    const importable = readBoardFile(text)
    requireFitsDocLimit(importable, maxDocBytes)
    return importable
  } catch (error) {
    if (error instanceof BoardFileError) throw new CliError(`${file}: ${error.message}`)
    throw error
  }
}

function lockOrExplain(dataDir: string, file: string, origin: string) {
  try {
    return lockDataDir(dataDir)
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error
    throw new CliError(
      `The CX Map server is running on ${dataDir}, and only it may write there. Stop it and run import-board again, ` +
        'or import through the running server: in the web app (home page, "Import a board file"), or with\n' +
        `  curl -X POST -H 'Content-Type: application/json' --data-binary @${file} ${origin}/api/boards/import\n` +
        '(add -H "X-Creator-Key: …" when CREATE_BOARDS=key).',
    )
  }
}
