import type * as Y from 'yjs'
import { readStoredSchema } from '../doc/docMeta.ts'
import { getRecordsMap } from '../doc/recordDoc.ts'

/**
 * The schema of the records in a board doc whose meta holds none: a board seeded by the server before seeds carried
 * their schema (2026-12-06) and never opened since (a client stamps its schema when it binds). Exactly what the
 * server's seed was built with then: tldraw 5.4.2 and the journey shapes at version 0. Never change it.
 */
export const UNSTAMPED_BOARD_SCHEMA = {
  schemaVersion: 2,
  sequences: {
    'com.tldraw.store': 5,
    'com.tldraw.asset': 1,
    'com.tldraw.camera': 1,
    'com.tldraw.document': 2,
    'com.tldraw.instance': 26,
    'com.tldraw.instance_page_state': 5,
    'com.tldraw.page': 1,
    'com.tldraw.instance_presence': 6,
    'com.tldraw.pointer': 1,
    'com.tldraw.shape': 4,
    'com.tldraw.user': 1,
    'com.tldraw.asset.image': 6,
    'com.tldraw.asset.video': 5,
    'com.tldraw.asset.bookmark': 2,
    'com.tldraw.shape.arrow': 8,
    'com.tldraw.shape.bookmark': 2,
    'com.tldraw.shape.draw': 5,
    'com.tldraw.shape.embed': 4,
    'com.tldraw.shape.frame': 1,
    'com.tldraw.shape.geo': 12,
    'com.tldraw.shape.group': 0,
    'com.tldraw.shape.highlight': 4,
    'com.tldraw.shape.image': 5,
    'com.tldraw.shape.line': 5,
    'com.tldraw.shape.note': 13,
    'com.tldraw.shape.text': 4,
    'com.tldraw.shape.video': 4,
    'com.tldraw.shape.cx-grid': 0,
    'com.tldraw.shape.cx-card': 0,
    'com.tldraw.binding.arrow': 1,
  },
} as const

/**
 * The schema a board doc's records were written under: the one in its meta, else {@link UNSTAMPED_BOARD_SCHEMA} when
 * it holds records, else undefined (an empty doc). Migrate records up from this, not from the meta alone.
 */
export function readRecordsSchema(doc: Y.Doc): unknown {
  return readStoredSchema(doc) ?? (getRecordsMap(doc).size > 0 ? UNSTAMPED_BOARD_SCHEMA : undefined)
}
