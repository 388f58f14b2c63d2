import { STORED_DOC_KINDS } from '@cxmap/shared'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import * as Y from 'yjs'
import { DataDirLockedError, lockDataDir } from '../storage/dataDirLock.ts'
import { describeDatabaseUrl } from '../storage/openStore.ts'
import { openPostgresStore } from '../storage/postgres.ts'
import { openSqliteStoreReadOnly } from '../storage/sqlite.ts'
import type { BoardRecord, BoardStore, InitialDoc } from '../storage/types.ts'
import { CliError } from './cliError.ts'
import { fingerprintUpdate } from './docFingerprint.ts'

/** What `migrate` takes. */
export interface MigrateOptions {
  /** `sqlite:DATA_DIR`. */
  from: string
  /** `postgres://…` or `postgresql://…`. */
  to: string
  /** Replace boards that exist in the target with other content. */
  overwrite: boolean
  /** Told one line per board as it goes. */
  report: (line: string) => void
}

/** What `migrate` did. */
export interface MigrateSummary {
  /** The target, without its password. */
  target: string
  boards: number
  copied: number
  skipped: number
  overwritten: number
  /** Ids of boards the target has with other content, left as they were (no `--overwrite`). */
  differing: string[]
  /** Non-empty documents of the boards verified in the target (copied, overwritten or already there). */
  docs: number
}

/** One board as stored: its record and each non-empty document merged into one update. */
interface BoardCopy {
  record: BoardRecord
  docs: InitialDoc[]
}

/**
 * Copies every board of an SQLite data directory into PostgreSQL: records with their token hashes, and every
 * document (board, control, ballots) as its stored state in one update. Each board is created in one transaction
 * and read back to verify it. A board already in the target with the same content is skipped; one with other content
 * is reported and left unless `overwrite`. The data directory must not be in use by a server (edits made after the
 * copy would be lost).
 */
export async function migrateToPostgres(options: MigrateOptions): Promise<MigrateSummary> {
  const databaseFile = readSource(options.from)
  const connectionString = readTarget(options.to)
  const lock = lockSourceOrExplain(resolve(options.from.slice('sqlite:'.length)))
  const source = openSqliteStoreReadOnly(databaseFile)
  try {
    const target = await openTarget(connectionString)
    try {
      return await copyBoards(source, target, { ...options, target: describeDatabaseUrl(connectionString) })
    } catch (error) {
      throw new CliError(`Migration stopped: ${scrub((error as Error).message, connectionString)}`)
    } finally {
      await target.close()
    }
  } finally {
    await source.close()
    lock.release()
  }
}

async function copyBoards(
  source: BoardStore,
  target: BoardStore,
  options: MigrateOptions & { target: string },
): Promise<MigrateSummary> {
  const summary: MigrateSummary = {
    target: options.target,
    boards: 0,
    copied: 0,
    skipped: 0,
    overwritten: 0,
    differing: [],
    docs: 0,
  }
  for (const { id } of await source.listBoards()) {
    const board = await readBoard(source, id)
    if (!board) continue
    summary.boards += 1
    const existing = await readBoard(target, id)
    const label = `${id} "${board.record.title}"`
    if (existing && isSameBoard(existing, board)) {
      summary.skipped += 1
      summary.docs += board.docs.length
      options.report(`skipped      ${label}: already there with the same content`)
      continue
    }
    if (existing && !options.overwrite) {
      summary.differing.push(id)
      options.report(`DIFFERS      ${label}: the target has other content; not overwritten (--overwrite replaces it)`)
      continue
    }
    // Deleted, then created in one transaction: a failure in between leaves it absent, and a re-run copies it.
    if (existing) await target.deleteBoard(id)
    await target.createBoard(board.record, board.docs)
    const stored = await readBoard(target, id)
    if (!stored || !isSameBoard(stored, board)) throw new Error(`board ${id} reads back different from the source`)
    summary[existing ? 'overwritten' : 'copied'] += 1
    summary.docs += board.docs.length
    options.report(`${existing ? 'overwritten' : 'copied     '}  ${label}: ${board.docs.length} documents, verified`)
  }
  const inSource = await source.countBoards()
  if (inSource !== summary.boards) {
    throw new Error(`the source has ${inSource} boards but ${summary.boards} were read: is a server writing it?`)
  }
  return summary
}

async function readBoard(store: BoardStore, id: string): Promise<BoardCopy | null> {
  const record = await store.getBoard(id)
  if (!record) return null
  const docs: InitialDoc[] = []
  for (const kind of STORED_DOC_KINDS) {
    const { updates } = await store.loadDoc(id, kind)
    if (updates.length > 0) docs.push({ kind, update: Y.mergeUpdates(updates) })
  }
  return { record, docs }
}

function isSameBoard(a: BoardCopy, b: BoardCopy): boolean {
  const fingerprints = (copy: BoardCopy) => copy.docs.map((doc) => [doc.kind, fingerprintUpdate(doc.update)])
  return isDeepStrictEqual(a.record, b.record) && isDeepStrictEqual(fingerprints(a), fingerprints(b))
}

function readSource(from: string): string {
  if (!from.startsWith('sqlite:') || from.length === 'sqlite:'.length) {
    throw new CliError(`--from must be sqlite:DATA_DIR (the data directory of the SQLite server), not "${from}"`)
  }
  const databaseFile = resolve(from.slice('sqlite:'.length), 'cxmap.db')
  if (!existsSync(databaseFile)) throw new CliError(`No database at ${databaseFile}: check the --from directory`)
  return databaseFile
}

function readTarget(to: string): string {
  let url: URL
  try {
    url = new URL(to)
  } catch {
    throw new CliError('--to must be a PostgreSQL URL: postgres://USER:PASSWORD@HOST:5432/DATABASE')
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new CliError(`--to must be a postgres:// or postgresql:// URL, not ${url.protocol}//…`)
  }
  return to
}

function lockSourceOrExplain(dataDir: string): { release(): void } {
  try {
    return lockDataDir(dataDir)
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error
    throw new CliError(`A server is running on ${dataDir}: stop it first, so that no edit is made after the copy`)
  }
}

async function openTarget(connectionString: string): Promise<BoardStore> {
  try {
    return await openPostgresStore({ connectionString, maxConnections: 2 })
  } catch (error) {
    const where = describeDatabaseUrl(connectionString)
    throw new CliError(`Cannot open ${where}: ${scrub((error as Error).message, connectionString)}`)
  }
}

/** The message with the URL's password replaced, should a driver ever echo it. */
function scrub(message: string, connectionString: string): string {
  const password = decodeURIComponent(new URL(connectionString).password)
  return password ? message.split(password).join('***') : message
}

/** The closing lines of `migrate`. */
export function formatMigrateSummary(summary: MigrateSummary): string[] {
  const { boards, copied, skipped, overwritten, differing, docs, target } = summary
  const lines = [
    `Migrated to ${target}: ${boards} boards — ${copied} copied, ${overwritten} overwritten, ${skipped} already there` +
      `, ${differing.length} differing`,
    `Verified: ${copied + overwritten + skipped} of ${boards} boards hold the source's records and ${docs} documents`,
  ]
  if (differing.length > 0) {
    lines.push(`Not overwritten (the target has other content; --overwrite replaces them): ${differing.join(', ')}`)
  }
  return lines
}
