import { copyFileSync, existsSync, renameSync } from 'node:fs'
import { resolve } from 'node:path'
import { DataDirLockedError, lockDataDir } from '../storage/dataDirLock.ts'
import { CliError, formatFileTimestamp } from './cliError.ts'
import { verifyDatabaseFile, type DatabaseSummary } from './verifyDatabase.ts'

/** What `restore` takes. */
export interface RestoreOptions {
  dataDir: string
  databaseFile: string
  /** The backup to restore (e.g. one written by `backup`). */
  backupFile: string
  now?: Date
}

/** What `restore` did. */
export interface RestoreResult extends DatabaseSummary {
  restoredFrom: string
  /** The files of the database that was replaced, under their new names (none when there was none). */
  movedAside: string[]
}

// SQLite's companions of a database file in WAL mode; kept beside the moved database so that it opens whole.
const COMPANION_SUFFIXES = ['', '-wal', '-shm']

/**
 * Replaces the database by a verified backup, with the server stopped (it needs the data directory's lock). The
 * current database and its write-ahead log are renamed to `cxmap.db.before-restore-<timestamp>` (and `-wal`, `-shm`),
 * never deleted.
 */
export function restoreDatabase({
  dataDir,
  databaseFile,
  backupFile,
  now = new Date(),
}: RestoreOptions): RestoreResult {
  const source = resolve(backupFile)
  if (!existsSync(source)) throw new CliError(`No such file: ${source}`)
  const summary = verifyDatabaseFile(source)
  const lock = lockOrExplain(dataDir)
  try {
    const aside = `${databaseFile}.before-restore-${formatFileTimestamp(now)}`
    const movedAside: string[] = []
    for (const suffix of COMPANION_SUFFIXES) {
      if (!existsSync(databaseFile + suffix)) continue
      renameSync(databaseFile + suffix, aside + suffix)
      movedAside.push(aside + suffix)
    }
    // Copied next to its place and renamed: a crash mid-copy leaves no half database under the real name.
    const partial = `${databaseFile}.restoring`
    copyFileSync(source, partial)
    renameSync(partial, databaseFile)
    return { ...summary, restoredFrom: source, movedAside }
  } finally {
    lock.release()
  }
}

function lockOrExplain(dataDir: string) {
  try {
    return lockDataDir(dataDir)
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error
    throw new CliError(`The CX Map server is running on ${dataDir}: stop it, then run restore again.`)
  }
}
