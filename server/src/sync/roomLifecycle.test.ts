import { CloseCode, RetryCloseCode } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { HARNESS_BOARD as BOARD, useRoomHarness } from '../../test/roomHarness.ts'
import { expectNever, waitFor } from '../../test/waitFor.ts'

const h = useRoomHarness()

describe('lifecycle', () => {
  it('closes every connection with 1011 and drops the room when storage fails', async () => {
    const a = h.connect()
    const b = h.connect()
    await waitFor(() => h.manager.roomCount === 1 && b.received('syncStep1').length === 1)
    h.gated.faults.append = new Error('disk full')
    a.sendChange((doc) => doc.getMap('m').set('x', 1))
    await waitFor(() => a.socket.closed && b.socket.closed)
    expect([a.socket.closed?.code, b.socket.closed?.code]).toEqual([
      RetryCloseCode.internalError,
      RetryCloseCode.internalError,
    ])
    expect(b.received('update')).toHaveLength(0)
    expect(h.manager.roomCount).toBe(0)
    h.gated.faults.append = null
    const c = h.connect()
    c.sendChange((doc) => doc.getMap('m').set('y', 2))
    await waitFor(async () => (await h.storedMap()).y === 2)
  })

  it('unloads an empty room after the grace period, storing pending updates and compacting', async () => {
    const a = h.connect()
    for (let i = 0; i < 5; i++) a.sendChange((doc) => doc.getMap('m').set(`k${i}`, i))
    a.disconnect()
    expect(h.manager.roomCount).toBe(1)
    await waitFor(() => h.manager.roomCount === 0)
    const stored = await h.gated.store.loadDoc(BOARD, 'board')
    expect(stored.updates).toHaveLength(1)
    expect(Object.keys(await h.storedMap())).toHaveLength(5)
  })

  it('keeps a room whose client comes back within the grace period', async () => {
    h.useManager({ roomUnloadGraceMs: 60_000 })
    h.connect().disconnect()
    const b = h.connect()
    expect(h.manager.roomCount).toBe(1)
    await waitFor(() => b.received('syncStep1').length === 1)
  })

  it('reloads a room that is still unloading only after its updates are stored', async () => {
    const a = h.connect()
    await waitFor(() => a.received('syncStep1').length === 1)
    h.gated.gates.append.close()
    a.sendChange((doc) => doc.getMap('m').set('x', 1))
    a.disconnect()
    await waitFor(() => h.manager.roomCount === 0)
    const b = h.connect()
    b.sendSyncStep1()
    h.gated.gates.append.open()
    await waitFor(() => b.map().x === 1)
  })

  it('compacts every COMPACT_EVERY_UPDATES appends', async () => {
    h.useManager({ compactEveryUpdates: 3 })
    const a = h.connect()
    await waitFor(() => a.received('syncStep1').length === 1)
    for (let i = 0; i < 7; i++) {
      a.sendChange((doc) => doc.getMap('m').set(`k${i}`, i))
      await waitFor(async () => Object.keys(await h.storedMap()).length === i + 1)
    }
    const stored = await h.gated.store.loadDoc(BOARD, 'board')
    expect(stored.updates).toHaveLength(2)
  })

  it('closes a board with the given code and forgets its rooms', async () => {
    const a = h.connect()
    const control = h.connect('facilitator', 'control')
    await h.manager.closeBoard(BOARD, CloseCode.notFound, 'board deleted')
    expect(a.socket.closed?.code).toBe(CloseCode.notFound)
    expect(control.socket.closed?.code).toBe(CloseCode.notFound)
    expect(h.manager.roomCount).toBe(0)
  })

  it('shuts down with 1012 after storing what is pending', async () => {
    const a = h.connect()
    await waitFor(() => a.received('syncStep1').length === 1)
    h.gated.gates.append.close()
    a.sendChange((doc) => doc.getMap('m').set('x', 1))
    const stopped = h.manager.shutdown()
    expect(a.socket.closed?.code).toBe(RetryCloseCode.serviceRestart)
    h.gated.gates.append.open()
    await stopped
    expect(await h.storedMap()).toEqual({ x: 1 })
    expect(h.connect().socket.closed?.code).toBe(RetryCloseCode.serviceRestart)
  })
})

describe('reading a loaded doc', () => {
  const readMap = (state: Uint8Array | null) => {
    if (!state) return null
    const doc = new Y.Doc()
    Y.applyUpdate(doc, state)
    return doc.getMap('m').toJSON()
  }

  it('returns null for a board no room holds, without loading one', async () => {
    expect(await h.manager.readLoadedDoc(BOARD, 'board')).toBeNull()
    expect(h.manager.roomCount).toBe(0)
  })

  /** A client's change `x: 1`, applied by the room and held before its append. */
  async function holdAnAppend(): Promise<void> {
    const a = h.connect()
    await waitFor(() => a.received('syncStep1').length === 1)
    h.gated.gates.append.close()
    a.sendChange((doc) => doc.getMap('m').set('x', 1))
    await waitFor(() => h.gated.gates.append.held === 1)
  }

  it('returns the live state only once the updates applied so far are stored', async () => {
    await holdAnAppend()
    let state: Uint8Array | null | undefined
    const reading = h.manager.readLoadedDoc(BOARD, 'board').then((result) => (state = result))
    await expectNever(() => state !== undefined, 50, 'a read before the append is stored')
    h.gated.gates.append.open()
    await reading
    expect(readMap(state!)).toEqual({ x: 1 })
    expect(await h.storedMap()).toEqual({ x: 1 })
  })

  it('lets a reader read the room doc itself, once the updates applied so far are stored', async () => {
    await holdAnAppend()
    const docsRead: Y.Doc[] = []
    const reading = h.manager.readLoadedDocWith(BOARD, 'board', (doc) => {
      docsRead.push(doc)
      return doc.getMap('m').toJSON()
    })
    await expectNever(() => docsRead.length > 0, 50, 'a read before the append is stored')
    h.gated.gates.append.open()
    expect(await reading).toEqual({ value: { x: 1 } })
    // The doc the room syncs, not a copy: a second read sees the same object.
    await h.manager.readLoadedDocWith(BOARD, 'board', (doc) => docsRead.push(doc))
    expect(docsRead[1]).toBe(docsRead[0])
    expect(await h.manager.readLoadedDocWith('no-such-board', 'board', () => 1)).toBeNull()
  })

  it('waits for a room being unloaded to store its updates, then leaves reading to storage', async () => {
    const a = h.connect()
    await waitFor(() => a.received('syncStep1').length === 1)
    h.gated.gates.append.close()
    a.sendChange((doc) => doc.getMap('m').set('x', 1))
    a.disconnect()
    await waitFor(() => h.manager.roomCount === 0)
    let state: Uint8Array | null | undefined
    const reading = h.manager.readLoadedDoc(BOARD, 'board').then((result) => (state = result))
    await expectNever(() => state !== undefined, 50, 'a read before the unload stored its updates')
    h.gated.gates.append.open()
    await reading
    expect(state).toBeNull()
    expect(await h.storedMap()).toEqual({ x: 1 })
  })
})
