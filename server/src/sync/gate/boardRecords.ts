import {
  MAX_ASSET_RECORD_CHARS,
  assembleRecord,
  isFieldEntry,
  NESTED_FIELDS,
  readRecord,
  type DocRecord,
  type RecordArray,
} from '@cxmap/shared'
import * as Y from 'yjs'
import { DEFAULT_JSON_LIMITS, requireJson, type JsonLimits } from './jsonLimits.ts'
import type { UpdateChanges } from './readUpdate.ts'
import { RefusedUpdate, require } from './refusal.ts'

/** A record the update creates, changes or deletes: as it would be after (null: deleted), and as stored now. */
export interface RecordChange {
  id: string
  after: DocRecord | null
  /** Whether the update may change the record's type: a new array under its id, or a `type`/`typeName` entry. */
  mayRetype: boolean
  /** The record as the doc holds it now (read on demand: only the grid lock needs it). */
  readBefore(): DocRecord | null
}

/** Longest record as JSON, in characters; an asset may carry an inline image (a data URL) and gets more. */
export const MAX_RECORD_CHARS = 200_000
/** Longest field key of a record entry (`props.someName`). */
const MAX_FIELD_KEY_CHARS = 200
const SHAPE_PARENT_TYPES = new Set(['page', 'shape'])
// An asset's `src` may be an image inlined as a data URL (tldraw's default without an asset store).
const ASSET_JSON_LIMITS: JsonLimits = { ...DEFAULT_JSON_LIMITS, maxStringChars: MAX_ASSET_RECORD_CHARS }

interface Touched {
  id: string
  owner: Y.Item
  added: unknown[]
}

/**
 * Reads the record changes of an update to the board doc's `tl_records` map and validates every record it creates or
 * changes, as it would be after the update; returns the changes. Throws {@link RefusedUpdate} on the first bad one.
 */
export function checkRecordChanges(
  doc: Y.Doc,
  changes: UpdateChanges,
  root: string,
  validate: (record: DocRecord) => DocRecord,
): RecordChange[] {
  const map = doc.getMap<unknown>(root)
  const touched = new Map<Y.Item, Touched>()
  const removed = new Set<string>()
  const touch = (owner: Y.Item, id: string) => {
    let entry = touched.get(owner)
    if (!entry) touched.set(owner, (entry = { id, owner, added: [] }))
    return entry
  }
  for (const { item, at } of changes.inserts) {
    if (at.root !== root || item.content instanceof Y.ContentDeleted) continue
    const [id, sub] = at.keys
    require(typeof id === 'string', 'a record has no id')
    if (at.keys.length === 1) {
      require(item.content instanceof Y.ContentType &&
        item.content.type instanceof Y.Array, `record ${id} is not a list`)
      touch(item, id)
    } else {
      require(at.keys.length === 2 && sub === null, `record ${id} has a nested value`)
      require(item.content instanceof Y.ContentAny, `record ${id} holds a value that is not JSON`)
      touch(at.owners[0]!, id).added.push(...changes.liveValues(item))
    }
  }
  for (const { item, at } of changes.deletes) {
    const id = at.keys[0]
    if (at.root !== root || typeof id !== 'string') continue
    if (at.keys.length === 1 && map._map.get(id) === item) removed.add(id)
    else if (at.keys.length === 2) touch(at.owners[0]!, id)
  }
  const afters = new Map<string, { after: DocRecord; mayRetype: boolean }>()
  for (const entry of touched.values()) {
    const after = readAfter(map, entry, changes)
    // A new array or a type entry may retype a record that exists (a create has nothing to retype).
    const writesType = changes.isNew(entry.owner) || entry.added.some(isTypeEntry)
    const mayRetype = writesType && readRecordById(map, entry.id) !== null
    if (after) afters.set(entry.id, { after, mayRetype })
  }
  const result: RecordChange[] = []
  for (const [id, { after, mayRetype }] of afters) {
    const migrated = validate(after)
    requireParent(map, migrated, afters)
    result.push({ id, after: migrated, mayRetype, readBefore: () => readRecordById(map, id) })
  }
  for (const id of removed) {
    if (!afters.has(id)) result.push({ id, after: null, mayRetype: true, readBefore: () => readRecordById(map, id) })
  }
  return result
}

/** The record an array will hold after the update, or null when the array is not (or no longer) the record's. */
function readAfter(map: Y.Map<unknown>, { id, owner, added }: Touched, changes: UpdateChanges): DocRecord | null {
  if (changes.isDeletedByUpdate(owner.id)) return null
  const entries: unknown[] = []
  if (!changes.isNew(owner)) {
    if (map._map.get(id) !== owner) return null
    // Walks the field list once (tombstones of earlier edits included); a value is only looked up in the update's
    // delete set when the update deletes something of the client that wrote it.
    for (let item = (owner.content as Y.ContentType).type._start; item; item = item.right) {
      if (item.deleted || !(item.content instanceof Y.ContentAny)) continue
      const values = item.content.arr
      const { client, clock } = item.id
      if (!changes.deletesOf(client)) {
        for (const value of values) entries.push(value)
        continue
      }
      for (let i = 0; i < values.length; i++) {
        if (!changes.isDeletedByUpdate(Y.createID(client, clock + i))) entries.push(values[i])
      }
    }
  }
  for (const entry of added) requireEntry(id, entry)
  entries.push(...added)
  const record = assembleRecord(entries)
  require(record, `record ${id} has no id or typeName`)
  require(record.id === id, `record ${id} has another id`)
  require(id.startsWith(`${record.typeName}:`), `record ${id} is not a ${record.typeName}`)
  const limit = record.typeName === 'asset' ? MAX_ASSET_RECORD_CHARS : MAX_RECORD_CHARS
  require(JSON.stringify(record).length <= limit, `record ${id} is too large`)
  return record
}

function isTypeEntry(entry: unknown): boolean {
  return isFieldEntry(entry) && (entry.k === 'type' || entry.k === 'typeName')
}

function requireEntry(id: string, entry: unknown): void {
  require(isFieldEntry(entry), `record ${id} has an entry that is not a field`)
  const { k } = entry
  require(k.length > 0 && k.length <= MAX_FIELD_KEY_CHARS, `record ${id} has a bad field name`)
  const dot = k.indexOf('.')
  if (dot >= 0) require(NESTED_FIELDS.includes(k.slice(0, dot)), `record ${id} has a bad field name`)
  const limits = id.startsWith('asset:') ? ASSET_JSON_LIMITS : DEFAULT_JSON_LIMITS
  requireJson({ [k.slice(dot + 1)]: entry.v }, `record ${id}`, limits)
}

/** A shape's parent must be a page or shape that exists, arrives in the update, or was deleted concurrently. */
function requireParent(map: Y.Map<unknown>, record: DocRecord, afters: Map<string, { after: DocRecord }>): void {
  if (record.typeName !== 'shape') return
  const parentId = record.parentId
  require(typeof parentId === 'string', `shape ${record.id} has no parent`)
  const arriving = afters.get(parentId)?.after
  if (arriving) {
    require(SHAPE_PARENT_TYPES.has(arriving.typeName), `shape ${record.id} has a parent that is not a page or shape`)
    return
  }
  const item = map._map.get(parentId)
  if (!item) throw new RefusedUpdate(`shape ${record.id} has a parent that does not exist`)
  // A parent deleted by someone else while this client added a child: the client could not have known.
  if (item.deleted) return
  const typeName = parentId.slice(0, parentId.indexOf(':'))
  require(SHAPE_PARENT_TYPES.has(typeName), `shape ${record.id} has a parent that is not a page or shape`)
}

function readRecordById(map: Y.Map<unknown>, id: string): DocRecord | null {
  const item = map._map.get(id)
  if (!item || item.deleted || !(item.content instanceof Y.ContentType)) return null
  const array = item.content.type
  return array instanceof Y.Array ? readRecord(array as RecordArray) : null
}
