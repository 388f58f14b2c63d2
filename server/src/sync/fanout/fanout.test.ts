import { join } from 'node:path'
import { CloseCode, PresenceStateField, type CreateBoardResponse, type Role } from '@cxmap/shared'
import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { authHeaders } from '../../../test/authFixture.ts'
import { connectSyncedClient, type TestClient } from '../../../test/clients.ts'
import { FAST_FANOUT_TIMINGS, startFanoutInstance, type FanoutInstance } from '../../../test/fanoutInstances.ts'
import { hasRedis, startRedis, type RedisServer } from '../../../test/redisServer.ts'
import { createBoardVia, createTempDir } from '../../../test/testServer.ts'
import { expectNever, waitFor } from '../../../test/waitFor.ts'
import type { Config } from '../../config.ts'
import { openSqliteStore } from '../../storage/sqlite.ts'
import type { BoardStore } from '../../storage/types.ts'
import { writeAwarenessEntries } from '../awarenessEntries.ts'
import { encodeAwarenessMessage } from '../messages.ts'

let redis: RedisServer
let dir: Awaited<ReturnType<typeof createTempDir>>
let store: BoardStore
let instances: FanoutInstance[] = []
let clients: TestClient[] = []

/** Two instances on one store and one Redis (sync mechanics with synthetic docs: no schema gate). */
async function startPair(config: Partial<Config> = {}): Promise<[FanoutInstance, FanoutInstance]> {
  const start = () =>
    startFanoutInstance({ store, dataDir: dir.path, redisUrl: redis.url, config, checkUpdates: false })
  const pair = await Promise.all([start(), start()])
  instances.push(...pair)
  return pair
}

async function joinBoard(instance: FanoutInstance, board: CreateBoardResponse, role: Role = 'editor') {
  const client = await connectSyncedClient(instance.syncUrl, board.id, board.tokens[role])
  clients.push(client)
  return client
}

const mapOf = (client: TestClient) => client.doc.getMap('m').toJSON()
const isClosedWith = (client: TestClient, code: number) => client.closes.some((close) => close.code === code)
const peersOf = (client: TestClient) =>
  [...client.provider.awareness.getStates()].filter(([id]) => id !== client.doc.clientID).map(([, state]) => state)

/** Closes one Redis client connection, found by its name. */
async function killRedisClient(name: string): Promise<void> {
  const admin = new Redis(redis.url)
  try {
    const clients = String(await admin.call('CLIENT', 'LIST'))
    const id = clients
      .split('\n')
      .find((line) => line.includes(` name=${name} `))
      ?.match(/^id=(\d+)/)?.[1]
    if (!id) throw new Error(`no Redis client named ${name}`)
    await admin.call('CLIENT', 'KILL', 'ID', id)
  } finally {
    admin.disconnect()
  }
}

async function readReady(instance: FanoutInstance): Promise<Record<string, unknown>> {
  return (await (await instance.cxmap.app.request('/readyz')).json()) as Record<string, unknown>
}

async function readCounter(instance: FanoutInstance, name: string): Promise<number> {
  const line = (await instance.cxmap.metrics.render()).split('\n').find((row) => row.startsWith(`${name} `))
  return Number(line?.split(' ')[1] ?? Number.NaN)
}

async function readStoredMap(boardId: string): Promise<Record<string, unknown>> {
  const doc = new Y.Doc()
  for (const update of (await store.loadDoc(boardId, 'board')).updates) Y.applyUpdate(doc, update)
  return doc.getMap('m').toJSON()
}

describe.skipIf(!hasRedis())('fan-out between two instances through Redis', () => {
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
    for (const client of clients) client.destroy()
    for (const instance of instances) await instance.stop()
    clients = []
    instances = []
    await store.close()
    await dir.remove()
  })

  it('converges clients on different instances, both ways', async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const onA = await joinBoard(a, board)
    const onB = await joinBoard(b, board)
    onA.doc.getMap('m').set('fromA', 1)
    onB.doc.getMap('m').set('fromB', 2)
    for (const client of [onA, onB]) {
      await waitFor(() => mapOf(client).fromA === 1 && mapOf(client).fromB === 2, { message: 'both edits' })
    }
    // Each update was stored once, by the instance that accepted it, and crossed Redis once.
    expect(await readStoredMap(board.id)).toEqual({ fromA: 1, fromB: 2 })
    expect((await readCounter(a, 'cxmap_updates_total')) + (await readCounter(b, 'cxmap_updates_total'))).toBe(2)
    expect(await readCounter(a, 'cxmap_redis_received_total')).toBeGreaterThan(0)
  })

  it('keeps a viewer on B from writing, while it receives what A accepts', async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const editor = await joinBoard(a, board)
    const viewer = await joinBoard(b, board, 'viewer')
    viewer.doc.getMap('m').set('byViewer', true)
    editor.doc.getMap('m').set('byEditor', true)
    await waitFor(() => mapOf(viewer).byEditor === true, { message: 'edit reached the viewer' })
    await expectNever(() => mapOf(editor).byViewer !== undefined, 200, 'the viewer’s edit on A')
    expect(await readStoredMap(board.id)).toEqual({ byEditor: true })
  })

  it('relays awareness across instances and removes it when the client leaves', async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const onA = await joinBoard(a, board)
    const onB = await joinBoard(b, board)
    onA.provider.awareness.setLocalStateField('cursor', { x: 1 })
    await waitFor(() => peersOf(onB).some((state) => state.cursor?.x === 1), { message: 'A’s cursor on B' })
    onB.provider.awareness.setLocalStateField('cursor', { x: 2 })
    await waitFor(() => peersOf(onA).some((state) => state.cursor?.x === 2), { message: 'B’s cursor on A' })
    onA.destroy()
    await waitFor(() => peersOf(onB).length === 0, { message: 'A’s cursor gone from B' })
  })

  it('shows a client that joins B the cursors already on A', async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const onA = await joinBoard(a, board)
    onA.provider.awareness.setLocalStateField('cursor', { x: 7 })
    const onB = await joinBoard(b, board)
    await waitFor(() => peersOf(onB).some((state) => state.cursor?.x === 7), { message: 'A’s cursor on B' })
  })

  it('drops the cursors of an instance that goes silent without a goodbye', async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const onA = await joinBoard(a, board)
    const onB = await joinBoard(b, board)
    onA.provider.awareness.setLocalStateField('cursor', { x: 3 })
    await waitFor(() => peersOf(onB).length === 1, { message: 'A’s cursor on B' })
    await a.silence()
    await waitFor(() => peersOf(onB).length === 0, { timeoutMs: 3000, message: 'A’s cursor timed out on B' })
    expect(b.logs()).toContain('instance gone')
  })

  it('drops the cursors of an instance that stops at once (its goodbye), long before the timeout', async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const onA = await joinBoard(a, board)
    const onB = await joinBoard(b, board)
    onA.provider.awareness.setLocalStateField('cursor', { x: 4 })
    await waitFor(() => peersOf(onB).length === 1, { message: 'A’s cursor on B' })
    await a.stop()
    await waitFor(() => peersOf(onB).length === 0, { timeoutMs: 400, message: 'A’s cursor gone from B' })
  })

  it('never lets a client on B write the awareness state of a client on A', async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const onA = await joinBoard(a, board)
    const onB = await joinBoard(b, board)
    const other = await joinBoard(b, board)
    onA.provider.awareness.setLocalStateField('name', 'alice')
    await waitFor(() => peersOf(other).some((state) => state.name === 'alice'), { message: 'alice on B' })
    // A newer clock for A's client id, sent by a client on B: refused, A's client owns it (on A).
    const clock = onA.provider.awareness.meta.get(onA.doc.clientID)!.clock + 5
    const stateBytes = new TextEncoder().encode(JSON.stringify({ name: 'mallory' }))
    const update = writeAwarenessEntries([{ clientId: onA.doc.clientID, clock, stateBytes }])
    onB.provider.ws!.send(encodeAwarenessMessage(update))
    const isHijacked = (client: TestClient) => peersOf(client).some((state) => state.name === 'mallory')
    await expectNever(() => isHijacked(other) || isHijacked(onA), 300, 'alice’s state replaced')
    expect(b.cxmap.rooms.connectionCount).toBe(2)
  })

  it('knows on A the voter keys of clients on B, until they leave or B goes silent', async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const keys = ['a'.repeat(64), 'b'.repeat(64)]
    const [first, second] = await Promise.all([joinBoard(b, board), joinBoard(b, board)])
    first!.provider.awareness.setLocalStateField(PresenceStateField.voterKey, keys[0])
    second!.provider.awareness.setLocalStateField(PresenceStateField.voterKey, keys[1])
    // A holds no room of the board: a ballot request that reaches it is still checked against B's voters.
    await waitFor(() => keys.every((key) => a.cxmap.rooms.hasConnectedVoter(board.id, key)), {
      message: 'B’s voters on A',
    })
    expect(a.cxmap.rooms.roomCount).toBe(0)
    first!.destroy()
    await waitFor(() => !a.cxmap.rooms.hasConnectedVoter(board.id, keys[0]!), { message: 'first voter gone' })
    expect(a.cxmap.rooms.hasConnectedVoter(board.id, keys[1]!)).toBe(true)
    // A instance started later asks for the voters of every board.
    const late = await startFanoutInstance({ store, dataDir: dir.path, redisUrl: redis.url, checkUpdates: false })
    instances.push(late)
    await waitFor(() => late.cxmap.rooms.hasConnectedVoter(board.id, keys[1]!), { message: 'voter known to a late A' })
    await b.silence()
    await waitFor(() => !a.cxmap.rooms.hasConnectedVoter(board.id, keys[1]!), { message: 'B’s voters timed out' })
  })

  it('closes the sockets of a link revoked on A on B too', async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const editorOnB = await joinBoard(b, board)
    const facilitatorOnB = await joinBoard(b, board, 'facilitator')
    const response = await a.cxmap.app.request(`/api/boards/${board.id}/links/editor/rotate`, {
      method: 'POST',
      headers: authHeaders(board.tokens.facilitator),
    })
    expect(response.status).toBe(200)
    await waitFor(() => isClosedWith(editorOnB, CloseCode.linkRevoked), { message: 'editor on B closed with 4410' })
    expect(facilitatorOnB.closes).toEqual([])
  })

  it('closes the sockets of a board deleted on A on B too', async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const onB = await joinBoard(b, board)
    const response = await a.cxmap.app.request(`/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: authHeaders(board.tokens.facilitator),
    })
    expect(response.status).toBe(204)
    await waitFor(() => isClosedWith(onB, CloseCode.notFound), { message: 'B’s client closed with 4404' })
    await waitFor(() => b.cxmap.rooms.roomCount === 0, { message: 'B forgot the room' })
  })

  it('converges again after Redis restarts, without the clients reconnecting', { timeout: 20_000 }, async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const onA = await joinBoard(a, board)
    const onB = await joinBoard(b, board)
    expect(await readReady(a)).toEqual({ status: 'ok', redis: 'up' })
    await redis.kill()
    try {
      await waitFor(async () => (await readReady(a)).redis === 'down', { message: '/readyz reports Redis down' })
      onA.doc.getMap('m').set('whileDownA', 1)
      onB.doc.getMap('m').set('whileDownB', 2)
      // Each instance keeps serving its own clients meanwhile.
      await waitFor(async () => (await readStoredMap(board.id)).whileDownB === 2, { message: 'both stored' })
      expect(mapOf(onA).whileDownB).toBeUndefined()
    } finally {
      await redis.start()
    }
    for (const client of [onA, onB]) {
      await waitFor(() => mapOf(client).whileDownA === 1 && mapOf(client).whileDownB === 2, {
        timeoutMs: 10_000,
        message: 'convergence after the restart',
      })
    }
    expect([...onA.closes, ...onB.closes]).toEqual([])
    onB.doc.getMap('m').set('after', 3)
    await waitFor(() => mapOf(onA).after === 3, { message: 'fan-out works again' })
  })

  it('serves its own clients when Redis is down at start, and joins the fan-out once it is up', async () => {
    await redis.kill()
    try {
      const pair = await startPair()
      const board = await createBoardVia(pair[0].cxmap)
      const clientsOf = await Promise.all(pair.map((instance) => joinBoard(instance, board)))
      clientsOf[0]!.doc.getMap('m').set('first', 1)
      clientsOf[1]!.doc.getMap('m').set('second', 2)
      await waitFor(async () => Object.keys(await readStoredMap(board.id)).length === 2, { message: 'both stored' })
    } finally {
      await redis.start()
    }
    for (const client of clients) {
      await waitFor(() => mapOf(client).first === 1 && mapOf(client).second === 2, {
        timeoutMs: 10_000,
        message: 'convergence once Redis is up',
      })
    }
  }, 20_000)

  it('has the others resync what it could not publish once its publisher is back', async () => {
    // A reconnects its publisher slowly: an edit made meanwhile is stored but cannot be published.
    const slow = { ...FAST_FANOUT_TIMINGS, retryDelayMs: () => 700 }
    const start = (timings = FAST_FANOUT_TIMINGS) =>
      startFanoutInstance({ store, dataDir: dir.path, redisUrl: redis.url, timings, checkUpdates: false })
    const [a, b] = await Promise.all([start(slow), start()])
    instances.push(a, b)
    const board = await createBoardVia(a.cxmap)
    const onA = await joinBoard(a, board)
    const onB = await joinBoard(b, board)
    await killRedisClient(`cxmap-${a.cxmap.fanout!.instanceId}-publisher`)
    await waitFor(() => !a.cxmap.fanout!.isConnected, { message: 'A’s publisher down' })
    onA.doc.getMap('m').set('unpublished', 1)
    await waitFor(async () => (await readStoredMap(board.id)).unpublished === 1, { message: 'stored on A' })
    await waitFor(() => mapOf(onB).unpublished === 1, { message: 'resynced on B' })
    expect(onB.closes).toEqual([])
  })

  it('compacts only into a snapshot that holds the other instance’s updates it has not received', async () => {
    const [a, b] = await startPair({ compactEveryUpdates: 3 })
    const board = await createBoardVia(a.cxmap)
    const onA = await joinBoard(a, board)
    const onB = await joinBoard(b, board)
    // With Redis down, B's update is stored (a lower seq) but never reaches A before A compacts.
    await redis.kill()
    try {
      onB.doc.getMap('m').set('fromB', 'kept')
      await waitFor(async () => (await readStoredMap(board.id)).fromB === 'kept', { message: 'B’s update stored' })
      for (let i = 0; i < 6; i++) {
        onA.doc.getMap('m').set(`a${i}`, i)
        await waitFor(async () => (await readStoredMap(board.id))[`a${i}`] === i)
      }
      const stored = await store.loadDoc(board.id, 'board')
      expect(stored.updates.length).toBeLessThan(6)
      expect(await readStoredMap(board.id)).toMatchObject({ fromB: 'kept', a5: 5 })
    } finally {
      await redis.start()
    }
  })
})
