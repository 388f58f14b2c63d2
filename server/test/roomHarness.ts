import type { DocKind, Role } from '@cxmap/shared'
import { afterEach, beforeEach } from 'vitest'
import * as Y from 'yjs'
import { noopSyncMetrics } from '../src/metrics.ts'
import { createTestBoardRecord } from '../src/storage/contract.ts'
import { RoomManager } from '../src/sync/RoomManager.ts'
import type { SyncLimits } from '../src/sync/syncLimits.ts'
import { FakeClient } from './fakeClient.ts'
import { createGatedStore } from './gatedStore.ts'
import { createLogCapture } from './logCapture.ts'
import { createMemoryStore } from './memoryStore.ts'

/** The board every harness client joins. */
export const HARNESS_BOARD = 'board1'

const DEFAULT_LIMITS: SyncLimits = {
  maxMessageBytes: 64 * 1024,
  maxMessagesPerSecond: 1000,
  messageBurst: 2000,
  maxAwarenessPerSecond: 1000,
  awarenessBurst: 2000,
  awarenessFlushMs: 0,
  updateFlushMs: 0,
  commitDelayMs: 0,
  maxConnectionsPerBoard: 10,
  roomUnloadGraceMs: 20,
  compactEveryUpdates: 1000,
  maxDocBytes: 1024 * 1024,
  maxBytesPerSecond: 1024 * 1024 * 1024,
  maxBufferedBytes: 1024 * 1024 * 1024,
}

/** A room manager over a gated in-memory store, with fake clients; fresh for every test. */
export interface RoomHarness {
  gated: ReturnType<typeof createGatedStore>
  manager: RoomManager
  clients: FakeClient[]
  /** Replaces the manager by one with other limits (and an injected clock). */
  useManager(limits: Partial<SyncLimits>, now?: () => number): void
  /** A fake client; with `address`, its connections to the board share one byte budget (the server's limit key). */
  connect(role?: Role, kind?: DocKind, address?: string): FakeClient
  /** The stored doc's map `m`, as a fresh server would load it. */
  storedMap(kind?: DocKind): Promise<Record<string, unknown>>
  /** The client's awareness states after applying what it received. */
  awarenessOf(client: FakeClient): Map<number, Record<string, unknown>>
}

/** Registers before/after hooks that build and tear down a {@link RoomHarness}. */
export function useRoomHarness(): RoomHarness {
  const createManager = (store: ReturnType<typeof createGatedStore>, limits: Partial<SyncLimits>, now?: () => number) =>
    new RoomManager({
      store: store.store,
      logger: createLogCapture('silent').logger,
      metrics: noopSyncMetrics,
      limits: { ...DEFAULT_LIMITS, ...limits },
      now,
      // These tests are about ordering, storage and limits, with synthetic docs; the gate has its own (sync/gate/).
      checkUpdates: false,
    })
  const h = {
    clients: [] as FakeClient[],
    useManager(limits: Partial<SyncLimits>, now?: () => number) {
      h.manager = createManager(h.gated, limits, now)
    },
    connect(role: Role = 'editor', kind: DocKind = 'board', address?: string) {
      const client = new FakeClient(h.manager, HARNESS_BOARD, role, kind, address)
      h.clients.push(client)
      return client
    },
    async storedMap(kind: DocKind = 'board') {
      const doc = new Y.Doc()
      for (const update of (await h.gated.store.loadDoc(HARNESS_BOARD, kind)).updates) Y.applyUpdate(doc, update)
      return doc.getMap('m').toJSON()
    },
    awarenessOf(client: FakeClient) {
      client.applyReceived()
      return client.awareness.getStates()
    },
  } as RoomHarness

  beforeEach(async () => {
    h.gated = createGatedStore(createMemoryStore())
    await h.gated.store.createBoard(createTestBoardRecord({ id: HARNESS_BOARD }))
    h.manager = createManager(h.gated, {})
    h.clients = []
  })

  afterEach(async () => {
    h.gated.gates.load.open()
    h.gated.gates.append.open()
    await h.manager.shutdown()
    for (const client of h.clients) client.awareness.destroy()
  })

  return h
}
