import { writeWorkshop } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { LOCK_GRACE_MS, RoomGates } from './roomGates.ts'

function createGates(live: Y.Doc | null, stored: Y.Doc = new Y.Doc()) {
  const clock = { now: 1000 }
  const gates = new RoomGates({
    load: () => Promise.resolve({ updates: [Y.encodeStateAsUpdate(stored)], lastSeq: 1 }),
    findLive: () => live,
    now: () => clock.now,
  })
  return { gates, clock }
}

describe('RoomGates: the grid lock as the board gate reads it', () => {
  it('reads a live control doc, with a grace after it sees the lock turn on', () => {
    const control = new Y.Doc()
    const { gates, clock } = createGates(control)
    expect(gates.areGridsLocked('b')).toBe(false)
    writeWorkshop(control, 'lock', { grids: true })
    expect(gates.areGridsLocked('b')).toBe(false)
    clock.now += LOCK_GRACE_MS
    expect(gates.areGridsLocked('b')).toBe(true)
    writeWorkshop(control, 'lock', { grids: false })
    expect(gates.areGridsLocked('b')).toBe(false)
  })

  it('holds a lock set before it watched the doc at once (no grace for a turn it did not see)', () => {
    const control = new Y.Doc()
    writeWorkshop(control, 'lock', { grids: true })
    expect(createGates(control).gates.areGridsLocked('b')).toBe(true)
  })

  it('reads the stored lock before a board room opens, and the last live value once the control room unloads', async () => {
    const stored = new Y.Doc()
    writeWorkshop(stored, 'lock', { grids: true })
    const { gates } = createGates(null, stored)
    await gates.beforeLoad('b', 'board', undefined)
    expect(gates.areGridsLocked('b')).toBe(true)
    const unloading = new Y.Doc()
    gates.rememberLock('b', unloading)
    expect(gates.areGridsLocked('b')).toBe(false)
    gates.forgetBoard('b')
    expect(gates.areGridsLocked('b')).toBe(false)
  })
})
