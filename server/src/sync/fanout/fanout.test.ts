import { CloseCode, PresenceStateField } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { authHeaders } from '../../../test/authFixture.ts'
import type { TestClient } from '../../../test/clients.ts'
import type { FanoutInstance } from '../../../test/fanoutInstances.ts'
import { hasRedis } from '../../../test/redisServer.ts'
import { createBoardVia } from '../../../test/testServer.ts'
import { mapOf, peersOf, useFanoutPairs } from '../../../test/useFanoutPairs.ts'
import { expectNever, waitFor } from '../../../test/waitFor.ts'
import { writeAwarenessEntries } from '../awarenessEntries.ts'
import { encodeAwarenessMessage } from '../messages.ts'

const isClosedWith = (client: TestClient, code: number) => client.closes.some((close) => close.code === code)

async function readCounter(instance: FanoutInstance, name: string): Promise<number> {
  const line = (await instance.cxmap.metrics.render()).split('\n').find((row) => row.startsWith(`${name} `))
  return Number(line?.split(' ')[1] ?? Number.NaN)
}

// Two apps, Redis and real sockets per test: generous on a CI machine whose two cores run other files too.
describe.skipIf(!hasRedis())('fan-out between two instances through Redis', { timeout: 20_000 }, () => {
  const { startPair, startInstance, joinBoard, readStoredMap } = useFanoutPairs()

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

  it('fans the control doc out on its own channel (facilitators on both instances)', async () => {
    const [a, b] = await startPair()
    const board = await createBoardVia(a.cxmap)
    const [onA, onB] = await Promise.all([a, b].map((instance) => joinBoard(instance, board, 'facilitator', 'control')))
    onA!.doc.getMap('m').set('timer', 300)
    await waitFor(() => mapOf(onB!).timer === 300, { message: 'control change on B' })
    expect((await readStoredMap(board.id, 'control')).timer).toBe(300)
    expect(await readStoredMap(board.id)).toEqual({})
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
    await waitFor(() => peersOf(onB).length === 0, { timeoutMs: 6000, message: 'A’s cursor timed out on B' })
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
    await waitFor(() => peersOf(onB).length === 0, { timeoutMs: 1000, message: 'A’s cursor gone from B' })
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
    const late = await startInstance()
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
})
