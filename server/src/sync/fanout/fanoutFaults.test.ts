import { CloseCode, PresenceStateField, type CreateBoardResponse } from '@cxmap/shared'
import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import { authHeaders } from '../../../test/authFixture.ts'
import type { TestClient } from '../../../test/clients.ts'
import { FAST_FANOUT_TIMINGS, type FanoutInstance } from '../../../test/fanoutInstances.ts'
import { hasRedis } from '../../../test/redisServer.ts'
import { createBoardVia } from '../../../test/testServer.ts'
import { mapOf, useFanoutPairs } from '../../../test/useFanoutPairs.ts'
import { expectNever, waitFor } from '../../../test/waitFor.ts'

const isClosedWith = (client: TestClient, code: number) => client.closes.some((close) => close.code === code)

async function readReady(instance: FanoutInstance): Promise<Record<string, unknown>> {
  return (await (await instance.cxmap.app.request('/readyz')).json()) as Record<string, unknown>
}

// Two apps, Redis and real sockets per test: generous on a CI machine whose two cores run other files too.
describe.skipIf(!hasRedis())(
  'fan-out faults: Redis down or restarted, a publisher lost, compaction races',
  { timeout: 20_000 },
  () => {
    const f = useFanoutPairs()
    const { startPair, startInstance, joinBoard, readStoredMap } = f

    /** Closes one Redis client connection, found by its name. */
    async function killRedisClient(name: string): Promise<void> {
      const admin = new Redis(f.redis.url)
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

    it('converges again after Redis restarts, without the clients reconnecting', async () => {
      const [a, b] = await startPair()
      const board = await createBoardVia(a.cxmap)
      const onA = await joinBoard(a, board)
      const onB = await joinBoard(b, board)
      expect(await readReady(a)).toEqual({ status: 'ok', redis: 'up' })
      await f.redis.kill()
      try {
        await waitFor(async () => (await readReady(a)).redis === 'down', { message: '/readyz reports Redis down' })
        onA.doc.getMap('m').set('whileDownA', 1)
        onB.doc.getMap('m').set('whileDownB', 2)
        // Each instance keeps serving its own clients meanwhile.
        await waitFor(async () => (await readStoredMap(board.id)).whileDownB === 2, { message: 'both stored' })
        expect(mapOf(onA).whileDownB).toBeUndefined()
      } finally {
        await f.redis.start()
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
      await f.redis.kill()
      let clientsOf: TestClient[] = []
      try {
        const pair = await startPair()
        const board = await createBoardVia(pair[0].cxmap)
        clientsOf = await Promise.all(pair.map((instance) => joinBoard(instance, board)))
        clientsOf[0]!.doc.getMap('m').set('first', 1)
        clientsOf[1]!.doc.getMap('m').set('second', 2)
        await waitFor(async () => Object.keys(await readStoredMap(board.id)).length === 2, { message: 'both stored' })
      } finally {
        await f.redis.start()
      }
      for (const client of clientsOf) {
        await waitFor(() => mapOf(client).first === 1 && mapOf(client).second === 2, {
          timeoutMs: 10_000,
          message: 'convergence once Redis is up',
        })
      }
    })

    it('closes on B, once Redis is back, the sockets of a link revoked and a board deleted on A meanwhile', async () => {
      const [a, b] = await startPair()
      const rotated = await createBoardVia(a.cxmap)
      const deleted = await createBoardVia(a.cxmap)
      const editorOnB = await joinBoard(b, rotated)
      const facilitatorOnB = await joinBoard(b, rotated, 'facilitator')
      const onDeletedB = await joinBoard(b, deleted)
      await f.redis.kill()
      try {
        const headers = (board: CreateBoardResponse) => authHeaders(board.tokens.facilitator)
        const rotation = await a.cxmap.app.request(`/api/boards/${rotated.id}/links/editor/rotate`, {
          method: 'POST',
          headers: headers(rotated),
        })
        expect(rotation.status).toBe(200)
        const deletion = await a.cxmap.app.request(`/api/boards/${deleted.id}`, {
          method: 'DELETE',
          headers: headers(deleted),
        })
        expect(deletion.status).toBe(204)
        // The events are lost: nothing reaches B while Redis is down.
        await expectNever(
          () => editorOnB.closes.length + onDeletedB.closes.length > 0,
          200,
          'a close while Redis is down',
        )
      } finally {
        await f.redis.start()
      }
      await waitFor(() => isClosedWith(editorOnB, CloseCode.linkRevoked), { message: 'editor on B closed with 4410' })
      await waitFor(() => isClosedWith(onDeletedB, CloseCode.notFound), {
        message: 'deleted board on B closed with 4404',
      })
      expect(facilitatorOnB.closes).toEqual([])
    })

    it('has the others resync what it could not publish once its publisher is back', async () => {
      // A reconnects its publisher slowly: an edit made meanwhile is stored but cannot be published.
      const slow = { ...FAST_FANOUT_TIMINGS, retryDelayMs: () => 700 }
      const [a, b] = await Promise.all([startInstance({ timings: slow }), startInstance()])
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

    it('asks an instance it took for dead, once heard from again, for its voters', async () => {
      // B gives up on A between two of A's heartbeats: a stall, as a long pause would look.
      const [a, b] = await Promise.all([
        startInstance({ timings: { ...FAST_FANOUT_TIMINGS, heartbeatMs: 1000 } }),
        startInstance({ timings: { ...FAST_FANOUT_TIMINGS, heartbeatMs: 50, instanceTimeoutMs: 300 } }),
      ])
      const board = await createBoardVia(a.cxmap)
      const voterKey = 'c'.repeat(64)
      const onA = await joinBoard(a, board)
      onA.provider.awareness.setLocalStateField(PresenceStateField.voterKey, voterKey)
      const isKnownOnB = () => b.cxmap.rooms.hasConnectedVoter(board.id, voterKey)
      await waitFor(isKnownOnB, { message: 'A’s voter known on B' })
      await waitFor(() => !isKnownOnB(), { message: 'B took A for dead' })
      await waitFor(isKnownOnB, { message: 'A’s voter known on B again' })
    })

    it('compacts only into a snapshot that holds the other instance’s updates it has not received', async () => {
      const [a, b] = await startPair({ compactEveryUpdates: 3 })
      const board = await createBoardVia(a.cxmap)
      const onA = await joinBoard(a, board)
      const onB = await joinBoard(b, board)
      // With Redis down, B's update is stored (a lower seq) but never reaches A before A compacts.
      await f.redis.kill()
      try {
        onB.doc.getMap('m').set('fromB', 'kept')
        await waitFor(async () => (await readStoredMap(board.id)).fromB === 'kept', { message: 'B’s update stored' })
        for (let i = 0; i < 6; i++) {
          onA.doc.getMap('m').set(`a${i}`, i)
          await waitFor(async () => (await readStoredMap(board.id))[`a${i}`] === i)
        }
        const stored = await f.store.loadDoc(board.id, 'board')
        expect(stored.updates.length).toBeLessThan(6)
        expect(await readStoredMap(board.id)).toMatchObject({ fromB: 'kept', a5: 5 })
      } finally {
        await f.redis.start()
      }
    })
  },
)
