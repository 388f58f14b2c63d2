import { DOC_VERSION, MAX_TITLE_LENGTH, MetaKeys, readRecordsSchema } from '@cxmap/shared'
import * as Y from 'yjs'
import type { UpdateChanges } from './readUpdate.ts'
import type { BoardRecordSchema } from './recordSchema.ts'
import { require } from './refusal.ts'

/** What the update writes to `meta`; `tldrawSchema` is the doc's schema after the update. */
export interface MetaAfter {
  tldrawSchema: unknown
}

/**
 * Checks an update's writes to the board doc's `meta` map: `title` a bounded string, `docVersion` exactly
 * {@link DOC_VERSION}, `tldrawSchema` one the server can read (see {@link BoardRecordSchema.requireStorable}); no
 * other key, no deletion. Returns the schema the doc holds after the update.
 */
export function checkMeta(doc: Y.Doc, changes: UpdateChanges, root: string, schema: BoardRecordSchema): MetaAfter {
  const meta = doc.getMap<unknown>(root)
  // A board with records but no schema in its meta holds records of the schema tldraw had then (shared's rule).
  let tldrawSchema = readRecordsSchema(doc)
  const written = new Set<string>()
  for (const { item, at } of changes.inserts) {
    if (at.root !== root || item.content instanceof Y.ContentDeleted) continue
    const [key] = at.keys
    require(at.keys.length === 1 && typeof key === 'string', 'meta holds a nested value')
    require(item.content instanceof Y.ContentAny, `meta.${key} is not JSON`)
    const values = changes.liveValues(item)
    if (values.length === 0) continue
    require(values.length === 1, `meta.${key} holds several values`)
    const value = values[0]
    written.add(key)
    if (key === MetaKeys.title) {
      require(typeof value === 'string' && value.length <= MAX_TITLE_LENGTH, 'meta.title is not a title')
    } else if (key === MetaKeys.docVersion) {
      require(value === DOC_VERSION, 'meta.docVersion is not the server version')
    } else if (key === MetaKeys.tldrawSchema) {
      schema.requireStorable(value, meta.get(MetaKeys.tldrawSchema))
      tldrawSchema = value
    } else {
      require(false, `meta.${key} is not a meta key`)
    }
  }
  for (const { at } of changes.deletes) {
    if (at.root !== root) continue
    const [key] = at.keys
    require(typeof key === 'string' && written.has(key), 'meta values cannot be deleted')
  }
  return { tldrawSchema }
}
