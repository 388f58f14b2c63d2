import {
  DOC_VERSION,
  MetaKeys,
  getMetaMap,
  getRecordsMap,
  readAllRecords,
  writeDocMeta,
  writeRecord,
} from '@cxmap/shared'
import { createTLStore } from 'tldraw'
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { makeGeo } from '../../test/fixtures'
import { TestNetwork } from '../../test/testNetwork'
import { bind } from './bind'
import { NewerDocError, checkDocSchema } from './schemaCheck'

const schema = createTLStore().schema
const ours = schema.serialize()

function docWithSchema(stored: unknown, docVersion = DOC_VERSION): Y.Doc {
  const doc = new Y.Doc()
  getMetaMap(doc).set(MetaKeys.tldrawSchema, stored)
  getMetaMap(doc).set(MetaKeys.docVersion, docVersion)
  return doc
}

function withSequence(sequenceId: string, version: number) {
  return { ...ours, sequences: { ...ours.sequences, [sequenceId]: version } }
}

describe('checkDocSchema', () => {
  test('accepts a doc without a schema, with ours, or with an older one', () => {
    expect(checkDocSchema(new Y.Doc(), schema)).toEqual({ ok: true })
    expect(checkDocSchema(docWithSchema(ours), schema)).toEqual({ ok: true })
    expect(checkDocSchema(docWithSchema(withSequence('com.tldraw.shape.geo', 11)), schema)).toEqual({ ok: true })
  })

  test('refuses a doc written by a newer schema: a later migration, or a sequence this client lacks', () => {
    const later = ours.sequences['com.tldraw.shape.geo']! + 1
    expect(checkDocSchema(docWithSchema(withSequence('com.tldraw.shape.geo', later)), schema)).toMatchObject({
      ok: false,
      reason: 'newer-doc',
    })
    expect(checkDocSchema(docWithSchema(withSequence('com.cxmap.shape.card', 0)), schema)).toMatchObject({
      ok: false,
      reason: 'newer-doc',
    })
  })

  test('refuses a newer doc layout version and an unreadable schema', () => {
    expect(checkDocSchema(docWithSchema(ours, DOC_VERSION + 1), schema)).toMatchObject({ reason: 'newer-doc' })
    expect(checkDocSchema(docWithSchema({ schemaVersion: 3, sequences: {} }), schema)).toMatchObject({
      reason: 'newer-doc',
    })
    expect(checkDocSchema(docWithSchema('garbage'), schema)).toMatchObject({ reason: 'newer-doc' })
  })
})

describe('bind and schema versions', () => {
  test('refuses to bind to a newer doc and leaves it untouched', () => {
    const doc = docWithSchema(withSequence('com.tldraw.shape.geo', 99))
    const before = Y.encodeStateAsUpdate(doc)
    expect(() => bind(createTLStore(), doc)).toThrow(NewerDocError)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  test('writes its own schema and doc version into the meta', () => {
    const doc = new Y.Doc()
    const dispose = bind(createTLStore(), doc, { schedule: () => () => {} })
    expect(getMetaMap(doc).get(MetaKeys.tldrawSchema)).toEqual(ours)
    expect(getMetaMap(doc).get(MetaKeys.docVersion)).toBe(DOC_VERSION)
    dispose()
  })

  test('stops and reports when a newer client writes its schema while bound', () => {
    const network = new TestNetwork()
    const a = network.addPeer('a')
    const b = network.addPeer('b')
    const newer: string[] = []
    a.bind({ onNewerDoc: (detail) => newer.push(detail) })
    b.bind()
    network.settle()
    writeDocMeta(b.doc, withSequence('com.tldraw.shape.geo', 99), 'newer client')
    network.settle()
    expect(newer).toHaveLength(1)
    const geo = makeGeo('after')
    a.store.put([geo])
    a.flush()
    network.settle()
    expect(readAllRecords(a.doc)[geo.id]).toBeUndefined()
    expect(b.store.get(geo.id)).toBeUndefined()
  })

  test("puts its schema back when an older client's concurrent write wins", () => {
    const network = new TestNetwork()
    const a = network.addPeer('a')
    a.bind()
    network.settle()
    writeDocMeta(a.doc, withSequence('com.tldraw.shape.geo', 11), 'older client')
    expect(getMetaMap(a.doc).get(MetaKeys.tldrawSchema)).toEqual(ours)
  })

  test("migrates an older doc's records on bind and writes them back with its schema", () => {
    const doc = docWithSchema(withSequence('com.tldraw.shape.geo', 11))
    const geo = makeGeo('old')
    const { flipX: _flipX, flipY: _flipY, ...oldProps } = geo.props
    writeRecord(getRecordsMap(doc), { ...geo, props: oldProps })
    const store = createTLStore()
    const invalid: unknown[] = []
    const dispose = bind(store, doc, { schedule: () => () => {}, onInvalidRecord: (i) => invalid.push(i) })
    expect(invalid).toEqual([])
    expect(store.get(geo.id)).toEqual(geo)
    expect(readAllRecords(doc)[geo.id]).toEqual(geo)
    expect(getMetaMap(doc).get(MetaKeys.tldrawSchema)).toEqual(ours)
    dispose()
  })
})
