import { isJsonEqual, isPlainObject, type DocRecord } from '@cxmap/shared'
import { requireJson } from './jsonLimits.ts'
import { RefusedUpdate, require } from './refusal.ts'

/** A serialized tldraw schema (`schema.serialize()`, version 2). */
export interface SerializedSchema {
  schemaVersion: number
  sequences: Record<string, number>
}

/** What the gate uses of a tldraw `StoreSchema`; `createBoardSchema()` from @cxmap/shared is one. */
export interface TldrawSchemaLike {
  types: Record<string, { scope: string; validate(record: unknown): unknown } | undefined>
  serialize(): SerializedSchema
  getMigrationsSince(persisted: never): { ok: boolean }
  migratePersistedRecord(record: never, persisted: never, direction: 'up'): { type: string; value?: unknown }
}

/**
 * The board's record schema as the gate applies it: tldraw's validators plus migration of records written under an
 * older stored schema, and the rule for which serialized schemas a client may store in the doc's meta.
 */
export class BoardRecordSchema {
  readonly serialized: SerializedSchema
  private readonly currentByValue = new WeakMap<object, boolean>()

  constructor(private readonly tldraw: TldrawSchemaLike) {
    this.serialized = tldraw.serialize()
  }

  /** The record, migrated up from `persisted` when that is older, once it validates; throws {@link RefusedUpdate}. */
  validate(record: DocRecord, persisted: unknown): DocRecord {
    const type = Object.hasOwn(this.tldraw.types, record.typeName) ? this.tldraw.types[record.typeName] : undefined
    require(type?.scope === 'document', `record ${record.id} has an unknown type`)
    let current = record
    if (persisted !== undefined && !this.isCurrent(persisted)) {
      const result = this.tldraw.migratePersistedRecord(record as never, persisted as never, 'up')
      require(result.type === 'success', `record ${record.id} cannot be migrated`)
      current = result.value as DocRecord
    }
    try {
      type.validate(current)
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : ''
      throw new RefusedUpdate(`record ${record.id} is invalid: ${detail}`)
    }
    return current
  }

  /** Whether a stored schema is the server's; remembered per value (the doc's meta hands out the same object). */
  private isCurrent(persisted: unknown): boolean {
    if (typeof persisted !== 'object' || persisted === null) return false
    let isCurrent = this.currentByValue.get(persisted)
    if (isCurrent === undefined)
      this.currentByValue.set(persisted, (isCurrent = isJsonEqual(persisted, this.serialized)))
    return isCurrent
  }

  /**
   * Throws unless `value` may replace `stored` as the doc's schema: a well-formed serialized schema, no newer than the
   * server's (else every client would be told to reload), no older than the stored one (a downgrade would make
   * readers migrate records that are already current).
   */
  requireStorable(value: unknown, stored: unknown): void {
    requireJson(value, 'the schema')
    require(isSerializedSchema(value), 'the schema is malformed')
    for (const [sequence, version] of Object.entries(value.sequences)) {
      const ours = this.serialized.sequences[sequence]
      require(ours !== undefined && version <= ours, 'the schema is newer than the server')
    }
    require(this.tldraw.getMigrationsSince(value as never).ok, 'the schema is not compatible')
    if (!isSerializedSchema(stored)) return
    for (const [sequence, version] of Object.entries(stored.sequences)) {
      const theirs = value.sequences[sequence]
      require(theirs !== undefined && theirs >= version, 'the schema is older than the board')
    }
  }
}

function isSerializedSchema(value: unknown): value is SerializedSchema {
  if (!isPlainObject(value) || value.schemaVersion !== 2 || !isPlainObject(value.sequences)) return false
  return Object.values(value.sequences).every((version) => Number.isInteger(version) && (version as number) >= 0)
}
