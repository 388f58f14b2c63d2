import type { StoredDocKind } from '@cxmap/shared'
import type pg from 'pg'
import { createBoardMutex } from './boardMutex.ts'
import { createPostgresPool, inTransaction, type PostgresPoolOptions } from './postgresPool.ts'
import { migratePostgres } from './postgresSchema.ts'
import type { BoardRecord, BoardStore, DocAppend, LockedBoardDocs, StoredDoc } from './types.ts'
import { toBoardRecord, toBoardRowValues, toBoardStats, type BoardRow, type BoardStatsRow } from './boardRows.ts'

/** Something that runs queries: the pool, or one connection inside a transaction. */
type Queryable = Pick<pg.Pool, 'query'>

// The class of the per-board advisory locks (two-int form: class, hashtext(board id)).
const BOARD_LOCK_CLASS = 0x6378

/**
 * Opens a {@link BoardStore} on PostgreSQL: a pool, its schema migrated (or a {@link SchemaTooNewError} thrown).
 * Several processes may share one database.
 */
export async function openPostgresStore(options: PostgresPoolOptions): Promise<BoardStore> {
  const pool = createPostgresPool(options)
  try {
    await migratePostgres(pool)
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw error
  }
  return createPostgresStore(pool)
}

function createPostgresStore(pool: pg.Pool): BoardStore {
  const lockInProcess = createBoardMutex()
  return {
    isShared: true,
    async createBoard(board, docs = []) {
      if (docs.length === 0) return void (await insertBoard(pool, board))
      await inTransaction(pool, async (client) => {
        await insertBoard(client, board)
        await insertUpdates(
          client,
          docs.map((doc) => ({ ...doc, boardId: board.id })),
        )
      })
    },
    async getBoard(id) {
      const { rows } = await pool.query<BoardRow>('SELECT * FROM boards WHERE id = $1', [id])
      return rows[0] ? toBoardRecord(rows[0]) : null
    },
    async updateBoard(id, { title }) {
      const { rows } = await pool.query<BoardRow>(
        'UPDATE boards SET title = $1, updated_at = $2 WHERE id = $3 RETURNING *',
        [title, new Date().toISOString(), id],
      )
      return rows[0] ? toBoardRecord(rows[0]) : null
    },
    async replaceTokens(id, expected, { tokenHashes: h, linkGenerations: g }) {
      // One statement: the comparison and the write see the same row version (compare-and-set).
      const { rows } = await pool.query<BoardRow>(
        `UPDATE boards SET facilitator_hash = $1, editor_hash = $2, viewer_hash = $3, editor_gen = $4, viewer_gen = $5,
           updated_at = $6 WHERE id = $7 AND facilitator_hash = $8 AND editor_hash = $9 AND viewer_hash = $10
         RETURNING *`,
        [
          h.facilitator,
          h.editor,
          h.viewer,
          g.editor,
          g.viewer,
          new Date().toISOString(),
          id,
          expected.facilitator,
          expected.editor,
          expected.viewer,
        ],
      )
      return rows[0] ? toBoardRecord(rows[0]) : null
    },
    async deleteBoard(id) {
      return ((await pool.query('DELETE FROM boards WHERE id = $1', [id])).rowCount ?? 0) > 0
    },
    loadDoc: (boardId, kind) => loadDoc(pool, boardId, kind),
    appendUpdate: async (boardId, kind, update) => (await insertUpdates(pool, [{ boardId, kind, update }]))[0]!,
    appendUpdates: (appends) => insertUpdates(pool, appends),
    compactDoc: (boardId, kind, snapshot, throughSeq) => compactDoc(pool, boardId, kind, snapshot, throughSeq),
    async listBoards() {
      const { rows } = await pool.query<BoardStatsRow>(LIST_BOARDS_SQL)
      return rows.map(toBoardStats)
    },
    async countBoards() {
      return (await pool.query<{ count: number }>('SELECT count(*)::integer AS count FROM boards')).rows[0]!.count
    },
    async databaseBytes() {
      const { rows } = await pool.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes')
      return Number(rows[0]!.bytes)
    },
    // The in-process mutex first: one connection per board waits for the advisory lock, not one per request.
    withBoardLock: (boardId, fn) =>
      lockInProcess(boardId, () =>
        inTransaction(pool, async (client) => {
          await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [BOARD_LOCK_CLASS, boardId])
          return fn(lockedDocs(client))
        }),
      ),
    async ping() {
      await pool.query('SELECT 1')
    },
    async close() {
      await pool.end()
    },
  }
}

function lockedDocs(client: Queryable): LockedBoardDocs {
  return {
    loadDoc: (boardId, kind) => loadDoc(client, boardId, kind),
    appendUpdate: async (boardId, kind, update) => (await insertUpdates(client, [{ boardId, kind, update }]))[0]!,
    compactDoc: (boardId, kind, snapshot, throughSeq) => compactDoc(client, boardId, kind, snapshot, throughSeq),
  }
}

async function insertBoard(db: Queryable, board: BoardRecord): Promise<void> {
  await db.query(
    `INSERT INTO boards (id, title, locale, template, created_at, updated_at, facilitator_hash, editor_hash,
       viewer_hash, editor_gen, viewer_gen) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    toBoardRowValues(board),
  )
}

/**
 * One INSERT of every update, all or none. Identity values are drawn in the rows' order, so the returned sequence
 * numbers, sorted, are the appends' in their order (RETURNING itself promises no order).
 *
 * A sequence number is drawn at insert, not at commit: without a lock, a compaction (under the board's exclusive
 * lock, see {@link openPostgresStore}'s withBoardLock) could snapshot "through seq N" while an append holding a lower
 * seq still commits later, and loads would skip that row. So the statement first takes the shared board lock of
 * every board it writes (an InitPlan, run before the first row is inserted), held until it commits: appends never
 * wait for each other, and a compaction sees every seq below the ones it reads committed.
 */
async function insertUpdates(db: Queryable, appends: readonly DocAppend[]): Promise<number[]> {
  if (appends.length === 0) return []
  const storedAt = new Date().toISOString()
  // Named statements: each pooled connection parses and plans them once, not on every group commit.
  if (appends.length === 1) {
    // The common case on a quiet server; the update goes as one binary parameter (arrays are sent as text, in hex).
    const { boardId, kind, update } = appends[0]!
    const { rows } = await db.query<{ seq: string }>({
      name: 'cxmap-insert-update',
      text: `INSERT INTO doc_updates (board_id, kind, data, stored_at)
        SELECT $1, $2, $3, $4 WHERE (SELECT count(pg_advisory_xact_lock_shared($5::integer, hashtext($1::text)))) >= 0
        RETURNING seq`,
      values: [boardId, kind, toBuffer(update), storedAt, BOARD_LOCK_CLASS],
    })
    return [Number(rows[0]!.seq)]
  }
  const { rows } = await db.query<{ seq: string }>({
    name: 'cxmap-insert-updates',
    text: `INSERT INTO doc_updates (board_id, kind, data, stored_at)
     SELECT board_id, kind, data, $4 FROM unnest($1::text[], $2::text[], $3::bytea[]) AS a (board_id, kind, data)
     WHERE (SELECT count(pg_advisory_xact_lock_shared($5::integer, hashtext(b)))
            FROM (SELECT DISTINCT unnest($1::text[]) AS b ORDER BY 1) AS boards) >= 0
     RETURNING seq`,
    values: [
      appends.map((a) => a.boardId),
      appends.map((a) => a.kind),
      appends.map((a) => toBuffer(a.update)),
      storedAt,
      BOARD_LOCK_CLASS,
    ],
  })
  return rows.map((row) => Number(row.seq)).sort((a, b) => a - b)
}

/** The snapshot and the updates after it, read in one statement: a compaction committing meanwhile is not half seen. */
async function loadDoc(db: Queryable, boardId: string, kind: StoredDocKind): Promise<StoredDoc> {
  const { rows } = await db.query<{ part: number; seq: string; data: Buffer }>(
    `WITH s AS (SELECT through_seq, data FROM doc_snapshots WHERE board_id = $1 AND kind = $2)
     SELECT 0 AS part, through_seq AS seq, data FROM s
     UNION ALL
     SELECT 1, seq, data FROM doc_updates
       WHERE board_id = $1 AND kind = $2 AND seq > coalesce((SELECT through_seq FROM s), 0)
     ORDER BY part, seq`,
    [boardId, kind],
  )
  return { updates: rows.map((row) => row.data), lastSeq: Number(rows.at(-1)?.seq ?? 0) }
}

/**
 * Replaces the updates through `throughSeq` by the snapshot, in one statement. A stale compaction (lower through_seq)
 * never replaces a newer snapshot; the snapshot keeps the time of the latest update it absorbs.
 */
async function compactDoc(
  db: Queryable,
  boardId: string,
  kind: StoredDocKind,
  snapshot: Uint8Array,
  throughSeq: number,
): Promise<void> {
  await db.query(
    `WITH absorbed AS (
       SELECT max(stored_at) AS stored_at FROM doc_updates WHERE board_id = $1 AND kind = $2 AND seq <= $3
     ), upsert AS (
       INSERT INTO doc_snapshots (board_id, kind, through_seq, data, stored_at)
       SELECT $1, $2, $3, $4, stored_at FROM absorbed
       ON CONFLICT (board_id, kind) DO UPDATE SET through_seq = excluded.through_seq, data = excluded.data,
         stored_at = greatest(excluded.stored_at, doc_snapshots.stored_at)
       WHERE excluded.through_seq >= doc_snapshots.through_seq
     )
     DELETE FROM doc_updates WHERE board_id = $1 AND kind = $2 AND seq <= $3`,
    [boardId, kind, throughSeq, toBuffer(snapshot)],
  )
}

const LIST_BOARDS_SQL = `
  SELECT b.id, b.title, b.locale, b.template, b.created_at,
    greatest(b.updated_at, u.stored_at, s.stored_at) AS last_active_at,
    coalesce(u.bytes, 0) + coalesce(s.bytes, 0) AS stored_bytes
  FROM boards b
  LEFT JOIN (SELECT board_id, sum(octet_length(data)) AS bytes, max(stored_at) AS stored_at
             FROM doc_updates GROUP BY board_id) u ON u.board_id = b.id
  LEFT JOIN (SELECT board_id, sum(octet_length(data)) AS bytes, max(stored_at) AS stored_at
             FROM doc_snapshots GROUP BY board_id) s ON s.board_id = b.id
  ORDER BY b.created_at, b.id`

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
