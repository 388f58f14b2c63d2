import {
  JOURNEY_CARD_TYPE,
  createCardProps,
  createShapeRecord,
  getRecordsMap,
  isFieldEntry,
  writeRecord,
  type CardKind,
  type DocRecord,
} from '@cxmap/shared'
import * as Y from 'yjs'
import type { BoardStore } from '../src/storage/types.ts'

/** A complete journey card shape record on the default page (free unless placed over a grid's cell). */
export function createCardRecord(
  id: string,
  text: string,
  kind: CardKind = 'barrier',
  x = -1000,
  y = -1000,
): DocRecord {
  const props = createCardProps(kind, { text })
  return { ...createShapeRecord({ id, type: JOURNEY_CARD_TYPE, x, y, index: 'a5', props }) }
}

/** The update that writes `records` into a doc that has none of them (as a client's first edit would). */
export function encodeRecordsUpdate(records: readonly DocRecord[]): Uint8Array {
  const doc = new Y.Doc()
  doc.transact(() => records.forEach((record) => writeRecord(getRecordsMap(doc), record)))
  return Y.encodeStateAsUpdate(doc)
}

/** The board's canvas doc as a fresh server would load it from storage. */
export async function loadStoredBoardDoc(store: BoardStore, boardId: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const update of (await store.loadDoc(boardId, 'board')).updates) Y.applyUpdate(doc, update)
  return doc
}

/** Records of `type` in the doc. */
export function listRecordsOfType(records: Record<string, DocRecord>, type: string): DocRecord[] {
  return Object.values(records).filter((record) => record.type === type)
}

/** Ids of records holding two entries for one field (what two writers seeding the same record concurrently leave). */
export function findDuplicatedFields(doc: Y.Doc): string[] {
  const duplicated: string[] = []
  for (const [id, array] of getRecordsMap(doc)) {
    const keys = array.toArray().flatMap((entry) => (isFieldEntry(entry) ? [entry.k] : []))
    if (new Set(keys).size !== keys.length) duplicated.push(id)
  }
  return duplicated
}
