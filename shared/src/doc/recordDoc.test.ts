import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { DocNames } from '../docNames.ts'
import type { FieldEntry } from './recordFields.ts'
import {
  deleteRecord,
  getRecordsMap,
  readAllRecords,
  readRecordById,
  writeRecord,
  writeRecordFields,
  type RecordArray,
} from './recordDoc.ts'

const card = {
  id: 'shape:card',
  typeName: 'shape',
  type: 'note',
  x: 0,
  y: 0,
  parentId: 'page:page',
  props: { color: 'black', richText: { type: 'doc', content: [{ type: 'paragraph' }] } },
  meta: {},
}

function createDoc(clientID: number): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return doc
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

function text(value: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }] }
}

function entriesOf(doc: Y.Doc, id: string) {
  return (getRecordsMap(doc).get(id) as RecordArray).toArray()
}

describe('record doc layout', () => {
  test('stores one Y.Array of field entries per record under DocNames.records', () => {
    const doc = createDoc(1)
    writeRecord(getRecordsMap(doc), card)
    const array = doc.getMap(DocNames.records).get(card.id)
    expect(array).toBeInstanceOf(Y.Array)
    expect(entriesOf(doc, card.id)).toContainEqual({ k: 'props.color', v: 'black' })
    expect(readRecordById(getRecordsMap(doc), card.id)).toEqual(card)
  })

  test('writes only the changed fields when prev is given, in one transaction', () => {
    const doc = createDoc(1)
    const map = getRecordsMap(doc)
    writeRecord(map, card)
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const moved = { ...card, x: 10, y: 20 }
    expect(writeRecord(map, moved, card)).toBe(true)
    expect(transactions).toBe(1)
    expect(entriesOf(doc, card.id).slice(-2)).toEqual([
      { k: 'x', v: 10 },
      { k: 'y', v: 20 },
    ])
    expect(entriesOf(doc, card.id).filter((e) => e.k === 'x')).toHaveLength(1)
    expect(readRecordById(map, card.id)).toEqual(moved)
  })

  test('a deep-equal nested value is not rewritten', () => {
    const doc = createDoc(1)
    const map = getRecordsMap(doc)
    writeRecord(map, card)
    const copy = { ...card, props: { ...card.props, richText: structuredClone(card.props.richText) } }
    expect(writeRecord(map, copy)).toBe(false)
    expect(writeRecord(map, copy, card)).toBe(false)
  })

  test('a full write drops fields the record no longer has', () => {
    const doc = createDoc(1)
    const map = getRecordsMap(doc)
    writeRecord(map, { ...card, meta: { department: 'sales' } })
    writeRecord(map, card)
    expect(readRecordById(map, card.id)).toEqual(card)
    expect(entriesOf(doc, card.id).some((e) => e.k === 'meta.department')).toBe(false)
  })

  test('concurrent edits of different fields of one record both survive', () => {
    const a = createDoc(1)
    const b = createDoc(2)
    writeRecord(getRecordsMap(a), card)
    sync(a, b)
    writeRecord(getRecordsMap(a), { ...card, x: 100, y: 50 }, card)
    writeRecord(getRecordsMap(b), { ...card, props: { ...card.props, richText: text('hello') } }, card)
    sync(a, b)
    const expected = { ...card, x: 100, y: 50, props: { ...card.props, richText: text('hello') } }
    expect(readAllRecords(a)).toEqual({ [card.id]: expected })
    expect(readAllRecords(b)).toEqual({ [card.id]: expected })
  })

  test('concurrent sets of one field converge on one value, and the next set cleans up the duplicate', () => {
    const a = createDoc(1)
    const b = createDoc(2)
    writeRecord(getRecordsMap(a), card)
    sync(a, b)
    writeRecord(getRecordsMap(a), { ...card, x: 1 }, card)
    writeRecord(getRecordsMap(b), { ...card, x: 2 }, card)
    sync(a, b)
    const winner = readRecordById(getRecordsMap(a), card.id)
    expect(readRecordById(getRecordsMap(b), card.id)).toEqual(winner)
    expect(entriesOf(a, card.id).filter((e) => e.k === 'x')).toHaveLength(2)
    writeRecord(getRecordsMap(b), { ...card, x: 3 }, card)
    sync(a, b)
    expect(entriesOf(a, card.id).filter((e) => e.k === 'x')).toEqual([{ k: 'x', v: 3 }])
  })

  test('delete wins over a concurrent field edit', () => {
    const a = createDoc(1)
    const b = createDoc(2)
    writeRecord(getRecordsMap(a), card)
    sync(a, b)
    deleteRecord(getRecordsMap(a), card.id)
    writeRecord(getRecordsMap(b), { ...card, x: 7 }, card)
    sync(a, b)
    expect(readAllRecords(a)).toEqual({})
    expect(readAllRecords(b)).toEqual({})
  })

  test('updating the fields of a record with no array creates it whole', () => {
    const doc = createDoc(1)
    const map = getRecordsMap(doc)
    writeRecordFields(map, card, ['x'])
    expect(readRecordById(map, card.id)).toEqual(card)
  })

  test('an incomplete record is read as absent; readAllRecords is sorted by id', () => {
    const doc = createDoc(1)
    const map = getRecordsMap(doc)
    writeRecord(map, { ...card, id: 'shape:b' })
    writeRecord(map, { ...card, id: 'shape:a' })
    map.set('shape:broken', Y.Array.from<FieldEntry>([{ k: 'x', v: 1 }]))
    expect(Object.keys(readAllRecords(doc))).toEqual(['shape:a', 'shape:b'])
    expect(readRecordById(map, 'shape:broken')).toBeNull()
    expect(deleteRecord(map, 'shape:none')).toBe(false)
  })

  test('10,000 drag frames grow the encoded doc by well under 50 KB', () => {
    const doc = createDoc(1)
    const map = getRecordsMap(doc)
    writeRecord(map, card)
    const before = Y.encodeStateAsUpdate(doc).byteLength
    let prev = card
    for (let i = 1; i <= 10_000; i++) {
      const next = { ...prev, x: i, y: i * 2 }
      doc.transact(() => writeRecord(map, next, prev))
      prev = next
    }
    expect(Y.encodeStateAsUpdate(doc).byteLength - before).toBeLessThan(1_000)
  })
})
