import type { CreateBoardResponse } from '@cxmap/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectSyncedClient, type TestClient } from '../../../test/clients.ts'
import { startFanoutInstance, type FanoutInstance } from '../../../test/fanoutInstances.ts'
import { hasPostgres, startPostgres, type PostgresServer } from '../../../test/postgresServer.ts'
import { hasRedis, startRedis, type RedisServer } from '../../../test/redisServer.ts'
import { createBoardVia, createTempDir } from '../../../test/testServer.ts'
import { waitFor } from '../../../test/waitFor.ts'
import { openPostgresStore } from '../../storage/postgres.ts'
import type { BoardStore } from '../../storage/types.ts'

let postgres: PostgresServer
let redis: RedisServer
let databases = 0
const cleanups: (() => Promise<void>)[] = []

/** Two instances, each with its own pool on one PostgreSQL database, as two processes would be. */
async function startPair(compactEveryUpdates = 1000): Promise<[FanoutInstance, FanoutInstance, BoardStore]> {
  const databaseUrl = await postgres.createDatabase(`cxmap_fanout_${++databases}`)
  const dir = await createTempDir()
  cleanups.push(() => dir.remove())
  const start = async () => {
    const store = await openPostgresStore({ connectionString: databaseUrl })
    const instance = await startFanoutInstance({
      store,
      dataDir: dir.path,
      redisUrl: redis.url,
      config: { compactEveryUpdates },
      checkUpdates: false,
    })
    cleanups.push(async () => {
      await instance.stop()
      await store.close()
    })
    return { instance, store }
  }
  const [a, b] = await Promise.all([start(), start()])
  return [a.instance, b.instance, a.store]
}

async function joinBoard(instance: FanoutInstance, board: CreateBoardResponse): Promise<TestClient> {
  const client = await connectSyncedClient(instance.syncUrl, board.id, board.tokens.editor)
  cleanups.push(async () => client.destroy())
  return client
}

const mapOf = (client: TestClient) => client.doc.getMap('m').toJSON()

// Two apps, Redis and real sockets per test: generous on a CI machine whose two cores run other files too.
describe.skipIf(!hasRedis() || !hasPostgres())(
  'fan-out between two instances on PostgreSQL',
  { timeout: 20_000 },
  () => {
    beforeAll(async () => {
      ;[postgres, redis] = await Promise.all([startPostgres(), startRedis()])
    }, 60_000)
    afterAll(async () => {
      await redis?.stop()
      await postgres?.stop()
    })
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
    })

    it('converges clients on different instances', async () => {
      const [a, b, store] = await startPair()
      const board = await createBoardVia(a.cxmap)
      const onA = await joinBoard(a, board)
      const onB = await joinBoard(b, board)
      for (let i = 0; i < 10; i++) {
        onA.doc.getMap('m').set(`a${i}`, i)
        onB.doc.getMap('m').set(`b${i}`, i)
      }
      for (const client of [onA, onB]) {
        await waitFor(() => Object.keys(mapOf(client)).length === 20, { message: 'all 20 edits on each side' })
      }
      const stored = new Y.Doc()
      for (const update of (await store.loadDoc(board.id, 'board')).updates) Y.applyUpdate(stored, update)
      expect(stored.getMap('m').toJSON()).toEqual(mapOf(onA))
      expect(mapOf(onB)).toEqual(mapOf(onA))
    })

    it('keeps every update through the compactions both instances run', async () => {
      const [a, b, store] = await startPair(4)
      const board = await createBoardVia(a.cxmap)
      const onA = await joinBoard(a, board)
      const onB = await joinBoard(b, board)
      for (let i = 0; i < 30; i++) {
        onA.doc.getMap('m').set(`a${i}`, i)
        onB.doc.getMap('m').set(`b${i}`, i)
        await new Promise((resolve) => setImmediate(resolve))
      }
      await waitFor(() => Object.keys(mapOf(onA)).length === 60 && Object.keys(mapOf(onB)).length === 60, {
        message: 'all 60 edits on each side',
      })
      await waitFor(
        async () => {
          const stored = new Y.Doc()
          for (const update of (await store.loadDoc(board.id, 'board')).updates) Y.applyUpdate(stored, update)
          return Object.keys(stored.getMap('m').toJSON()).length === 60
        },
        { message: 'all 60 edits stored' },
      )
      expect((await store.loadDoc(board.id, 'board')).updates.length).toBeLessThan(30)
    })
  },
)
