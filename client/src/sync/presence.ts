import { isRole, PresenceStateField, type Role } from '@cxmap/shared'
import {
  createPresenceStateDerivation,
  InstancePresenceRecordType,
  react,
  type Signal,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'

/** The fields of a CX Map awareness state (the wire names are shared with the server, which stamps `person.role`). */
export const AwarenessField = {
  /** {@link Person}: who this client is, for the participants list. */
  person: PresenceStateField.person,
  /** tldraw's `instance_presence` record (cursor, selection, camera) or `null`. */
  presence: PresenceStateField.presence,
} as const

/** Who a connected client is, as published in awareness. */
export interface Person {
  id: string
  name: string
  color: string
  department: string
  role: Role
}

/** A person on the board, as shown in the participants list. */
export interface Participant extends Person {
  isSelf: boolean
}

/** Publishes this client's person in awareness (or clears it with `null`). */
export function publishPerson(awareness: Awareness, person: Person | null): void {
  awareness.setLocalStateField(AwarenessField.person, person)
}

/**
 * Least time between two presence publications (30 per second, tldraw's own sync rate). The server relays presence
 * in windows of its own, so publishing faster only costs bandwidth and the sender's awareness limit.
 */
export const PRESENCE_INTERVAL_MS = 1000 / 30

/**
 * Publishes tldraw's presence record for this client, derived from the store and `$user`, at most once per
 * {@link PRESENCE_INTERVAL_MS}; the latest state always goes out.
 * Returns the stop function.
 */
export function publishLocalPresence(store: TLStore, awareness: Awareness, $user: Signal<TLUser | null>): () => void {
  const $presence = createPresenceStateDerivation($user)(store)
  const throttle = createThrottle(PRESENCE_INTERVAL_MS, () =>
    awareness.setLocalStateField(AwarenessField.presence, $presence.get()),
  )
  const stopReacting = react('publish presence', () => {
    $presence.get()
    // Pointer moves change the presence on every event; peers only need the latest state now and then.
    throttle.request()
  })
  return () => {
    stopReacting()
    throttle.cancel()
    awareness.setLocalStateField(AwarenessField.presence, null)
  }
}

/** A leading-and-trailing throttle: `run` at most once per `intervalMs`, the last request always served. */
export function createThrottle(
  intervalMs: number,
  run: () => void,
  clock: { now: () => number; schedule: (callback: () => void, ms: number) => () => void } = browserClock,
): { request: () => void; cancel: () => void } {
  let lastRunAt = -Infinity
  let cancelScheduled: (() => void) | null = null
  const fire = () => {
    cancelScheduled = null
    lastRunAt = clock.now()
    run()
  }
  return {
    request() {
      if (cancelScheduled) return
      cancelScheduled = clock.schedule(fire, Math.max(0, lastRunAt + intervalMs - clock.now()))
    },
    cancel() {
      cancelScheduled?.()
      cancelScheduled = null
    },
  }
}

const browserClock = {
  now: () => performance.now(),
  schedule(callback: () => void, ms: number): () => void {
    const timer = setTimeout(callback, ms)
    return () => clearTimeout(timer)
  },
}

function presenceIdFor(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(`awareness-${clientId}`)
}

/** Reads a peer's presence record from its awareness state, under an id we choose (a peer cannot pick ids). */
function readRemotePresence(clientId: number, state: Record<string, unknown> | undefined): TLInstancePresence | null {
  const value = state?.[AwarenessField.presence]
  if (!value || typeof value !== 'object') return null
  return { ...(value as TLInstancePresence), id: presenceIdFor(clientId), typeName: 'instance_presence' }
}

/**
 * Mirrors every peer's presence from awareness into the store as `instance_presence` records, so tldraw draws
 * their cursors, names and selections natively; removes them when peers leave. Returns the stop function.
 */
export function mirrorRemotePresence(store: TLStore, awareness: Awareness): () => void {
  const sync = (clientIds: number[]) => {
    const states = awareness.getStates()
    const toPut: TLInstancePresence[] = []
    const toRemove: TLInstancePresence['id'][] = []
    for (const clientId of clientIds) {
      if (clientId === awareness.clientID) continue
      const presence = readRemotePresence(clientId, states.get(clientId))
      if (presence) toPut.push(presence)
      else if (store.has(presenceIdFor(clientId))) toRemove.push(presenceIdFor(clientId))
    }
    if (toPut.length === 0 && toRemove.length === 0) return
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove)
      for (const presence of toPut) {
        // One peer's malformed presence must not hide everyone else's.
        try {
          store.put([presence])
        } catch (error) {
          console.warn('[cxmap] skipped an invalid presence record:', error instanceof Error ? error.message : error)
        }
      }
    })
  }
  const handleChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) =>
    sync([...added, ...updated, ...removed])
  awareness.on('change', handleChange)
  sync([...awareness.getStates().keys()])
  return () => {
    awareness.off('change', handleChange)
    const ids = store.query.ids('instance_presence').get()
    if (ids.size > 0) store.mergeRemoteChanges(() => store.remove([...ids]))
  }
}

/** Who a client is, from its awareness state; null when it has not said (yet) or says it malformed. */
export function readPerson(state: Record<string, unknown> | undefined): Person | null {
  const value = state?.[AwarenessField.person]
  if (!value || typeof value !== 'object') return null
  const { id, name, color, department, role } = value as Record<string, unknown>
  if (typeof id !== 'string' || typeof name !== 'string' || typeof color !== 'string') return null
  return {
    id,
    name,
    color,
    department: typeof department === 'string' ? department : '',
    role: isRole(role) ? role : 'viewer',
  }
}

/** The presence record a client publishes in awareness, unvalidated (only for reading a field or two), or null. */
export function readPresenceFields(state: Record<string, unknown> | undefined): Partial<TLInstancePresence> | null {
  const value = state?.[AwarenessField.presence]
  return value && typeof value === 'object' ? (value as Partial<TLInstancePresence>) : null
}

/** The people in awareness, one per person id (several tabs of one person count once), self first. */
export function readParticipants(awareness: Awareness): Participant[] {
  const byId = new Map<string, Participant>()
  const selfId = readPerson(awareness.getLocalState() ?? undefined)?.id
  for (const state of awareness.getStates().values()) {
    const person = readPerson(state)
    if (person && !byId.has(person.id)) byId.set(person.id, { ...person, isSelf: person.id === selfId })
  }
  return [...byId.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name))
}
