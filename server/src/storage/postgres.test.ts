import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasPostgres, startPostgres, type PostgresServer } from '../../test/postgresServer.ts'
import { createTestBoardRecord, describeStorageContract } from './contract.ts'
import { openPostgresStore } from './postgres.ts'
import { migratePostgres, POSTGRES_SCHEMA_VERSION, SchemaTooNewError } from './postgresSchema.ts'
import { createApp } from '../app.ts'
import { createLogCapture } from '../../test/logCapture.ts'
import { createTempDir, createTestConfig } from '../../test/testServer.ts'
import type { BoardStore, DocAppend } from './types.ts'

// One server for the file; each suite its own database.
let server: PostgresServer
let databases = 0
const createDatabase = () => server.createDatabase(`cxmap_test_${++databases}`)

beforeAll(async () => {
  if (hasPostgres()) server = await startPostgres()
}, 60_000)
afterAll(async () => {
  await server?.stop()
})

describe.skipIf(!hasPostgres())('postgres', () => {
  let contractUrl: string | undefined
  describeStorageContract('postgres', async () => {
    contractUrl ??= await createDatabase()
    const connectionString = contractUrl
    let store: BoardStore = await openPostgresStore({ connectionString })
    return {
      store,
      async reopen() {
        await store.close()
        store = await openPostgresStore({ connectionString })
        return store
      },
      cleanup: () => store.close(),
    }
  })

  describe('postgres schema', () => {
    it('migrates once: a second start finds nothing to do, and the version is recorded', async () => {
      const pool = new pg.Pool({ connectionString: await createDatabase() })
      try {
        expect(await migratePostgres(pool)).toEqual([POSTGRES_SCHEMA_VERSION])
        expect(await migratePostgres(pool)).toEqual([])
        const { rows } = await pool.query('SELECT version FROM cxmap_schema ORDER BY version')
        expect(rows.map((r) => r.version)).toEqual([POSTGRES_SCHEMA_VERSION])
      } finally {
        await pool.end()
      }
    })

    it('lets two stores migrate one database at once: one applies, both work', async () => {
      const connectionString = await createDatabase()
      const pools = [new pg.Pool({ connectionString }), new pg.Pool({ connectionString })]
      try {
        const applied = await Promise.all(pools.map((pool) => migratePostgres(pool)))
        expect(applied.flat()).toEqual([POSTGRES_SCHEMA_VERSION])
        const stores = await Promise.all([0, 1].map(() => openPostgresStore({ connectionString })))
        const board = createTestBoardRecord()
        await stores[0]!.createBoard(board)
        expect(await stores[1]!.getBoard(board.id)).toEqual(board)
        await Promise.all(stores.map((store) => store.close()))
      } finally {
        await Promise.all(pools.map((pool) => pool.end()))
      }
    })

    it('refuses to start on a newer schema, and changes nothing', async () => {
      const connectionString = await createDatabase()
      const store = await openPostgresStore({ connectionString })
      await store.close()
      const pool = new pg.Pool({ connectionString })
      try {
        await pool.query('INSERT INTO cxmap_schema (version) VALUES ($1)', [POSTGRES_SCHEMA_VERSION + 1])
        const opening = openPostgresStore({ connectionString })
        await expect(opening).rejects.toBeInstanceOf(SchemaTooNewError)
        await expect(opening).rejects.toThrow(/newer than this server/)
        const { rows } = await pool.query('SELECT max(version) AS v FROM cxmap_schema')
        expect(rows[0].v).toBe(POSTGRES_SCHEMA_VERSION + 1)
      } finally {
        await pool.end()
      }
    })
  })

  describe('postgres store', () => {
    it('appends a group commit of 50 boards in one statement: all or none, sequence numbers in order', async () => {
      const store = await openPostgresStore({ connectionString: await createDatabase() })
      try {
        const boards = Array.from({ length: 50 }, () => createTestBoardRecord())
        for (const board of boards) await store.createBoard(board)
        const group = (round: number): DocAppend[] =>
          boards.flatMap((b) =>
            [0, 1, 2, 3].map((i) => ({
              boardId: b.id,
              kind: 'board' as const,
              update: new Uint8Array(80).fill(round + i),
            })),
          )
        const timings: number[] = []
        for (let round = 0; round < 20; round++) {
          const started = performance.now()
          const seqs = await store.appendUpdates(group(round))
          timings.push(performance.now() - started)
          expect(seqs).toHaveLength(200)
          expect(seqs.every((seq, i) => i === 0 || seq > seqs[i - 1]!)).toBe(true)
        }
        timings.sort((a, b) => a - b)
        console.info(
          `postgres group commit of 200 appends: median ${timings[10]!.toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms`,
        )
        const loaded = await store.loadDoc(boards[7]!.id, 'board')
        expect(loaded.updates.map((u) => u[0])).toEqual(
          Array.from({ length: 20 }, (_, r) => [r, r + 1, r + 2, r + 3]).flat(),
        )
        const broken = [...group(99), { boardId: 'missing', kind: 'board' as const, update: new Uint8Array(1) }]
        await expect(store.appendUpdates(broken)).rejects.toThrow()
        expect((await store.loadDoc(boards[7]!.id, 'board')).updates).toHaveLength(80)
      } finally {
        await store.close()
      }
    })

    it('holds an append to a board while that board is locked (a compaction), and not an append to another', async () => {
      const connectionString = await createDatabase()
      const store = await openPostgresStore({ connectionString })
      const observer = new pg.Client({ connectionString })
      await observer.connect()
      try {
        const [locked, other] = [createTestBoardRecord(), createTestBoardRecord()]
        await store.createBoard(locked)
        await store.createBoard(other)
        const append = (boardId: string) => store.appendUpdates([{ boardId, kind: 'board', update: new Uint8Array(8) }])
        let release = () => {}
        const released = new Promise<void>((resolve) => (release = resolve))
        let lockTaken = () => {}
        const taken = new Promise<void>((resolve) => (lockTaken = resolve))
        const holding = store.withBoardLock(locked.id, async () => {
          lockTaken()
          await released
        })
        await taken
        expect(await append(other.id)).toHaveLength(1)
        let appended = false
        const held = append(locked.id).then(() => (appended = true))
        const waiting = async () => {
          const { rows } = await observer.query(
            `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
          )
          return (rows[0] as { n: number }).n
        }
        await expect.poll(waiting).toBe(1)
        expect(appended).toBe(false)
        release()
        await holding
        await held
        expect((await store.loadDoc(locked.id, 'board')).updates).toHaveLength(1)
      } finally {
        await observer.end()
        await store.close()
      }
    })

    // Last in the file: it stops the server.
    it('reports not ready while PostgreSQL is down, fails queries instead of hanging, and recovers', async () => {
      const dir = await createTempDir()
      const store = await openPostgresStore({ connectionString: await createDatabase() })
      const { logger } = createLogCapture()
      const cxmap = createApp({ config: createTestConfig(dir.path), store, logger })
      try {
        expect((await cxmap.app.request('/readyz')).status).toBe(200)
        await server.stopServer()
        expect((await cxmap.app.request('/readyz')).status).toBe(503)
        await expect(store.getBoard('any')).rejects.toThrow()
        await server.startServer()
        expect((await cxmap.app.request('/readyz')).status).toBe(200)
        const board = createTestBoardRecord()
        await store.createBoard(board, [{ kind: 'board', update: new Uint8Array([1, 2]) }])
        expect(await store.getBoard(board.id)).toEqual(board)
      } finally {
        await cxmap.close()
        await store.close()
        await dir.remove()
      }
    })
  })
})
