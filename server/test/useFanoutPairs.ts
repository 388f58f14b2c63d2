import { join } from 'node:path'
import type { CreateBoardResponse, DocKind, Role } from '@cxmap/shared'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import * as Y from 'yjs'
import type { Config } from '../src/config.ts'
import { openSqliteStore } from '../src/storage/sqlite.ts'
import type { BoardStore } from '../src/storage/types.ts'
import { connectSyncedClient, type TestClient } from './clients.ts'
import { startFanoutInstance, type FanoutInstance, type FanoutInstanceOptions } from './fanoutInstances.ts'
import { startRedis, type RedisServer } from './redisServer.ts'
import { createTempDir } from './testServer.ts'

/** Instances sharing one SQLite store (a faithful model of processes on one database) and one throwaway Redis. */
export interface FanoutPairs {
  /** The file's Redis. */
  readonly redis: RedisServer
  /** The current test's store. */
  readonly store: BoardStore
  /** Two instances (sync mechanics with synthetic docs: no schema gate). */
  startPair(config?: Partial<Config>): Promise<[FanoutInstance, FanoutInstance]>
  /** One more instance, with its own timings if given. */
  startInstance(options?: Pick<FanoutInstanceOptions, 'config' | 'timings'>): Promise<FanoutInstance>
  /** A synced y-websocket client of the board on that instance, destroyed after the test. */
  joinBoard(instance: FanoutInstance, board: CreateBoardResponse, role?: Role, kind?: DocKind): Promise<TestClient>
  /** The stored doc's map `m`, as a fresh instance would load it. */
  readStoredMap(boardId: string, kind?: DocKind): Promise<Record<string, unknown>>
}

/** Registers the hooks (inside a `describe.skipIf(!hasRedis())`): Redis for the file, a store per test. */
export function useFanoutPairs(): FanoutPairs {
  let redis: RedisServer | null = null
  let dir: Awaited<ReturnType<typeof createTempDir>> | null = null
  let store: BoardStore | null = null
  const instances: FanoutInstance[] = []
  const clients: TestClient[] = []
  beforeAll(async () => {
    redis = await startRedis()
  })
  afterAll(async () => {
    await redis?.stop()
  })
  beforeEach(async () => {
    dir = await createTempDir()
    store = openSqliteStore(join(dir.path, 'cxmap.db'))
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const instance of instances.splice(0)) await instance.stop()
    await store?.close()
    await dir?.remove()
  })
  const current = () => {
    if (!redis || !dir || !store) throw new Error('useFanoutPairs: used outside a test')
    return { redis, dir, store }
  }
  const startInstance: FanoutPairs['startInstance'] = async (options = {}) => {
    const { redis: server, dir: tempDir, store: testStore } = current()
    const instance = await startFanoutInstance({
      store: testStore,
      dataDir: tempDir.path,
      redisUrl: server.url,
      checkUpdates: false,
      ...options,
    })
    instances.push(instance)
    return instance
  }
  return {
    get redis() {
      return current().redis
    },
    get store() {
      return current().store
    },
    startInstance,
    startPair: async (config) => {
      const [a, b] = await Promise.all([startInstance({ config }), startInstance({ config })])
      return [a, b]
    },
    async joinBoard(instance, board, role = 'editor', kind = 'board') {
      const client = await connectSyncedClient(instance.syncUrl, board.id, board.tokens[role], kind)
      clients.push(client)
      return client
    },
    async readStoredMap(boardId, kind = 'board') {
      const doc = new Y.Doc()
      for (const update of (await current().store.loadDoc(boardId, kind)).updates) Y.applyUpdate(doc, update)
      return doc.getMap('m').toJSON()
    },
  }
}

/** The client's map `m`. */
export const mapOf = (client: TestClient): Record<string, unknown> => client.doc.getMap('m').toJSON()

/** The awareness states the client sees of the others. */
export const peersOf = (client: TestClient) =>
  [...client.provider.awareness.getStates()].filter(([id]) => id !== client.doc.clientID).map(([, state]) => state)
