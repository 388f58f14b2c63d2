import type * as Y from 'yjs'
import { ControlDocNames } from '../docNames.ts'
import { isPlainObject } from '../doc/json.ts'
import { parseBrainstorm, type Brainstorm } from './brainstorm.ts'
import { parsePresenting, type WorkshopPresenting } from './presenting.ts'
import { parseVote, type WorkshopVote } from './vote.ts'

/**
 * The workshop's shared state, in the control doc: everyone reads it, only facilitators write it (the server drops
 * anyone else's updates to the control doc). Each key holds one plain JSON value that a write replaces whole; two
 * facilitators writing one key at once end with one of the values.
 */
export const WorkshopKeys = {
  timer: 'timer',
  follow: 'follow',
  lock: 'lock',
  agenda: 'agenda',
  brainstorm: 'brainstorm',
  vote: 'vote',
  presenting: 'presenting',
} as const

/** A countdown everyone sees. Times are the server's clock (epoch ms), so clients correct for their own skew. */
export type WorkshopTimer =
  | { status: 'running'; /** Total length, added minutes included. */ durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number }

/** "Bring everyone to me": participants' viewports follow this person until they move or it ends. */
export interface FollowRequest {
  /** The leader's person id (the identity id, also tldraw's user id). */
  userId: string
  name: string
  /** Server epoch ms; a participant who stopped following rejoins only a newer request. */
  startedAt: number
}

/** What the facilitator has locked. */
export interface WorkshopLock {
  /** Grids (their structure and position) cannot be moved, resized or edited by non-facilitators. */
  grids: boolean
}

/** One step of the workshop's agenda. */
export interface AgendaItem {
  id: string
  title: string
  /** Planned length in minutes, or null. */
  minutes: number | null
}

/** The workshop's steps and the current one. */
export interface Agenda {
  items: AgendaItem[]
  currentId: string | null
}

/** Everything in the workshop map, read leniently (a malformed value reads as its default). */
export interface WorkshopState {
  timer: WorkshopTimer | null
  follow: FollowRequest | null
  lock: WorkshopLock
  agenda: Agenda
  /** The private brainstorm, if one was started (see brainstorm.ts). */
  brainstorm: Brainstorm | null
  /** The current or last dot vote (see vote.ts). */
  vote: WorkshopVote | null
  /** How the facilitator presents (see presenting.ts). */
  presenting: WorkshopPresenting
}

/** The workshop map of a control doc. */
export function getWorkshopMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ControlDocNames.workshop)
}

/** Reads the workshop state; never throws. */
export function readWorkshop(doc: Y.Doc): WorkshopState {
  const map = getWorkshopMap(doc)
  return {
    timer: parseTimer(map.get(WorkshopKeys.timer)),
    follow: parseFollow(map.get(WorkshopKeys.follow)),
    lock: parseLock(map.get(WorkshopKeys.lock)),
    agenda: parseAgenda(map.get(WorkshopKeys.agenda)),
    brainstorm: parseBrainstorm(map.get(WorkshopKeys.brainstorm)),
    vote: parseVote(map.get(WorkshopKeys.vote)),
    presenting: parsePresenting(map.get(WorkshopKeys.presenting)),
  }
}

/** Writes one key of the workshop map (null deletes it), in one transaction. */
export function writeWorkshop<K extends keyof WorkshopState>(
  doc: Y.Doc,
  key: K,
  value: WorkshopState[K] | null,
  origin?: unknown,
): void {
  doc.transact(() => {
    const map = getWorkshopMap(doc)
    if (value === null) map.delete(WorkshopKeys[key])
    else map.set(WorkshopKeys[key], structuredClone(value))
  }, origin)
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** A timer value, or null when it is not one. */
export function parseTimer(value: unknown): WorkshopTimer | null {
  if (!isPlainObject(value) || !isFiniteNumber(value.durationMs) || value.durationMs < 0) return null
  if (value.status === 'running' && isFiniteNumber(value.endsAt)) {
    return { status: 'running', durationMs: value.durationMs, endsAt: value.endsAt }
  }
  if (value.status === 'paused' && isFiniteNumber(value.remainingMs)) {
    return { status: 'paused', durationMs: value.durationMs, remainingMs: Math.max(0, value.remainingMs) }
  }
  return null
}

/** A follow request, or null. */
export function parseFollow(value: unknown): FollowRequest | null {
  if (!isPlainObject(value) || typeof value.userId !== 'string' || !value.userId) return null
  return {
    userId: value.userId,
    name: typeof value.name === 'string' ? value.name : '',
    startedAt: isFiniteNumber(value.startedAt) ? value.startedAt : 0,
  }
}

/** The lock state; nothing locked by default. */
export function parseLock(value: unknown): WorkshopLock {
  return { grids: isPlainObject(value) && value.grids === true }
}

/** The agenda; empty by default. Items without an id are dropped, the current id must be an item's. */
export function parseAgenda(value: unknown): Agenda {
  if (!isPlainObject(value) || !Array.isArray(value.items)) return { items: [], currentId: null }
  const seen = new Set<string>()
  const items: AgendaItem[] = []
  for (const item of value.items) {
    if (!isPlainObject(item) || typeof item.id !== 'string' || !item.id || seen.has(item.id)) continue
    seen.add(item.id)
    const minutes = isFiniteNumber(item.minutes) && item.minutes > 0 ? item.minutes : null
    items.push({ id: item.id, title: typeof item.title === 'string' ? item.title : '', minutes })
  }
  const currentId = typeof value.currentId === 'string' && seen.has(value.currentId) ? value.currentId : null
  return { items, currentId }
}

/** Milliseconds left on a timer at server time `now` (never negative). */
export function timerRemaining(timer: WorkshopTimer, now: number): number {
  return timer.status === 'running' ? Math.max(0, timer.endsAt - now) : timer.remainingMs
}
