import { diffRecordFields } from '@cxmap/shared'
import type { RecordsDiff } from '@tldraw/store'
import type { TLRecord } from 'tldraw'

/** What changed locally in one record since the last flush: some stored field keys, or the whole record. */
export type PendingFields = Set<string> | 'all'

/**
 * Local document changes waiting for the next flush, per record id. Field keys are collected change by change, so a
 * flush writes exactly the fields this user touched, never a value a remote peer set in between.
 */
export class PendingChanges {
  private changes = new Map<string, PendingFields>()

  /** Whether nothing is waiting. */
  isEmpty(): boolean {
    return this.changes.size === 0
  }

  /** Adds one store change. A created or removed record is written whole: the store decides what it holds. */
  add(diff: RecordsDiff<TLRecord>): void {
    for (const id of Object.keys(diff.added)) this.changes.set(id, 'all')
    for (const id of Object.keys(diff.removed)) this.changes.set(id, 'all')
    for (const [from, to] of Object.values(diff.updated)) {
      const pending = this.changes.get(to.id)
      if (pending === 'all') continue
      const keys = diffRecordFields(from, to)
      if (keys.length === 0) continue
      if (pending) for (const key of keys) pending.add(key)
      else this.changes.set(to.id, new Set(keys))
    }
  }

  /** Returns what is waiting and starts over. */
  take(): Map<string, PendingFields> {
    const taken = this.changes
    this.changes = new Map()
    return taken
  }
}
