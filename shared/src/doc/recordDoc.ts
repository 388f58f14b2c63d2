import * as Y from 'yjs'
import { DocNames } from '../docNames.ts'
import { isJsonEqual } from './json.ts'
import {
  assembleRecord,
  diffRecordFields,
  flattenRecord,
  isFieldEntry,
  type DocRecord,
  type FieldEntry,
  type RecordLike,
} from './recordFields.ts'

/*
 * Layout: `doc.getMap(DocNames.records)` maps a record id to ONE Y.Array of {@link FieldEntry}s. Setting a field
 * deletes every entry of its key and pushes the new entry, in one transaction. Deleted Y.Array items merge into
 * ranges, so a shape dragged 10,000 times costs bytes, where a Y.Map per record keeps a struct per overwritten value.
 * Concurrent sets of one field leave two entries; Yjs orders them the same on every peer and the last one wins.
 * Deleting a record deletes its map key: a concurrent edit inside the deleted array goes with it (delete wins).
 */

/** A record's fields in the board document. */
export type RecordArray = Y.Array<FieldEntry>
/** The board document's records: record id → its fields. */
export type RecordsMap = Y.Map<RecordArray>

/** The records map of a board document. */
export function getRecordsMap(doc: Y.Doc): RecordsMap {
  return doc.getMap<RecordArray>(DocNames.records)
}

/** Reads a record from its array; null when the array lacks `id` or `typeName` (an incomplete record is absent). */
export function readRecord(array: RecordArray): DocRecord | null {
  return assembleRecord(array.toArray())
}

/** Reads one record by id; null when absent or incomplete. */
export function readRecordById(map: RecordsMap, id: string): DocRecord | null {
  const array: unknown = map.get(id)
  return array instanceof Y.Array ? readRecord(array as RecordArray) : null
}

/** Reads every complete record of the doc, keyed by id in sorted order (the same on every peer). */
export function readAllRecords(doc: Y.Doc): Record<string, DocRecord> {
  const map = getRecordsMap(doc)
  const result: Record<string, DocRecord> = {}
  for (const id of [...map.keys()].sort()) {
    const record = readRecordById(map, id)
    if (record) result[id] = record
  }
  return result
}

/**
 * Writes a record: with `prev`, only the fields that differ between `prev` and `record`; without it, every field
 * (dropping stored fields the record no longer has). A field equal to its stored value is not rewritten.
 * Returns whether the doc changed.
 */
export function writeRecord<R extends RecordLike>(map: RecordsMap, record: R, prev?: R): boolean {
  return writeRecordFields(map, record, prev ? diffRecordFields(prev, record) : null)
}

/**
 * Writes the given stored field keys of a record (see {@link FieldEntry}), or all of them when `keys` is null.
 * A key the record lacks is deleted. Creates the record's array when it has none. Returns whether the doc changed.
 */
export function writeRecordFields(map: RecordsMap, record: RecordLike, keys: Iterable<string> | null): boolean {
  const fields = flattenRecord(record)
  const array: unknown = map.get(record.id)
  if (!(array instanceof Y.Array)) {
    const entries = [...fields].map(([k, v]): FieldEntry => ({ k, v }))
    map.set(record.id, Y.Array.from(entries))
    return true
  }
  let changed = false
  inTransaction(map, () => {
    changed = setFields(array as RecordArray, fields, keys)
  })
  return changed
}

/** Deletes a record; returns whether it was there. */
export function deleteRecord(map: RecordsMap, id: string): boolean {
  if (!map.has(id)) return false
  map.delete(id)
  return true
}

function setFields(array: RecordArray, fields: Map<string, unknown>, keys: Iterable<string> | null): boolean {
  const entries = array.toArray()
  const positions = new Map<string, number[]>()
  entries.forEach((entry, index) => {
    if (!isFieldEntry(entry)) return
    const list = positions.get(entry.k)
    if (list) list.push(index)
    else positions.set(entry.k, [index])
  })
  const toDelete: number[] = []
  const toPush: FieldEntry[] = []
  for (const key of new Set(keys ?? [...fields.keys(), ...positions.keys()])) {
    const next = fields.get(key)
    const at = positions.get(key) ?? []
    const lastIndex = at[at.length - 1]
    const stored = lastIndex === undefined ? undefined : entries[lastIndex]?.v
    if (isJsonEqual(stored, next)) continue
    toDelete.push(...at)
    if (next !== undefined) toPush.push({ k: key, v: next })
  }
  deleteIndexes(array, toDelete)
  if (toPush.length > 0) array.push(toPush)
  return toDelete.length > 0 || toPush.length > 0
}

/** Deletes items by index, back to front, one `delete` call per run of adjacent indexes. */
function deleteIndexes(array: RecordArray, indexes: number[]): void {
  const sorted = [...indexes].sort((a, b) => b - a)
  let i = 0
  while (i < sorted.length) {
    const start = sorted[i] as number
    let count = 1
    while (sorted[i + count] === start - count) count++
    array.delete(start - count + 1, count)
    i += count
  }
}

function inTransaction(type: { doc: Y.Doc | null }, fn: () => void): void {
  // A nested `transact` joins the caller's transaction (and keeps its origin); a detached type has no doc.
  if (type.doc) type.doc.transact(fn)
  else fn()
}
