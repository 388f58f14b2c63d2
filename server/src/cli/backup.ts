import { mkdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { CliError, formatFileTimestamp } from './cliError.ts'
import { verifyDatabaseFile, type DatabaseSummary } from './verifyDatabase.ts'

/** What `backup` wrote and found in the copy. */
export interface BackupResult extends DatabaseSummary {
  file: string
  bytes: number
}

/**
 * An online backup of the database into `dir/cxmap-<timestamp>.db` with SQLite's backup API, which copies a consistent
 * snapshot while the server keeps writing; then the copy is made one self-contained file (no write-ahead log) and
 * verified ({@link verifyDatabaseFile}).
 */
export async function backupDatabase(databaseFile: string, dir: string, now: Date = new Date()): Promise<BackupResult> {
  let source: Database.Database
  try {
    source = new Database(databaseFile, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new CliError(`Cannot open the database ${databaseFile} (check DATA_DIR): ${(error as Error).message}`)
  }
  mkdirSync(dir, { recursive: true })
  const file = join(resolve(dir), `cxmap-${formatFileTimestamp(now)}.db`)
  try {
    await source.backup(file)
  } finally {
    source.close()
  }
  const copy = new Database(file)
  try {
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
  return { file, bytes: statSync(file).size, ...verifyDatabaseFile(file) }
}
