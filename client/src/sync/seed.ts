import { getRecordsMap, writeRecord, type RecordLike } from '@cxmap/shared'
import * as Y from 'yjs'

/*
 * Decision: fresh clients that bind to an empty doc at the same time must not end up with two default pages.
 * 1. tldraw 5.4.2 creates its defaults with fixed ids (`document:document`, `page:page`), so there is never a
 *    second default page id; bind makes the store create them before seeding an empty doc.
 * 2. The seed is written by a throwaway Y.Doc whose client id is a hash of the seed's own encoding. Clients seeding
 *    the same records produce byte-identical structs, which Yjs merges into one: no concurrent duplicate entries,
 *    and a client that seeds before its first sync with the server cannot overwrite later edits of those records
 *    (say, a renamed page), because its seed is a copy of structs the server already has.
 * Clients seeding different records get different client ids and simply merge field by field.
 */

/** Writes `records` into an empty doc as a content-addressed seed (see above); call it outside any transaction. */
export function seedDoc(doc: Y.Doc, records: readonly RecordLike[], origin: unknown): void {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const clientId = hashBytes(encodeSeed(sorted, 0))
  // Not nested in another transaction: applying an update marks its whole transaction as remote, and Yjs takes
  // this client's own writes in a remote transaction for a client-id clash.
  Y.applyUpdate(doc, encodeSeed(sorted, clientId), origin)
  // The seed's structs may already be here, deleted (the board was emptied): write whatever is still missing.
  const map = getRecordsMap(doc)
  doc.transact(() => {
    for (const record of sorted) writeRecord(map, record)
  }, origin)
}

function encodeSeed(records: readonly RecordLike[], clientId: number): Uint8Array {
  const seed = new Y.Doc({ gc: true })
  seed.clientID = clientId
  const map = getRecordsMap(seed)
  seed.transact(() => {
    for (const record of records) writeRecord(map, record)
  })
  const update = Y.encodeStateAsUpdate(seed)
  seed.destroy()
  return update
}

/** FNV-1a, 32 bits: a Yjs client id is an unsigned 32-bit integer. */
function hashBytes(bytes: Uint8Array): number {
  let hash = 0x811c9dc5
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193)
  return hash >>> 0
}
