import { isPlainObject } from '../doc/json.ts'

/**
 * A private brainstorm (silent ideation, «Я-Мы-Клиент»): while `private`, the shapes each participant creates stay
 * on their own machine (the record's `meta[PRIVATE_META_KEY]` holds the brainstorm id, and the client's binding never
 * writes such records to the doc); when the facilitator reveals, every client publishes its private shapes at once.
 * Lives in the control doc's `workshop` map under `brainstorm`.
 */
export interface Brainstorm {
  id: string
  status: 'private' | 'revealed'
  /** Epoch ms (the facilitator's clock), for display only. */
  startedAt: number
}

/** The key in a record's `meta` that marks it private to its author's machine (its value is the brainstorm id). */
export const PRIVATE_META_KEY = 'cxPrivate'

/** A brainstorm value, or null. */
export function parseBrainstorm(value: unknown): Brainstorm | null {
  if (!isPlainObject(value) || typeof value.id !== 'string' || !value.id) return null
  if (value.status !== 'private' && value.status !== 'revealed') return null
  return {
    id: value.id,
    status: value.status,
    startedAt: typeof value.startedAt === 'number' && Number.isFinite(value.startedAt) ? value.startedAt : 0,
  }
}

/** The brainstorm id a record is private to, or null for a public record. */
export function privateBrainstormOf(record: { meta?: unknown }): string | null {
  const meta = record.meta
  if (!isPlainObject(meta)) return null
  const id = meta[PRIVATE_META_KEY]
  return typeof id === 'string' && id ? id : null
}

/**
 * Whether a private record must now be published: the brainstorm it belongs to is revealed, or is no longer the
 * current one (a new brainstorm started or it was removed while this client was away). Never keeps a card hidden
 * forever.
 */
export function shouldReveal(recordBrainstormId: string, current: Brainstorm | null): boolean {
  return !current || current.id !== recordBrainstormId || current.status === 'revealed'
}
