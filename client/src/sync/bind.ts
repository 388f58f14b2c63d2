import {
  deleteRecord,
  getMetaMap,
  getRecordsMap,
  readRecordById,
  writeDocMeta,
  writeRecord,
  writeRecordFields,
  type RecordsMap,
} from '@cxmap/shared'
import type { HistoryEntry } from '@tldraw/store'
import type { TLRecord, TLStore } from 'tldraw'
import type * as Y from 'yjs'
import { applyDocRecords, type ApplyContext, type InvalidRecord } from './applyRemote'
import { PendingChanges, type PendingFields } from './pendingChanges'
import { scheduleNextFrame, type Scheduler } from './scheduler'
import { NewerDocError, checkDocSchema, readOlderDocSchema } from './schemaCheck'
import { seedDoc } from './seed'

export type { InvalidRecord } from './applyRemote'

/** The origin of every Yjs transaction a binding writes: one instance per binding. */
export class BindingOrigin {
  readonly name = 'cxmap-bind'
}

/** Options of {@link bind}. */
export interface BindOptions {
  /** Schedules the flush of local changes to the doc. Default: next animation frame, or 50 ms. */
  schedule?: Scheduler
  /** A record from the doc failed tldraw's validation and was skipped. Default: `console.warn`. */
  onInvalidRecord?: (invalid: InvalidRecord) => void
  /** A newer client wrote its schema into the doc while bound: the binding has stopped; ask for a reload. */
  onNewerDoc?: (detail: string) => void
  /** An unexpected error while syncing (never thrown into Yjs or the store). Default: `console.error`. */
  onError?: (error: unknown) => void
  /** Receives the binding's transaction origin (tests, undo managers that must tell local writes apart). */
  onOrigin?: (origin: BindingOrigin) => void
  /**
   * Records for which this is true stay in the local store and are never written to the doc (a private brainstorm's
   * cards). When a record stops being private it is written whole, as if just created.
   */
  isPrivate?: (record: TLRecord) => boolean
}

/**
 * Keeps a tldraw store's document records and a board doc in step; returns `dispose`, which flushes pending local
 * changes and stops. Local changes (`source: 'user'`) are written once per frame in one transaction, field by field;
 * remote transactions are applied in one `mergeRemoteChanges` each. On bind the doc's records replace the store's;
 * an empty doc is seeded from the store. The editor may mount before or after. Bind once the doc holds what is known
 * of the board (local copy, then the first server sync), since a store seeding an unsynced doc competes with the
 * server's copy. Throws {@link NewerDocError} when the doc was written by a newer client (see `checkDocSchema`).
 */
export function bind(store: TLStore, doc: Y.Doc, opts: BindOptions = {}): () => void {
  const check = checkDocSchema(doc, store.schema)
  if (!check.ok) throw new NewerDocError(check.detail)
  const binding = new StoreDocBinding(store, doc, opts)
  opts.onOrigin?.(binding.origin)
  binding.start()
  return () => binding.dispose()
}

/** The state of one {@link bind} call. */
class StoreDocBinding {
  readonly origin = new BindingOrigin()
  private readonly records: RecordsMap
  private readonly meta: Y.Map<unknown>
  private readonly ctx: ApplyContext
  private readonly pending = new PendingChanges()
  /** Ids of local records held back as private; one that turns public is written whole. */
  private readonly heldBack = new Set<string>()
  private cancelFlush: (() => void) | null = null
  private stopListening: (() => void) | null = null
  private isStopped = false

  constructor(
    private readonly store: TLStore,
    private readonly doc: Y.Doc,
    private readonly opts: BindOptions,
  ) {
    this.records = getRecordsMap(doc)
    this.meta = getMetaMap(doc)
    this.ctx = {
      store,
      records: this.records,
      onInvalidRecord:
        opts.onInvalidRecord ?? ((invalid) => console.warn('[cxmap] skipped an invalid record', invalid)),
      onError: opts.onError ?? ((error) => console.error('[cxmap] sync error', error)),
    }
  }

  start(): void {
    const { store, doc, records } = this
    const isDocEmpty = [...records.keys()].every((id) => !readRecordById(records, id))
    // tldraw creates its default document and page (fixed ids) here; before listening, so they are seeded, not echoed.
    if (isDocEmpty) {
      ensureStoreIsUsable(store)
      seedDoc(doc, Object.values(store.serialize('document')), this.origin)
    }
    this.stopListening = store.listen(this.handleStoreChange, { source: 'user', scope: 'document' })
    doc.transact(() => {
      if (!isDocEmpty) loadDocIntoStore(this.ctx, doc)
      writeDocMeta(doc, store.schema.serialize(), this.origin)
    }, this.origin)
    records.observeDeep(this.handleRecordsChange)
    this.meta.observe(this.handleMetaChange)
  }

  /** Flushes pending local changes, then stops. */
  dispose(): void {
    if (this.isStopped) return
    this.flush()
    this.stop()
  }

  /** Writes the local changes collected since the last flush to the doc, in one transaction. */
  private readonly flush = () => {
    this.cancelFlush?.()
    this.cancelFlush = null
    if (this.isStopped) return
    // The store hands changes to listeners once per frame: take what it still holds so that nothing stays behind.
    this.store._flushHistory()
    if (this.pending.isEmpty()) return
    const batch = this.pending.take()
    const isPrivate = this.opts.isPrivate
    this.doc.transact(() => {
      for (const [id, fields] of batch) {
        const record = isPrivate ? this.store.unsafeGetWithoutCapture(id as TLRecord['id']) : undefined
        if (record && isPrivate?.(record)) {
          this.heldBack.add(id)
          continue
        }
        const wasHeldBack = this.heldBack.delete(id)
        writeLocalChange(this.store, this.records, id, wasHeldBack && record ? 'all' : fields)
      }
    }, this.origin)
  }

  private readonly handleStoreChange = ({ changes }: HistoryEntry<TLRecord>) => {
    this.pending.add(changes)
    this.cancelFlush ??= (this.opts.schedule ?? scheduleNextFrame)(this.flush)
  }

  private readonly handleRecordsChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    if (tr.origin === this.origin || this.isStopped) return
    try {
      // Local changes go first, so that the records read back below hold both sides' fields.
      this.flush()
      applyDocRecords(this.ctx, collectRecordIds(events, this.records))
    } catch (error) {
      this.ctx.onError(error)
    }
  }

  private readonly handleMetaChange = (_event: Y.YMapEvent<unknown>, tr: Y.Transaction) => {
    if (tr.origin === this.origin || this.isStopped) return
    const result = checkDocSchema(this.doc, this.store.schema)
    if (!result.ok) {
      this.stop()
      this.opts.onNewerDoc?.(result.detail)
      return
    }
    // An older client's concurrent write won over ours; its own check now stops it. Put our schema back.
    writeDocMeta(this.doc, this.store.schema.serialize(), this.origin)
  }

  private stop(): void {
    this.isStopped = true
    this.cancelFlush?.()
    this.cancelFlush = null
    this.stopListening?.()
    this.records.unobserveDeep(this.handleRecordsChange)
    this.meta.unobserve(this.handleMetaChange)
  }
}

/** Replaces the store's document records with the doc's valid ones, migrating them up from an older schema. */
function loadDocIntoStore(ctx: ApplyContext, doc: Y.Doc): void {
  const { store, records } = ctx
  const migrateFrom = readOlderDocSchema(doc, store.schema) ?? undefined
  const ids = new Set([...records.keys(), ...Object.keys(store.serialize('document'))])
  const migrated = applyDocRecords(ctx, ids, migrateFrom)
  for (const record of migrated) writeRecord(records, record)
}

/** Writes one record's local change, reading its current value from the store (the store is the local truth). */
function writeLocalChange(store: TLStore, records: RecordsMap, id: string, fields: PendingFields): void {
  const record = store.unsafeGetWithoutCapture(id as TLRecord['id'])
  if (!record) {
    deleteRecord(records, id)
    return
  }
  if (fields === 'all') {
    writeRecordFields(records, record, null)
    return
  }
  // Edited here, deleted remotely since: the delete wins, as it does for every peer.
  if (records.has(id)) writeRecordFields(records, record, fields)
}

function collectRecordIds(events: Y.YEvent<Y.AbstractType<unknown>>[], records: RecordsMap): Set<string> {
  const ids = new Set<string>()
  for (const event of events) {
    if (event.target === records) {
      for (const key of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(key)
    } else {
      const id = event.path[0]
      if (typeof id === 'string') ids.add(id)
    }
  }
  return ids
}

/** Makes the store create tldraw's default records; the editor does the same when it mounts. */
function ensureStoreIsUsable(store: TLStore): void {
  // Internal in tldraw's types but stable in the pinned 5.4.2; it is what the editor itself calls.
  ;(store as unknown as { ensureStoreIsUsable?: () => void }).ensureStoreIsUsable?.()
}
