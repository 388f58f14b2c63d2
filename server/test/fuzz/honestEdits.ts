import { getRecordsMap, readRecordById, writeRecord, type RecordArray } from '@cxmap/shared'
import type { YMapEvent } from 'yjs'
import { createCardRecord } from '../boardDocs.ts'
import type { TestClient } from '../clients.ts'

interface PendingEdit {
  id: string
  writtenAt: number
  reader: TestClient
}

/**
 * Two honest clients taking turns writing a card through the shared record layer (as the app's binding does) and
 * timing how long each card takes to reach the other client.
 */
export class HonestEdits {
  private readonly pending = new Map<string, PendingEdit>()
  private timer: NodeJS.Timeout | null = null
  private count = 0
  /** Milliseconds from an edit to its arrival at the other client, for every edit that arrived. */
  readonly latenciesMs: number[] = []

  constructor(private readonly clients: readonly [TestClient, TestClient]) {
    for (const client of clients) {
      getRecordsMap(client.doc).observe((event: YMapEvent<RecordArray>) => this.noticeArrivals(client, event))
    }
  }

  /** Starts writing one card every `everyMs`. */
  start(everyMs: number): void {
    this.timer = setInterval(() => this.writeOne(), everyMs)
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /** Edits written so far. */
  get written(): number {
    return this.count
  }

  /** Ids of the edits that have not arrived yet, with how long ago they were written. */
  outstanding(now = Date.now()): { id: string; ageMs: number }[] {
    return [...this.pending.values()].map((edit) => ({ id: edit.id, ageMs: now - edit.writtenAt }))
  }

  private writeOne(): void {
    const writer = this.clients[this.count % 2]!
    const reader = this.clients[(this.count + 1) % 2]!
    const id = `shape:honest-${this.count}`
    this.count += 1
    this.pending.set(id, { id, writtenAt: Date.now(), reader })
    writeRecord(getRecordsMap(writer.doc), createCardRecord(id, `honest ${this.count}`, 'idea', this.count * 10, 0))
  }

  private noticeArrivals(client: TestClient, event: YMapEvent<RecordArray>): void {
    for (const key of event.keysChanged) {
      const edit = this.pending.get(key)
      if (!edit || edit.reader !== client) continue
      if (!readRecordById(getRecordsMap(client.doc), key)) continue
      this.latenciesMs.push(Date.now() - edit.writtenAt)
      this.pending.delete(key)
    }
  }
}
