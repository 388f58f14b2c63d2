import {
  DocNames,
  RoadmapKeys,
  flattenRecord,
  getDepartmentsMap,
  getRecordsMap,
  getRoadmapMap,
  type DocRecord,
  type FieldEntry,
} from '@cxmap/shared'
import * as Y from 'yjs'
import { createCardRecord } from '../boardDocs.ts'
import type { Random } from './random.ts'

/** How a fuzzed record is wrong (or `valid`, mixed in so that the gate sees honest-looking traffic too). */
export const RECORD_FLAWS = [
  'valid',
  'wrongType',
  'noTypeName',
  'missingParent',
  'nan',
  'protoKey',
  'idMismatch',
  'notAnArray',
  'unknownTypeName',
  'unknownShapeType',
  'hugeString',
] as const
/** One of {@link RECORD_FLAWS}. */
export type RecordFlaw = (typeof RECORD_FLAWS)[number]

const HUGE_STRING_BYTES = 5 * 1024 * 1024
let hugeString: string | null = null

function entriesOf(record: DocRecord): FieldEntry[] {
  return [...flattenRecord(record)].map(([k, v]) => ({ k, v }))
}

function replace(entries: FieldEntry[], key: string, value: unknown): FieldEntry[] {
  return [...entries.filter((entry) => entry.k !== key), { k: key, v: value }]
}

function flawedEntries(random: Random, flaw: RecordFlaw, record: DocRecord): FieldEntry[] {
  const entries = entriesOf(record)
  switch (flaw) {
    case 'wrongType':
      return replace(
        entries,
        random.pick(['x', 'y', 'rotation', 'props.w', 'props.text', 'index']),
        random.pick(['left', { nested: true }, [1, 2], null, true, -1e308]),
      )
    case 'noTypeName':
      return entries.filter((entry) => entry.k !== 'typeName')
    case 'missingParent':
      return replace(entries, 'parentId', `shape:missing-${random.int(0, 1e9)}`)
    case 'nan':
      return replace(entries, random.pick(['x', 'y', 'opacity', 'props.w', 'props.h']), random.pick([NaN, Infinity]))
    case 'protoKey':
      return [...entries, { k: random.pick(['__proto__', 'props.__proto__', 'constructor']), v: { polluted: true } }]
    case 'unknownTypeName':
      return replace(entries, 'typeName', random.pick(['evil', 'instance', 'camera', '']))
    case 'unknownShapeType':
      return replace(entries, 'type', random.pick(['evil-shape', 'cx-card ', 'iframe']))
    case 'hugeString':
      hugeString ??= 'x'.repeat(HUGE_STRING_BYTES)
      return replace(entries, 'props.text', hugeString)
    default:
      return entries
  }
}

/**
 * A valid Yjs update (fresh client, integrates anywhere) that writes one record with `flaw` into the records map,
 * laid out exactly as the app's binding writes records (one Y.Array of field entries per record id).
 */
export function encodeRecordUpdate(random: Random, flaw: RecordFlaw): Uint8Array {
  const id = `shape:fuzz-${random.int(0, 1e9)}`
  const record = createCardRecord(id, random.text(), 'barrier', random.int(-2000, 2000), random.int(-2000, 2000))
  const doc = new Y.Doc()
  const map = getRecordsMap(doc)
  if (flaw === 'notAnArray') map.set(id, random.pick([42, 'text', null]) as never)
  else if (flaw === 'idMismatch') map.set(`shape:other-${random.int(0, 1e9)}`, Y.Array.from(entriesOf(record)))
  else map.set(id, Y.Array.from(flawedEntries(random, flaw, record)))
  return Y.encodeStateAsUpdate(doc)
}

/** A valid update writing `docVersion: 99` or a garbage `tldrawSchema` into the board's meta map. */
export function encodeMetaUpdate(random: Random): Uint8Array {
  const doc = new Y.Doc()
  const meta = doc.getMap<unknown>(DocNames.meta)
  if (random.chance(0.5)) meta.set('docVersion', random.pick([99, -1, 'one', 1.5]))
  else meta.set('tldrawSchema', random.pick([{ schemaVersion: 99, sequences: {} }, 'garbage', null, [1, 2, 3]]))
  return Y.encodeStateAsUpdate(doc)
}

/** A valid update creating a top-level type the app does not declare. */
export function encodeForeignTypeUpdate(random: Random): Uint8Array {
  const doc = new Y.Doc()
  const name = random.pick(['evil', 'tl_records2', '', 'constructor', `t${random.int(0, 99)}`])
  const kind = random.int(0, 2)
  if (kind === 0) doc.getMap(name).set('k', random.text())
  else if (kind === 1) doc.getText(name).insert(0, random.text() || 'x')
  else doc.getArray(name).push([random.int(0, 9)])
  return Y.encodeStateAsUpdate(doc)
}

/** The second of two updates by one client, sent without the first: its predecessor is missing. */
export function encodeOrphanUpdate(random: Random): Uint8Array {
  const doc = new Y.Doc()
  const records = getRecordsMap(doc)
  const card = createCardRecord(`shape:orphan-${random.int(0, 1e9)}`, 'first')
  records.set(card.id, Y.Array.from(entriesOf(card)))
  const before = Y.encodeStateVector(doc)
  records.get(card.id)!.push([{ k: 'props.text', v: 'second' }])
  return Y.encodeStateAsUpdate(doc, before)
}

const GARBAGE: readonly unknown[] = ['left', { nested: true }, [1, 2], null, true, -1e308, NaN, 'x'.repeat(200_000)]

function corruptRecord(random: Random, doc: Y.Doc): void {
  const records = getRecordsMap(doc)
  const id = random.pick([...records.keys()])
  const array = records.get(id)
  if (!(array instanceof Y.Array)) return
  const entries = array.toArray() as FieldEntry[]
  const choice = random.int(0, 3)
  if (choice === 0) {
    const key = random.pick(['x', 'parentId', 'type', 'props.w', 'props.text', 'props.stages', 'props.lanes', 'index'])
    const at = entries.findIndex((entry) => entry.k === key)
    if (at >= 0) array.delete(at, 1)
    array.push([{ k: key, v: random.pick(GARBAGE) }])
  } else if (choice === 1) {
    const at = entries.findIndex((entry) => entry.k === random.pick(['typeName', 'id']))
    if (at >= 0) array.delete(at, 1)
  } else if (choice === 2) {
    array.push([{ k: random.pick(['__proto__', 'props.__proto__', 'meta.constructor']), v: { polluted: true } }])
  } else {
    records.set(id, random.pick([42, 'text']) as never)
  }
}

function corruptTypedMap(random: Random, doc: Y.Doc): void {
  if (random.chance(0.5)) {
    const departments = getDepartmentsMap(doc)
    const id = random.chance(0.7) && departments.size > 0 ? random.pick([...departments.keys()]) : 'dept-fuzz'
    departments.set(id, random.pick([42, { id, name: 7 }, { id, name: 'ok', color: 5, extra: true }, null]))
    return
  }
  const roadmap = getRoadmapMap(doc)
  const section = roadmap.get(random.pick(Object.values(RoadmapKeys)))
  const entities = section instanceof Y.Map ? [...(section as Y.Map<unknown>).values()] : []
  const entity = entities.length > 0 ? random.pick(entities) : null
  if (entity instanceof Y.Map)
    entity.set(random.pick(['wave', 'title', 'order', 'status', 'evil']), random.pick(GARBAGE))
  else roadmap.set(random.pick(['initiatives', 'triggers', 'evil']), random.pick(['garbage', 42]))
}

/**
 * A valid update that corrupts what the board already holds (given as `base`, the state an honest client has):
 * a field of an existing record set to garbage or removed, a prototype key, a record replaced by a number, a
 * department or roadmap entity overwritten. These change existing items, the part of the gate that checks changes.
 */
export function encodeCorruptionUpdate(random: Random, base: Uint8Array): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, base)
  const before = Y.encodeStateVector(doc)
  doc.transact(() => (random.chance(0.6) ? corruptRecord(random, doc) : corruptTypedMap(random, doc)))
  const update = Y.encodeStateAsUpdate(doc, before)
  doc.destroy()
  return update
}
