import type pg from 'pg'
import { inTransaction } from './postgresPool.ts'
import { SchemaTooNewError } from './schemaErrors.ts'

export { SchemaTooNewError }

/**
 * The PostgreSQL schema's migrations, oldest first: migration `i` brings the schema to version `i + 1`. Append new
 * ones; never edit a released one.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  // An identity column is never reused, even after a compaction deletes the highest rows (a reused seq would be ≤ the
  // snapshot's through_seq and the update would be skipped on load). Times are ISO 8601 text, as the app writes them.
  `CREATE TABLE boards (
     id text PRIMARY KEY,
     title text NOT NULL,
     locale text NOT NULL,
     template text NOT NULL,
     created_at text NOT NULL,
     updated_at text NOT NULL,
     facilitator_hash text NOT NULL,
     editor_hash text NOT NULL,
     viewer_hash text NOT NULL,
     editor_gen integer NOT NULL,
     viewer_gen integer NOT NULL
   );
   CREATE TABLE doc_updates (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
     kind text NOT NULL,
     data bytea NOT NULL,
     stored_at text NOT NULL
   );
   CREATE INDEX doc_updates_by_doc ON doc_updates (board_id, kind, seq);
   CREATE TABLE doc_snapshots (
     board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
     kind text NOT NULL,
     through_seq bigint NOT NULL,
     data bytea NOT NULL,
     stored_at text,
     PRIMARY KEY (board_id, kind)
   );
   -- Yjs updates are mostly binary and small; storing them uncompressed spares the CPU of the hot append path.
   ALTER TABLE doc_updates ALTER COLUMN data SET STORAGE EXTERNAL;
   ALTER TABLE doc_snapshots ALTER COLUMN data SET STORAGE EXTERNAL;`,
]

/** The schema version this server writes. */
export const POSTGRES_SCHEMA_VERSION = POSTGRES_MIGRATIONS.length

// One key for every CX Map database; two-int advisory keys (the board locks) live in another key space.
const MIGRATION_LOCK_KEY = 0x63786d6170

/**
 * Brings the schema up to {@link POSTGRES_SCHEMA_VERSION} in one transaction, under an advisory lock so that
 * instances starting together migrate one after another (the second finds nothing to do). Throws
 * {@link SchemaTooNewError} on a newer schema. Returns the versions applied.
 */
export async function migratePostgres(pool: pg.Pool): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
    await client.query(`CREATE TABLE IF NOT EXISTS cxmap_schema (
      version integer PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM cxmap_schema')
    const current = rows[0]?.version ?? 0
    if (current > POSTGRES_SCHEMA_VERSION) throw new SchemaTooNewError(current, POSTGRES_SCHEMA_VERSION)
    const applied: number[] = []
    for (let version = current + 1; version <= POSTGRES_SCHEMA_VERSION; version++) {
      await client.query(POSTGRES_MIGRATIONS[version - 1]!)
      await client.query('INSERT INTO cxmap_schema (version) VALUES ($1)', [version])
      applied.push(version)
    }
    return applied
  })
}
