import { mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { StoredDocKind } from '@cxmap/shared'
import { createBoardMutex } from './boardMutex.ts'
import type { BoardRecord, BoardStore, DocAppend, InitialDoc, StoredDoc } from './types.ts'
import { toBoardRecord, toBoardRowValues, toBoardStats, type BoardRow, type BoardStatsRow } from './boardRows.ts'
import { startWalCheckpointer, type WalCheckpointer, type WalCheckpointerOptions } from './walCheckpointer.ts'

/** The layout version of the SQLite file (`PRAGMA user_version`). */
export const SCHEMA_VERSION = 3

// AUTOINCREMENT (not a plain rowid) because sequence numbers must never be reused: after a compaction deletes the
// highest rows, a reused seq would be ≤ the snapshot's through_seq and the update would be skipped on load.
const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  locale TEXT NOT NULL,
  template TEXT NOT NULL DEFAULT 'blank',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  facilitator_hash TEXT NOT NULL,
  editor_hash TEXT NOT NULL,
  viewer_hash TEXT NOT NULL,
  editor_gen INTEGER NOT NULL,
  viewer_gen INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  data BLOB NOT NULL,
  stored_at TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (board_id, kind, seq);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  through_seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  stored_at TEXT,
  PRIMARY KEY (board_id, kind)
) STRICT;
`

interface SnapshotRow {
  through_seq: number
  data: Uint8Array
}

interface UpdateRow {
  seq: number
  data: Uint8Array
}

export interface SqliteStoreOptions {
  /**
   * Checkpoint the WAL from a worker thread instead of inside appends on the event loop (see walCheckpointer.ts):
   * the server's store does; short-lived ones (the CLI, most tests) keep SQLite's automatic checkpoints.
   */
  walCheckpointer?: WalCheckpointerOptions
}

/** Opens (creating it and its directory if needed) the SQLite file behind a {@link BoardStore}. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): BoardStore {
  mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // In WAL mode, NORMAL syncs only at checkpoints. A committed transaction is already in the WAL file (handed to the
  // OS by write()), so it survives a crash or kill -9 of this process; only a power loss or OS crash can lose the last
  // few commits. FULL would fsync on every append, the server's hottest path.
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db)
  const checkpointer =
    options.walCheckpointer && !db.memory ? startWalCheckpointer(db, options.walCheckpointer) : undefined
  return createSqliteStore(db, checkpointer)
}

/**
 * Opens an existing SQLite file read-only, beside the server that writes it (the CLI's export and list): every write
 * fails. Its schema must be this server's (the server migrates it when it starts).
 */
export function openSqliteStoreReadOnly(file: string): BoardStore {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  const version = db.pragma('user_version', { simple: true }) as number
  if (version !== SCHEMA_VERSION) {
    db.close()
    throw new Error(`Database schema ${version} is not this server's (${SCHEMA_VERSION}): start the server once`)
  }
  return createSqliteStore(db)
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > SCHEMA_VERSION)
    throw new Error(`Database schema ${version} is newer than this server (${SCHEMA_VERSION})`)
  db.transaction(() => {
    // Version 1 had no template column; its boards were all seeded by their first client, i.e. blank.
    if (version === 1) db.exec("ALTER TABLE boards ADD COLUMN template TEXT NOT NULL DEFAULT 'blank'")
    db.exec(SCHEMA_SQL)
    // Version 2 kept no time with updates and snapshots: its boards are last active as of their updated_at.
    addColumnIfMissing(db, 'doc_updates', 'stored_at TEXT')
    addColumnIfMissing(db, 'doc_snapshots', 'stored_at TEXT')
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })()
}

function addColumnIfMissing(db: Database.Database, table: string, column: string): void {
  const columns = db.pragma(`table_info(${table})`) as { name: string }[]
  if (!columns.some((c) => c.name === column.split(' ')[0])) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column}`)
}

function createSqliteStore(db: Database.Database, checkpointer?: WalCheckpointer): BoardStore {
  const sql = prepareStatements(db)
  const compact = db.transaction((boardId: string, kind: StoredDocKind, snapshot: Uint8Array, throughSeq: number) => {
    sql.upsertSnapshot.run(boardId, kind, throughSeq, snapshot, boardId, kind, throughSeq)
    sql.deleteUpdatesThrough.run(boardId, kind, throughSeq)
  })
  const appendAll = db.transaction((appends: readonly DocAppend[]): number[] => {
    const storedAt = new Date().toISOString()
    return appends.map(({ boardId, kind, update }) =>
      Number(sql.insertUpdate.run(boardId, kind, update, storedAt).lastInsertRowid),
    )
  })
  const insertBoard = db.transaction((board: BoardRecord, docs: readonly InitialDoc[]) => {
    sql.insertBoard.run(...toBoardRowValues(board))
    const storedAt = new Date().toISOString()
    for (const { kind, update } of docs) sql.insertUpdate.run(board.id, kind, update, storedAt)
  })
  const lockBoard = createBoardMutex()
  const load = db.transaction((boardId: string, kind: StoredDocKind): StoredDoc => {
    const snapshot = sql.selectSnapshot.get(boardId, kind)
    const throughSeq = snapshot?.through_seq ?? 0
    const rows = sql.selectUpdatesAfter.all(boardId, kind, throughSeq)
    const updates = rows.map((row) => row.data)
    if (snapshot) updates.unshift(snapshot.data)
    return { updates, lastSeq: rows.at(-1)?.seq ?? throughSeq }
  })

  const store: BoardStore = {
    isShared: false,
    async createBoard(board, docs = []) {
      insertBoard(board, docs)
    },
    async getBoard(id) {
      const row = sql.selectBoard.get(id)
      return row ? toBoardRecord(row) : null
    },
    async updateBoard(id, { title }) {
      const row = sql.updateTitle.get(title, new Date().toISOString(), id)
      return row ? toBoardRecord(row) : null
    },
    async replaceTokens(id, expected, { tokenHashes: h, linkGenerations: g }) {
      const now = new Date().toISOString()
      const row = sql.replaceTokens.get(
        h.facilitator,
        h.editor,
        h.viewer,
        g.editor,
        g.viewer,
        now,
        id,
        expected.facilitator,
        expected.editor,
        expected.viewer,
      )
      return row ? toBoardRecord(row) : null
    },
    async deleteBoard(id) {
      return sql.deleteBoard.run(id).changes > 0
    },
    async loadDoc(boardId, kind) {
      return load(boardId, kind)
    },
    async appendUpdate(boardId, kind, update) {
      return Number(sql.insertUpdate.run(boardId, kind, update, new Date().toISOString()).lastInsertRowid)
    },
    async appendUpdates(appends) {
      return appendAll(appends)
    },
    async compactDoc(boardId, kind, snapshot, throughSeq) {
      compact(boardId, kind, snapshot, throughSeq)
    },
    async listBoards() {
      return sql.listBoards.all().map(toBoardStats)
    },
    async countBoards() {
      return sql.countBoards.pluck().get() as number
    },
    async databaseBytes() {
      const pages =
        (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number)
      return pages + readFileBytes(`${db.name}-wal`)
    },
    withBoardLock(boardId, fn) {
      return lockBoard(boardId, () => fn(store))
    },
    async ping() {
      sql.ping.get()
    },
    async close() {
      await checkpointer?.close()
      if (db.open) db.close()
    },
  }
  return store
}

function prepareStatements(db: Database.Database) {
  return {
    insertBoard: db.prepare<[string, string, string, string, string, string, string, string, string, number, number]>(
      `INSERT INTO boards (id, title, locale, template, created_at, updated_at, facilitator_hash, editor_hash,
        viewer_hash, editor_gen, viewer_gen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    selectBoard: db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
    updateTitle: db.prepare<[string, string, string], BoardRow>(
      'UPDATE boards SET title = ?, updated_at = ? WHERE id = ? RETURNING *',
    ),
    replaceTokens: db.prepare<
      [string, string, string, number, number, string, string, string, string, string],
      BoardRow
    >(
      `UPDATE boards SET facilitator_hash = ?, editor_hash = ?, viewer_hash = ?, editor_gen = ?, viewer_gen = ?,
        updated_at = ? WHERE id = ? AND facilitator_hash = ? AND editor_hash = ? AND viewer_hash = ? RETURNING *`,
    ),
    deleteBoard: db.prepare<[string]>('DELETE FROM boards WHERE id = ?'),
    insertUpdate: db.prepare<[string, StoredDocKind, Uint8Array, string]>(
      'INSERT INTO doc_updates (board_id, kind, data, stored_at) VALUES (?, ?, ?, ?)',
    ),
    selectSnapshot: db.prepare<[string, StoredDocKind], SnapshotRow>(
      'SELECT through_seq, data FROM doc_snapshots WHERE board_id = ? AND kind = ?',
    ),
    selectUpdatesAfter: db.prepare<[string, StoredDocKind, number], UpdateRow>(
      'SELECT seq, data FROM doc_updates WHERE board_id = ? AND kind = ? AND seq > ? ORDER BY seq',
    ),
    // A stale compaction (lower through_seq) never replaces a newer snapshot. The snapshot keeps the time of the
    // latest update it absorbs, so a board's last activity survives compaction.
    upsertSnapshot: db.prepare<[string, StoredDocKind, number, Uint8Array, string, StoredDocKind, number]>(
      `INSERT INTO doc_snapshots (board_id, kind, through_seq, data, stored_at) VALUES (?, ?, ?, ?,
         (SELECT max(stored_at) FROM doc_updates WHERE board_id = ? AND kind = ? AND seq <= ?))
       ON CONFLICT (board_id, kind) DO UPDATE SET through_seq = excluded.through_seq, data = excluded.data,
         stored_at = NULLIF(max(coalesce(excluded.stored_at, ''), coalesce(doc_snapshots.stored_at, '')), '')
       WHERE excluded.through_seq >= doc_snapshots.through_seq`,
    ),
    deleteUpdatesThrough: db.prepare<[string, StoredDocKind, number]>(
      'DELETE FROM doc_updates WHERE board_id = ? AND kind = ? AND seq <= ?',
    ),
    // length() of a blob reads its size from the record header, not the blob itself.
    listBoards: db.prepare<[], BoardStatsRow>(
      `SELECT b.id, b.title, b.locale, b.template, b.created_at,
         max(b.updated_at, coalesce(u.stored_at, ''), coalesce(s.stored_at, '')) AS last_active_at,
         coalesce(u.bytes, 0) + coalesce(s.bytes, 0) AS stored_bytes
       FROM boards b
       LEFT JOIN (SELECT board_id, sum(length(data)) AS bytes, max(stored_at) AS stored_at
                  FROM doc_updates GROUP BY board_id) u ON u.board_id = b.id
       LEFT JOIN (SELECT board_id, sum(length(data)) AS bytes, max(stored_at) AS stored_at
                  FROM doc_snapshots GROUP BY board_id) s ON s.board_id = b.id
       ORDER BY b.created_at, b.id`,
    ),
    countBoards: db.prepare('SELECT count(*) FROM boards'),
    ping: db.prepare('SELECT 1'),
  }
}

/** The file's size, 0 when it does not exist (no WAL yet, or an in-memory database). */
function readFileBytes(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}
