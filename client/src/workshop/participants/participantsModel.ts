import type { Person } from '../../sync/presence'

/** A person counts as idle after this long without activity. */
export const IDLE_AFTER_MS = 60_000

/**
 * When each client last did something, on this machine's clock. A "change" is y-protocols' `change` event: the
 * client's awareness state differs from before (cursor, camera, selection, profile). Its unchanged 15 s renewals
 * arrive as `update` only, so a tab left open does not look active.
 */
export class ActivityLog {
  private readonly changedAt = new Map<number, number>()

  /** Notes that a client's awareness state changed (or appeared) at `now`. */
  recordChange(clientId: number, now: number): void {
    this.changedAt.set(clientId, now)
  }

  /** Forgets a client that left. */
  forget(clientId: number): void {
    this.changedAt.delete(clientId)
  }

  /** When a client's state last changed here, if it did while we watched. */
  lastChange(clientId: number): number | undefined {
    return this.changedAt.get(clientId)
  }
}

/**
 * When a client was last active: the later of its last observed awareness change and the `lastActivityTimestamp` its
 * presence reports (tldraw stamps it on pointer activity, on the sender's clock; capped at `now` so a fast clock
 * cannot keep someone active). Null when neither is known.
 */
export function lastActivityAt(observedAt: number | undefined, reportedAt: unknown, now: number): number | null {
  const reported = typeof reportedAt === 'number' && Number.isFinite(reportedAt) && reportedAt > 0 ? reportedAt : null
  const candidates = [observedAt, reported === null ? undefined : Math.min(reported, now)].filter(
    (value): value is number => value !== undefined,
  )
  return candidates.length > 0 ? Math.max(...candidates) : null
}

/** Whether someone last active at `lastActiveAt` is idle at `now`: no activity within {@link IDLE_AFTER_MS}. */
export function isIdleAt(lastActiveAt: number | null, now: number): boolean {
  return lastActiveAt === null || now - lastActiveAt >= IDLE_AFTER_MS
}

/** A person on the board as the participants panel shows them. */
export interface PersonStatus extends Person {
  isSelf: boolean
  /** Active within the last {@link IDLE_AFTER_MS} (always true for oneself). */
  isActive: boolean
  /** The latest activity over all of the person's tabs, or null. */
  lastActiveAt: number | null
}

/** One client's awareness, as far as the panel needs it. */
export interface ClientEntry {
  clientId: number
  person: Person
  /** The presence's `lastActivityTimestamp`, unparsed. */
  reportedActivityAt: unknown
}

/**
 * The people behind a set of clients, one per person id and role (several tabs count once and are active if any tab
 * is), self first, then by name. The role is the server's stamp, the id the client's word: a viewer announcing
 * someone else's id is listed apart, as a viewer, and never merged into (or shown instead of) that person.
 */
export function summarizePeople(
  clients: ClientEntry[],
  self: Pick<Person, 'id' | 'role'> | undefined,
  log: ActivityLog,
  now: number,
): PersonStatus[] {
  const byKey = new Map<string, PersonStatus>()
  for (const { clientId, person, reportedActivityAt } of clients) {
    const activeAt = lastActivityAt(log.lastChange(clientId), reportedActivityAt, now)
    const key = `${person.role}\u0000${person.id}`
    const known = byKey.get(key)
    const latest = known ? maxOrNull(known.lastActiveAt, activeAt) : activeAt
    const isSelf = person.id === self?.id && person.role === self.role
    const base = known ?? { ...person, isSelf, isActive: false, lastActiveAt: null }
    byKey.set(key, { ...base, lastActiveAt: latest, isActive: isSelf || !isIdleAt(latest, now) })
  }
  return [...byKey.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name))
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b
  if (b === null) return a
  return Math.max(a, b)
}

/** How many people are in one department ('' = no department). */
export interface DepartmentCount {
  department: string
  count: number
}

/**
 * People per department, most first, then by name, "no department" last. Names are compared trimmed and without case;
 * the first spelling seen is shown.
 */
export function countDepartments(people: Pick<Person, 'department'>[]): DepartmentCount[] {
  const byKey = new Map<string, DepartmentCount>()
  for (const { department } of people) {
    const name = department.trim()
    const key = name.toLocaleLowerCase()
    const entry = byKey.get(key)
    if (entry) entry.count += 1
    else byKey.set(key, { department: name, count: 1 })
  }
  return [...byKey.values()].sort(
    (a, b) =>
      Number(a.department === '') - Number(b.department === '') ||
      b.count - a.count ||
      a.department.localeCompare(b.department),
  )
}

/** Whole minutes someone has been idle (at least 1), for "idle for N min". */
export function idleMinutes(lastActiveAt: number | null, now: number): number | null {
  if (lastActiveAt === null) return null
  return Math.max(1, Math.floor((now - lastActiveAt) / 60_000))
}
