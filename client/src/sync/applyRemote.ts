import { isJsonEqual, readRecordById, type RecordsMap } from '@cxmap/shared'
import type { SerializedSchema } from '@tldraw/store'
import type { TLRecord, TLStore } from 'tldraw'

/** A record from the doc that this client could not accept: skipped, the rest keeps syncing. */
export interface InvalidRecord {
  id: string
  /** The record as read from the doc (before any migration). */
  record: unknown
  error: unknown
}

/** What applying doc records to the store needs. */
export interface ApplyContext {
  store: TLStore
  records: RecordsMap
  onInvalidRecord: (invalid: InvalidRecord) => void
  onError: (error: unknown) => void
}

/**
 * Reads the given record ids from the doc and applies them to the store in one `mergeRemoteChanges`: puts those the
 * doc has, removes those it lacks. A record that fails tldraw's validation (or migration from `migrateFrom`) is
 * reported and skipped; the store keeps its previous version. Returns the records that migration changed, for the
 * caller to write back.
 */
export function applyDocRecords(ctx: ApplyContext, ids: Iterable<string>, migrateFrom?: SerializedSchema): TLRecord[] {
  const { store } = ctx
  const puts: TLRecord[] = []
  const removes: TLRecord['id'][] = []
  const migrated: TLRecord[] = []
  for (const id of ids) {
    const current = store.unsafeGetWithoutCapture(id as TLRecord['id'])
    if (current && !isDocumentRecord(store, current)) continue
    const docRecord = readRecordById(ctx.records, id)
    if (!docRecord) {
      if (current) removes.push(current.id)
      continue
    }
    const candidate = migrateFrom ? migrateRecord(ctx, docRecord as unknown as TLRecord, migrateFrom) : docRecord
    const valid = candidate && validateRecord(ctx, candidate as TLRecord, current, docRecord)
    if (!valid) continue
    puts.push(valid)
    if (migrateFrom && !isJsonEqual(valid, docRecord)) migrated.push(valid)
  }
  mergeIntoStore(ctx, puts, removes)
  return migrated
}

function isDocumentRecord(store: TLStore, record: { typeName: string }): boolean {
  return (store.scopedTypes.document as ReadonlySet<string>).has(record.typeName)
}

function migrateRecord(ctx: ApplyContext, record: TLRecord, from: SerializedSchema): TLRecord | null {
  const result = ctx.store.schema.migratePersistedRecord(record, from, 'up')
  if (result.type === 'success') return result.value
  ctx.onInvalidRecord({ id: record.id, record, error: new Error(`migration failed: ${result.reason}`) })
  return null
}

function validateRecord(ctx: ApplyContext, record: TLRecord, current: TLRecord | undefined, raw: unknown) {
  const { store } = ctx
  if (!isDocumentRecord(store, record)) {
    const error = new Error(`not a document record type: ${String(record.typeName)}`)
    ctx.onInvalidRecord({ id: record.id, record: raw, error })
    return null
  }
  try {
    return store.schema.validateRecord(store, record, current ? 'updateRecord' : 'createRecord', current ?? null)
  } catch (error) {
    ctx.onInvalidRecord({ id: record.id, record: raw, error })
    return null
  }
}

function mergeIntoStore(ctx: ApplyContext, puts: TLRecord[], removes: TLRecord['id'][]): void {
  const { store } = ctx
  if (puts.length === 0 && removes.length === 0) return
  try {
    store.mergeRemoteChanges(() => {
      if (removes.length > 0) store.remove(removes)
      if (puts.length > 0) store.put(puts)
    })
    return
  } catch (error) {
    ctx.onError(error)
  }
  // The failed batch was rolled back whole; apply it record by record so that one bad record holds back nothing else.
  for (const id of removes) mergeOne(ctx, id, null, () => store.remove([id]))
  for (const record of puts) mergeOne(ctx, record.id, record, () => store.put([record]))
}

function mergeOne(ctx: ApplyContext, id: string, record: TLRecord | null, apply: () => void): void {
  try {
    ctx.store.mergeRemoteChanges(apply)
  } catch (error) {
    ctx.onInvalidRecord({ id, record, error })
  }
}
