import { PRIVATE_META_KEY, privateBrainstormOf, shouldReveal, type Brainstorm } from '@cxmap/shared'
import type { TLRecord, TLStore } from 'tldraw'

/** The records a brainstorm keeps private, as tldraw stores them (shapes and the bindings between them). */
export function listPrivateRecords(store: TLStore): TLRecord[] {
  return store.allRecords().filter((record) => privateBrainstormOf(record) !== null)
}

/** A record without its private mark. */
export function withoutPrivateMark<R extends TLRecord>(record: R): R {
  const { [PRIVATE_META_KEY]: _mark, ...meta } = record.meta as Record<string, unknown>
  return { ...record, meta } as R
}

/** A record marked private to a brainstorm. */
export function withPrivateMark<R extends TLRecord>(record: R, brainstormId: string): R {
  return { ...record, meta: { ...record.meta, [PRIVATE_META_KEY]: brainstormId } } as R
}

/**
 * Publishes the private records whose brainstorm was revealed (or replaced, or removed): drops their mark as a local
 * change, which the binding then writes to the doc whole. Returns how many were published.
 */
export function revealPrivateRecords(store: TLStore, brainstorm: Brainstorm | null): number {
  const due = listPrivateRecords(store).filter((record) => shouldReveal(privateBrainstormOf(record)!, brainstorm))
  if (due.length > 0) store.put(due.map(withoutPrivateMark))
  return due.length
}

/** Where this browser keeps a board's private records between reloads (they are in no doc). */
export function privateStorageKey(boardId: string): string {
  return `cxmap.private.${boardId}`
}

/** Serializes private records for local storage. */
export function serializePrivateRecords(records: readonly TLRecord[]): string {
  return JSON.stringify({ version: 1, records })
}

/**
 * Reads stored private records back: only those tldraw's schema accepts, still marked private, and not already in
 * the store (a revealed copy wins). Malformed storage yields nothing.
 */
export function readStoredPrivateRecords(store: TLStore, text: string | null): TLRecord[] {
  if (!text) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return []
  }
  const records = (parsed as { records?: unknown } | null)?.records
  if (!Array.isArray(records)) return []
  const valid: TLRecord[] = []
  for (const candidate of records) {
    try {
      const record = store.schema.validateRecord(store, candidate as TLRecord, 'initialize', null)
      if (privateBrainstormOf(record) !== null && !store.has(record.id)) valid.push(record)
    } catch {
      // A record this version of tldraw cannot read is dropped.
    }
  }
  return valid
}
