import type { CreateBoardResponse } from '@cxmap/shared'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { connectSyncedClient, type TestClient } from './clients.ts'
import { hasClusterBinaries, startCluster, type Cluster, type ClusterOptions } from './cluster.ts'
import { moveClient, readTexts } from './clusterClients.ts'

type ClientRole = 'editor' | 'viewer'

/** A file's cluster (one for all its tests) and what its tests do with it; clients are destroyed after each test. */
export interface ClusterSession {
  /** The running cluster (inside a test). */
  readonly cluster: Cluster
  /** A synced client on instance `instance`. */
  connect(instance: number, board: CreateBoardResponse, role: ClientRole): Promise<TestClient>
  /** The cards a new client on `instance` syncs: what that instance serves of the board. */
  readFresh(instance: number, board: CreateBoardResponse): Promise<Map<string, unknown>>
  /** Moves a client to `instance` as a load balancer would (see {@link moveClient}). */
  move(client: TestClient, instance: number, board: CreateBoardResponse, role: ClientRole): TestClient
  /** Runs `fault`; `repair` runs after the test unless the returned function ran it first. */
  breakUntilRepaired(fault: () => Promise<void>, repair: () => Promise<unknown>): Promise<() => Promise<void>>
}

/**
 * Registers the hooks of a file whose tests share one cluster: started in beforeAll when PostgreSQL and Redis are
 * installed (pair with `describe.skipIf(!hasClusterBinaries())`), stopped in afterAll; after each test its clients are
 * destroyed and whatever it left broken is repaired.
 */
export function useCluster(options: ClusterOptions): ClusterSession {
  let cluster: Cluster | null = null
  const cleanups: (() => void)[] = []
  const repairs = new Set<() => Promise<unknown>>()

  beforeAll(async () => {
    if (hasClusterBinaries()) cluster = await startCluster(options)
  }, 90_000)
  afterAll(async () => {
    await cluster?.stop()
  }, 30_000)
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup()
    for (const repair of repairs) await repair()
    repairs.clear()
  }, 90_000)

  const running = (): Cluster => {
    if (!cluster) throw new Error('useCluster: the cluster only runs inside the tests of its file')
    return cluster
  }
  const session: ClusterSession = {
    get cluster() {
      return running()
    },
    async connect(instance, board, role) {
      const client = await connectSyncedClient(running().server(instance).syncUrl, board.id, board.tokens[role])
      cleanups.push(() => client.destroy())
      return client
    },
    async readFresh(instance, board) {
      const reader = await session.connect(instance, board, 'viewer')
      const texts = readTexts(reader.doc)
      reader.provider.disconnect()
      return texts
    },
    move(client, instance, board, role) {
      const moved = moveClient(client, running().server(instance).syncUrl, board.id, board.tokens[role])
      cleanups.push(() => moved.destroy())
      return moved
    },
    async breakUntilRepaired(fault, repair) {
      repairs.add(repair)
      await fault()
      return async () => {
        repairs.delete(repair)
        await repair()
      }
    },
  }
  return session
}
