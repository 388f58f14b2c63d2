import { DOC_VERSION, isPlainObject, readDocVersion, readRecordsSchema, readStoredSchema } from '@cxmap/shared'
import type { SerializedSchema, StoreSchema, UnknownRecord } from '@tldraw/store'
import type * as Y from 'yjs'

/** Outcome of {@link checkDocSchema}. */
export type DocSchemaCheck = { ok: true } | { ok: false; reason: 'newer-doc'; detail: string }

/** Whatever store schema a tldraw store has (`store.schema`). */
export type AnyStoreSchema = StoreSchema<UnknownRecord, unknown>

/** Thrown by `bind` when the doc was written by a newer app than this one: reload to update. */
export class NewerDocError extends Error {
  override readonly name = 'NewerDocError'
}

/**
 * Whether this client may bind to the doc: not when the doc was written by a newer tldraw schema or a newer doc layout
 * ({@link DOC_VERSION}) than this client's, which must then say "reload to update" instead of corrupting the doc.
 * A doc written by an older or equal schema, or by none yet, is fine: the client migrates its records and writes its
 * own schema into the doc's meta when it binds.
 */
export function checkDocSchema(doc: Y.Doc, storeSchema: AnyStoreSchema): DocSchemaCheck {
  const docVersion = readDocVersion(doc)
  if (docVersion !== undefined && docVersion > DOC_VERSION) {
    return newer(`doc layout version ${docVersion} is newer than this client's ${DOC_VERSION}`)
  }
  const stored = readStoredSchema(doc)
  if (stored === undefined) return { ok: true }
  if (!isSerializedSchema(stored)) return newer('the stored tldraw schema is in an unknown format')
  if (stored.schemaVersion === 2) {
    const ours = storeSchema.serialize().sequences
    for (const [sequenceId, theirVersion] of Object.entries(stored.sequences)) {
      const ourVersion = ours[sequenceId]
      // A sequence this client does not know is a record type or migration added by a newer version.
      if (ourVersion === undefined) return newer(`unknown migration sequence ${sequenceId}`)
      if (theirVersion > ourVersion) return newer(`${sequenceId} is at version ${theirVersion}, ours ${ourVersion}`)
    }
  }
  const migrations = storeSchema.getMigrationsSince(stored)
  if (!migrations.ok) return newer(`no migration path from the stored schema: ${migrations.error}`)
  return { ok: true }
}

/**
 * The schema the doc's records were written under (`readRecordsSchema`: the stored one, or that of a server seed
 * nobody opened yet) when this client can migrate them up from it and it is not its own.
 */
export function readOlderDocSchema(doc: Y.Doc, storeSchema: AnyStoreSchema): SerializedSchema | null {
  const stored = readRecordsSchema(doc)
  if (!isSerializedSchema(stored)) return null
  const migrations = storeSchema.getMigrationsSince(stored)
  return migrations.ok && migrations.value.length > 0 ? stored : null
}

function newer(detail: string): DocSchemaCheck {
  return { ok: false, reason: 'newer-doc', detail }
}

function isSerializedSchema(value: unknown): value is SerializedSchema {
  if (!isPlainObject(value)) return false
  if (value.schemaVersion === 2) {
    return isPlainObject(value.sequences) && Object.values(value.sequences).every((v) => Number.isInteger(v))
  }
  return value.schemaVersion === 1 && typeof value.storeVersion === 'number' && isPlainObject(value.recordVersions)
}
