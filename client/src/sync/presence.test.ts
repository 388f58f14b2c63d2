import { createTLStore, InstancePresenceRecordType, type TLInstancePresence, type TLStore, type TLUserId } from 'tldraw'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import { afterEach, describe, expect, test, vi } from 'vitest'
import * as Y from 'yjs'
import { AwarenessField, createThrottle, mirrorRemotePresence, readParticipants, type Person } from './presence'

const awarenesses: Awareness[] = []

function createAwareness(): Awareness {
  const awareness = new Awareness(new Y.Doc())
  awarenesses.push(awareness)
  return awareness
}

afterEach(() => {
  for (const awareness of awarenesses.splice(0)) awareness.destroy()
})

/** Delivers `from`'s local state to `to`, as the sync server relays awareness. */
function relay(from: Awareness, to: Awareness): void {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'test')
}

function createPresence(userName: string): TLInstancePresence {
  return InstancePresenceRecordType.create({
    id: InstancePresenceRecordType.createId('peer-store'),
    userId: `user:${userName}` as TLUserId,
    userName,
    currentPageId: 'page:page' as TLInstancePresence['currentPageId'],
    cursor: { x: 10, y: 20, type: 'default', rotation: 0 },
  })
}

function presenceRecords(store: TLStore): TLInstancePresence[] {
  return store.query.records('instance_presence').get()
}

describe('mirrorRemotePresence', () => {
  test("puts a peer's presence into the store under an id derived from its client id, and removes it on leave", () => {
    const store = createTLStore()
    const local = createAwareness()
    const peer = createAwareness()
    const stop = mirrorRemotePresence(store, local)

    peer.setLocalStateField(AwarenessField.presence, createPresence('Борис'))
    relay(peer, local)
    expect(presenceRecords(store)).toMatchObject([
      { id: `instance_presence:awareness-${peer.clientID}`, userName: 'Борис', cursor: { x: 10, y: 20 } },
    ])

    removeAwarenessStates(local, [peer.clientID], 'test')
    expect(presenceRecords(store)).toEqual([])
    stop()
  })

  test('a peer cannot write other record types or ids through its presence', () => {
    const store = createTLStore()
    const local = createAwareness()
    const peer = createAwareness()
    const stop = mirrorRemotePresence(store, local)

    peer.setLocalStateField(AwarenessField.presence, { ...createPresence('Eve'), id: 'shape:evil', typeName: 'shape' })
    relay(peer, local)
    expect(store.get('shape:evil' as never)).toBeUndefined()
    expect(presenceRecords(store).map((record) => record.id)).toEqual([`instance_presence:awareness-${peer.clientID}`])
    stop()
  })

  test('skips an invalid presence without dropping the valid ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = createTLStore()
    const local = createAwareness()
    const good = createAwareness()
    const bad = createAwareness()
    const stop = mirrorRemotePresence(store, local)

    bad.setLocalStateField(AwarenessField.presence, { userName: 42 })
    good.setLocalStateField(AwarenessField.presence, createPresence('Anna'))
    relay(bad, local)
    relay(good, local)
    expect(presenceRecords(store).map((record) => record.userName)).toEqual(['Anna'])
    expect(warn).toHaveBeenCalledOnce()
    warn.mockRestore()
    stop()
  })

  test('stopping removes every mirrored presence', () => {
    const store = createTLStore()
    const local = createAwareness()
    const peer = createAwareness()
    const stop = mirrorRemotePresence(store, local)
    peer.setLocalStateField(AwarenessField.presence, createPresence('Anna'))
    relay(peer, local)
    stop()
    expect(presenceRecords(store)).toEqual([])
  })
})

describe('readParticipants', () => {
  const anna: Person = { id: 'anna', name: 'Anna', color: '#1971c2', department: 'Sales', role: 'facilitator' }
  const boris: Person = { id: 'boris', name: 'Борис', color: '#f76707', department: 'Сервис', role: 'editor' }

  test('lists each person once, self first, and ignores states without a person', () => {
    const local = createAwareness()
    const peer = createAwareness()
    const secondTabOfPeer = createAwareness()
    const anonymous = createAwareness()
    local.setLocalStateField(AwarenessField.person, boris)
    peer.setLocalStateField(AwarenessField.person, anna)
    secondTabOfPeer.setLocalStateField(AwarenessField.person, anna)
    anonymous.setLocalStateField(AwarenessField.presence, null)
    for (const other of [peer, secondTabOfPeer, anonymous]) relay(other, local)

    expect(readParticipants(local)).toEqual([
      { ...boris, isSelf: true },
      { ...anna, isSelf: false },
    ])
  })

  test('an unknown role reads as viewer', () => {
    const local = createAwareness()
    local.setLocalStateField(AwarenessField.person, { ...anna, role: 'owner' })
    expect(readParticipants(local)[0]?.role).toBe('viewer')
  })
})

describe('createThrottle', () => {
  function createFakeClock() {
    let now = 0
    const timers: { at: number; callback: () => void; cancelled: boolean }[] = []
    return {
      now: () => now,
      schedule(callback: () => void, ms: number) {
        const timer = { at: now + ms, callback, cancelled: false }
        timers.push(timer)
        return () => void (timer.cancelled = true)
      },
      advance(ms: number) {
        now += ms
        for (const timer of timers.splice(0)) {
          if (timer.cancelled) continue
          if (timer.at <= now) timer.callback()
          else timers.push(timer)
        }
      },
    }
  }

  test('runs at once, then at most once per interval, always ending on the last request', () => {
    const clock = createFakeClock()
    const run = vi.fn()
    const throttle = createThrottle(33, run, clock)
    throttle.request()
    clock.advance(0)
    expect(run).toHaveBeenCalledTimes(1)
    // 60 requests a second for one second: about 30 runs, not 60.
    for (let ms = 0; ms < 1000; ms++) {
      if (ms % 16 === 0) throttle.request()
      clock.advance(1)
    }
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(25)
    expect(run.mock.calls.length).toBeLessThanOrEqual(32)
    const count = run.mock.calls.length
    throttle.request()
    clock.advance(100)
    expect(run).toHaveBeenCalledTimes(count + 1)
  })

  test('cancel drops a pending run', () => {
    const clock = createFakeClock()
    const run = vi.fn()
    const throttle = createThrottle(33, run, clock)
    throttle.request()
    throttle.cancel()
    clock.advance(100)
    expect(run).not.toHaveBeenCalled()
  })
})
