import { getRecordsMap, readAllRecords, writeRecord, type RecordArray } from '@cxmap/shared'
import { createTLStore, toRichText, type TLGeoShape, type TLNoteShape, type TLRecord } from 'tldraw'
import { describe, expect, test, vi } from 'vitest'
import * as Y from 'yjs'
import { findDivergence, readDocJson, readStoreDocument } from '../../test/convergence'
import { DEFAULT_PAGE_ID, makeGeo, makeNote } from '../../test/fixtures'
import { TestNetwork, type TestPeer } from '../../test/testNetwork'
import { bind } from './bind'

/** Two bound peers that have exchanged their initial state. */
function createPair() {
  const network = new TestNetwork()
  const a = network.addPeer('a')
  const b = network.addPeer('b')
  a.bind()
  network.deliverAll()
  b.bind()
  network.settle()
  return { network, a, b }
}

function put(peer: TestPeer, ...records: TLRecord[]) {
  peer.store.put(records)
}

function shapeOf<T extends TLRecord>(peer: TestPeer, record: T): T | undefined {
  return peer.store.get(record.id) as T | undefined
}

describe('bind: initial state', () => {
  test("seeds an empty doc with the store's document records, tldraw's defaults included", () => {
    const store = createTLStore()
    const doc = new Y.Doc()
    const dispose = bind(store, doc, { schedule: () => () => {} })
    expect(Object.keys(readAllRecords(doc))).toEqual(['document:document', 'page:page'])
    expect(readStoreDocument(store)).toEqual(readDocJson(doc))
    dispose()
  })

  test("replaces the store's document records with the doc's valid ones", () => {
    const doc = new Y.Doc()
    const card = makeNote('card', { x: 10 })
    const bad = makeGeo('bad')
    doc.transact(() => {
      writeRecord(getRecordsMap(doc), { ...bad, props: { ...bad.props, w: 'banana' } })
      writeRecord(getRecordsMap(doc), card)
    })
    const store = createTLStore()
    store.put([makeGeo('local-only'), { ...card, x: 99 }])
    const invalid: string[] = []
    const dispose = bind(store, doc, { schedule: () => () => {}, onInvalidRecord: ({ id }) => invalid.push(id) })
    expect(store.get(card.id)).toMatchObject({ x: 10 })
    expect(store.get(makeGeo('local-only').id)).toBeUndefined()
    expect(store.get(bad.id)).toBeUndefined()
    expect(invalid).toEqual([bad.id])
    // The doc had no page: the store's integrity check creates tldraw's default one, which is written back.
    expect(store.get(DEFAULT_PAGE_ID)).toBeDefined()
    dispose()
    expect(readAllRecords(doc)[DEFAULT_PAGE_ID]).toBeDefined()
  })

  test('two fresh clients binding at once end up with one document and one page, without duplicate fields', () => {
    const network = new TestNetwork()
    const a = network.addPeer('a')
    const b = network.addPeer('b')
    a.bind()
    b.bind()
    network.settle()
    expect(findDivergence([a, b])).toEqual([])
    expect(Object.keys(readAllRecords(a.doc))).toEqual(['document:document', 'page:page'])
    const page = getRecordsMap(a.doc).get('page:page') as RecordArray
    const keys = page.toArray().map((entry) => entry.k)
    expect(new Set(keys).size).toBe(keys.length)
  })

  test('a client that binds before its first sync does not undo edits of the default page', () => {
    const network = new TestNetwork()
    const a = network.addPeer('a')
    a.bind()
    const page = a.store.get(DEFAULT_PAGE_ID)
    if (page?.typeName !== 'page') throw new Error('no default page')
    put(a, { ...page, name: 'Journey' })
    a.flush()
    const late = network.addPeer('late')
    network.disconnect(late)
    late.bind()
    network.reconnect(late)
    network.settle()
    expect(late.store.get(DEFAULT_PAGE_ID)).toMatchObject({ name: 'Journey' })
    expect(findDivergence([a, late])).toEqual([])
  })
})

describe('bind: two peers', () => {
  test('a concurrent move and text edit of one shape both survive on both sides', () => {
    const { network, a, b } = createPair()
    const note = makeNote('card')
    put(a, note)
    network.settle()
    put(a, { ...note, x: 120, y: 80 })
    put(b, { ...note, props: { ...note.props, richText: toRichText('Checkout is slow') } })
    a.flush()
    b.flush()
    network.settle()
    for (const peer of [a, b]) {
      const shape = shapeOf(peer, note)
      expect(shape).toMatchObject({ x: 120, y: 80 })
      expect(shape?.props.richText).toEqual(toRichText('Checkout is slow'))
    }
    expect(findDivergence([a, b])).toEqual([])
  })

  test('delete against a concurrent edit: both sides agree the shape is deleted', () => {
    const { network, a, b } = createPair()
    const geo = makeGeo('box')
    put(a, geo)
    network.settle()
    a.store.remove([geo.id])
    put(b, { ...geo, props: { ...geo.props, color: 'red' } })
    a.flush()
    b.flush()
    network.settle()
    expect(a.store.get(geo.id)).toBeUndefined()
    expect(b.store.get(geo.id)).toBeUndefined()
    expect(findDivergence([a, b])).toEqual([])
  })

  test('an invalid remote record is skipped and reported; the rest of its transaction arrives, and syncing goes on', () => {
    const { network, a, b } = createPair()
    const bad = makeGeo('bad')
    const good = makeNote('good')
    a.doc.transact(() => {
      writeRecord(getRecordsMap(a.doc), { ...bad, props: { ...bad.props, w: 'banana' } })
      writeRecord(getRecordsMap(a.doc), good)
    }, 'test')
    network.settle()
    for (const peer of [a, b]) {
      expect(peer.store.get(bad.id)).toBeUndefined()
      expect(peer.store.get(good.id)).toBeDefined()
      expect(peer.invalid.map((invalid) => invalid.id)).toEqual([bad.id])
      expect(peer.errors).toEqual([])
    }
    put(a, { ...good, x: 300 })
    a.flush()
    network.settle()
    expect(b.store.get(good.id)).toMatchObject({ x: 300 })
    // Once the record is repaired in the doc, it arrives too.
    a.doc.transact(() => writeRecord(getRecordsMap(a.doc), bad), 'test')
    network.settle()
    expect(b.store.get(bad.id)).toMatchObject({ props: { w: 100 } })
  })

  test('no echo: one local change is one local transaction and one remote merge, and nothing comes back', () => {
    const { network, a, b } = createPair()
    const geo = makeGeo('box')
    put(a, geo)
    network.settle()
    const transactions: unknown[] = []
    a.doc.on('afterTransaction', (transaction: Y.Transaction) => transactions.push(transaction.origin))
    const bUpdates: unknown[] = []
    b.doc.on('update', (_update: Uint8Array, origin: unknown) => bUpdates.push(origin))
    const merges = vi.spyOn(b.store, 'mergeRemoteChanges')

    put(a, { ...geo, x: 10 })
    put(a, { ...geo, x: 20, y: 5 })
    put(a, { ...geo, x: 30, y: 5, props: { ...geo.props, fill: 'solid' } })
    expect(transactions).toEqual([])
    a.flush()
    expect(transactions).toEqual([a.origin])
    expect(network.pendingFor(b)).toBe(1)
    network.deliverAll()
    expect(merges).toHaveBeenCalledTimes(1)
    expect(bUpdates).toHaveLength(1)
    expect(bUpdates[0]).not.toBe(b.origin)
    b.flush()
    expect(network.hasMessages()).toBe(false)
    expect(b.store.get(geo.id)).toMatchObject({ x: 30, y: 5, props: { fill: 'solid' } })
  })

  test('writes only the fields that changed', () => {
    const { network, a } = createPair()
    const geo = makeGeo('box')
    put(a, geo)
    network.settle()
    const array = getRecordsMap(a.doc).get(geo.id) as RecordArray
    const before = array.length
    put(a, { ...geo, x: 5 })
    a.flush()
    expect(array.length).toBe(before)
    expect(array.get(array.length - 1)).toEqual({ k: 'x', v: 5 })
  })

  test('remote changes arriving before the frame keep pending local edits of other fields', () => {
    const { network, a, b } = createPair()
    const geo = makeGeo('box')
    put(a, geo)
    network.settle()
    put(b, { ...geo, props: { ...geo.props, color: 'blue' } })
    b.flush()
    put(a, { ...geo, x: 42 })
    network.deliverAll()
    expect(shapeOf<TLGeoShape>(a, geo)).toMatchObject({ x: 42, props: { color: 'blue' } })
    network.settle()
    expect(shapeOf<TLGeoShape>(b, geo)).toMatchObject({ x: 42, props: { color: 'blue' } })
    expect(findDivergence([a, b])).toEqual([])
  })

  test('dispose flushes pending local changes, then stops syncing', () => {
    const { network, a, b } = createPair()
    const note = makeNote('card')
    put(a, note)
    a.dispose()
    network.deliverAll()
    expect(b.store.get(note.id)).toBeDefined()
    put(a, { ...note, x: 500 })
    a.flush()
    network.deliverAll()
    expect(shapeOf<TLNoteShape>(b, note)?.x).toBe(0)
  })
})

describe('bind: private records', () => {
  const isPrivate = (record: TLRecord) => (record.meta as { cxPrivate?: unknown }).cxPrivate !== undefined

  function createPrivatePair() {
    const network = new TestNetwork()
    const a = network.addPeer('a')
    const b = network.addPeer('b')
    a.bind({ isPrivate })
    network.deliverAll()
    b.bind({ isPrivate })
    network.settle()
    return { network, a, b }
  }

  test('a private record stays local, its edits too, until it turns public; then it arrives whole', () => {
    const { network, a, b } = createPrivatePair()
    const secret = makeNote('secret', { x: 10, meta: { cxPrivate: 'b1' } })
    put(a, secret)
    a.store.update(secret.id, (record) => ({ ...record, x: 40 }))
    network.settle()
    expect(readAllRecords(a.doc)[secret.id]).toBeUndefined()
    expect(shapeOf(b, secret)).toBeUndefined()
    expect(shapeOf(a, secret)).toMatchObject({ x: 40 })

    a.store.update(secret.id, (record) => ({ ...record, meta: {} }))
    network.settle()
    expect(shapeOf(b, secret)).toMatchObject({ x: 40, meta: {} })
    expect(findDivergence([a, b])).toEqual([])

    // Public from then on: later edits are written field by field as usual.
    a.store.update(secret.id, (record) => ({ ...record, y: 7 }))
    network.settle()
    expect(shapeOf(b, secret)).toMatchObject({ x: 40, y: 7 })
  })

  test('a private record deleted before it turns public never reaches the doc', () => {
    const { network, a, b } = createPrivatePair()
    const secret = makeNote('gone', { meta: { cxPrivate: 'b1' } })
    put(a, secret)
    network.settle()
    a.store.remove([secret.id])
    network.settle()
    expect(readAllRecords(a.doc)[secret.id]).toBeUndefined()
    expect(shapeOf(b, secret)).toBeUndefined()
    expect(findDivergence([a, b])).toEqual([])
  })
})
