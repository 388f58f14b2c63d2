import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

/** Name of the lock file inside `DATA_DIR` (an empty SQLite database whose file lock is the process's claim). */
export const DATA_DIR_LOCK_FILE = 'cxmap.lock'

/** Thrown by {@link lockDataDir} when another process holds the data directory. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'

  constructor(readonly dataDir: string) {
    super(
      `Another CX Map server is already using the data directory ${dataDir}. Two processes on one SQLite data ` +
        'directory would not see each other’s boards and would lose edits: stop the other one, or give this one its ' +
        'own DATA_DIR.',
    )
  }
}

/** A held data-directory lock. */
export interface DataDirLock {
  release(): void
}

/**
 * Claims the data directory for this process: an exclusive SQLite transaction on `cxmap.lock`, held open for the
 * process's life. The file lock is the operating system's, so it goes with the process however it ends (a `kill -9`
 * leaves nothing stale), and SQLite refuses it to a second connection in this process too. Throws
 * {@link DataDirLockedError} when another holder has it.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true })
  const db = new Database(join(dataDir, DATA_DIR_LOCK_FILE), { timeout: 0 })
  try {
    db.pragma('locking_mode = EXCLUSIVE')
    db.exec('BEGIN EXCLUSIVE')
  } catch (error) {
    db.close()
    if (isBusy(error)) throw new DataDirLockedError(dataDir)
    throw error
  }
  return {
    release() {
      if (!db.open) return
      db.exec('ROLLBACK')
      db.close()
    },
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
}
