import type * as Y from 'yjs'
import { DOC_VERSION, DocNames, MetaKeys } from '../docNames.ts'
import { isJsonEqual } from './json.ts'

/** The board document's meta map (keys in {@link MetaKeys}). */
export function getMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DocNames.meta)
}

/** The tldraw schema (`store.schema.serialize()`) last written to the doc, or undefined when none was. */
export function readStoredSchema(doc: Y.Doc): unknown {
  return getMetaMap(doc).get(MetaKeys.tldrawSchema)
}

/** The doc layout version last written to the doc, or undefined when none (or a non-number) was. */
export function readDocVersion(doc: Y.Doc): number | undefined {
  const version = getMetaMap(doc).get(MetaKeys.docVersion)
  return typeof version === 'number' ? version : undefined
}

/**
 * Writes the writer's tldraw schema and {@link DOC_VERSION} to the doc's meta, each only when it differs from what
 * is stored (so a reconnecting client adds nothing). Returns whether the doc changed.
 */
export function writeDocMeta(doc: Y.Doc, tldrawSchema: unknown, origin?: unknown): boolean {
  const meta = getMetaMap(doc)
  let changed = false
  doc.transact(() => {
    if (!isJsonEqual(meta.get(MetaKeys.tldrawSchema), tldrawSchema)) {
      meta.set(MetaKeys.tldrawSchema, tldrawSchema)
      changed = true
    }
    if (meta.get(MetaKeys.docVersion) !== DOC_VERSION) {
      meta.set(MetaKeys.docVersion, DOC_VERSION)
      changed = true
    }
  }, origin)
  return changed
}

/** The board title mirrored into the doc by the last rename, or undefined when none was. */
export function readDocTitle(doc: Y.Doc): string | undefined {
  const title = getMetaMap(doc).get(MetaKeys.title)
  return typeof title === 'string' ? title : undefined
}

/** Mirrors a saved board title into the doc so every open client shows it at once. */
export function writeDocTitle(doc: Y.Doc, title: string, origin?: unknown): void {
  if (readDocTitle(doc) !== title) doc.transact(() => getMetaMap(doc).set(MetaKeys.title, title), origin)
}
