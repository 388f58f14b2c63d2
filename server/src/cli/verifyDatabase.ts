import Database from 'better-sqlite3'
import { SCHEMA_VERSION } from '../storage/sqlite.ts'
import { CliError } from './cliError.ts'

/** What a verified database file holds. */
export interface DatabaseSummary {
  /** `PRAGMA user_version`. */
  schemaVersion: number
  boards: number
  /** Stored document updates and snapshots. */
  docRows: number
}

const REQUIRED_TABLES = ['boards', 'doc_updates', 'doc_snapshots']

/**
 * Checks that a file is a sound CX Map database this server can open — `PRAGMA integrity_check` answers `ok`, the
 * tables are there, the schema is not newer than this server's — and counts what it holds. Throws {@link CliError}.
 */
export function verifyDatabaseFile(file: string): DatabaseSummary {
  let db: Database.Database
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new CliError(`${file} cannot be opened as an SQLite database: ${(error as Error).message}`)
  }
  try {
    const integrity = readIntegrity(db, file)
    if (integrity.join('\n') !== 'ok') {
      throw new CliError(`${file} is damaged (integrity_check: ${integrity.slice(0, 5).join('; ')})`)
    }
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all()
    const missing = REQUIRED_TABLES.filter((name) => !tables.some((table) => table.name === name))
    if (missing.length > 0) throw new CliError(`${file} is not a CX Map database (no table ${missing.join(', ')})`)
    const schemaVersion = db.pragma('user_version', { simple: true }) as number
    if (schemaVersion > SCHEMA_VERSION) {
      throw new CliError(`${file} has schema ${schemaVersion}, newer than this server's (${SCHEMA_VERSION})`)
    }
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    return { schemaVersion, boards: count('boards'), docRows: count('doc_updates') + count('doc_snapshots') }
  } finally {
    db.close()
  }
}

function readIntegrity(db: Database.Database, file: string): string[] {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[]
    return rows.map((row) => row.integrity_check)
  } catch (error) {
    throw new CliError(`${file} is not an SQLite database: ${(error as Error).message}`)
  }
}
