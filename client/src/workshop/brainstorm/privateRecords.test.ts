import { createTLStore, type TLRecord } from 'tldraw'
import { describe, expect, test } from 'vitest'
import { makeNote } from '../../../test/fixtures'
import {
  listPrivateRecords,
  readStoredPrivateRecords,
  revealPrivateRecords,
  serializePrivateRecords,
  withPrivateMark,
} from './privateRecords'

function storeWith(...records: TLRecord[]) {
  const store = createTLStore()
  // tldraw's default document and page (internal in its types, stable in the pinned version)
  ;(store as unknown as { ensureStoreIsUsable: () => void }).ensureStoreIsUsable()
  store.put(records)
  return store
}

describe('private brainstorm records', () => {
  test('reveals the cards of a revealed, replaced or removed brainstorm, keeps those of a running one', () => {
    const mine = withPrivateMark(makeNote('mine'), 'b1')
    const older = withPrivateMark(makeNote('older'), 'b0')
    const store = storeWith(mine, older, makeNote('public'))
    expect(listPrivateRecords(store).map((r) => r.id)).toEqual([mine.id, older.id].sort())

    expect(revealPrivateRecords(store, { id: 'b1', status: 'private', startedAt: 0 })).toBe(1)
    expect(listPrivateRecords(store).map((r) => r.id)).toEqual([mine.id])
    expect(store.get(older.id)?.meta).toEqual({})

    expect(revealPrivateRecords(store, { id: 'b1', status: 'revealed', startedAt: 0 })).toBe(1)
    expect(listPrivateRecords(store)).toEqual([])
  })

  test('survive a reload through local storage; malformed or already-published ones are dropped', () => {
    const kept = withPrivateMark(makeNote('kept', { x: 42 }), 'b1')
    const published = withPrivateMark(makeNote('published'), 'b1')
    const text = serializePrivateRecords([kept, published, { id: 'shape:bad', typeName: 'shape' } as TLRecord])

    const reloaded = storeWith(makeNote('published'))
    const restored = readStoredPrivateRecords(reloaded, text)
    expect(restored.map((record) => record.id)).toEqual([kept.id])
    expect(restored[0]).toMatchObject({ x: 42, meta: { cxPrivate: 'b1' } })

    expect(readStoredPrivateRecords(reloaded, '{not json')).toEqual([])
    expect(readStoredPrivateRecords(reloaded, null)).toEqual([])
    expect(readStoredPrivateRecords(reloaded, JSON.stringify({ records: 'x' }))).toEqual([])
  })
})
