import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { readPerson, readPresenceFields } from '../../sync/presence'
import { ActivityLog, summarizePeople, type ClientEntry, type PersonStatus } from './participantsModel'

/** Cursor moves arrive at frame rate from everyone; the list is rebuilt at most this often. */
const REFRESH_DELAY_MS = 250
/** How often idle/active is re-checked when nothing arrives (someone going quiet changes nothing in awareness). */
const ACTIVITY_CHECK_MS = 5_000

function readClients(awareness: Awareness): ClientEntry[] {
  const clients: ClientEntry[] = []
  for (const [clientId, state] of awareness.getStates()) {
    const person = readPerson(state)
    if (!person) continue
    clients.push({ clientId, person, reportedActivityAt: readPresenceFields(state)?.lastActivityTimestamp })
  }
  return clients
}

/** What of the list is shown: a new array only when this changes (not on every cursor move). */
function listKey(people: PersonStatus[], now: number): string {
  return JSON.stringify(
    people.map((person) => [
      person.id,
      person.name,
      person.color,
      person.department,
      person.role,
      person.isSelf,
      person.isActive,
      // "idle for N min" moves on once a minute.
      person.isActive || person.lastActiveAt === null ? 0 : Math.floor((now - person.lastActiveAt) / 60_000),
    ]),
  )
}

/**
 * Everyone on the board with idle/active, self first. Re-renders when someone joins, leaves, changes profile or
 * turns idle/active, not on every cursor move.
 */
export function useLiveParticipants(awareness: Awareness | null): PersonStatus[] {
  const [people, setPeople] = useState<PersonStatus[]>([])
  useEffect(() => {
    if (!awareness) return
    const log = new ActivityLog()
    let lastKey = ''
    let pending: ReturnType<typeof setTimeout> | null = null
    const refresh = () => {
      pending = null
      const now = Date.now()
      const self = readPerson(awareness.getLocalState() ?? undefined) ?? undefined
      const next = summarizePeople(readClients(awareness), self, log, now)
      const key = listKey(next, now)
      if (key === lastKey) return
      lastKey = key
      setPeople(next)
    }
    const handleChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const now = Date.now()
      for (const clientId of [...added, ...updated]) log.recordChange(clientId, now)
      for (const clientId of removed) log.forget(clientId)
      // Joins and leaves show at once; activity can wait for the next batch.
      if (added.length > 0 || removed.length > 0) refresh()
      else if (pending === null) pending = setTimeout(refresh, REFRESH_DELAY_MS)
    }
    awareness.on('change', handleChange)
    refresh()
    const interval = setInterval(refresh, ACTIVITY_CHECK_MS)
    return () => {
      awareness.off('change', handleChange)
      clearInterval(interval)
      if (pending !== null) clearTimeout(pending)
    }
  }, [awareness])
  return people
}
