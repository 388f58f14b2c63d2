import { getRecordsMap, readAllRecords, writeRecord } from '@cxmap/shared'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { createCardRecord } from '../../../test/boardDocs.ts'
import { GatedDocs } from '../../../test/gateDocs.ts'

/** The client's two edits as separate updates: the second needs the first. */
function writeTwoEdits(docs: GatedDocs): [Uint8Array, Uint8Array] {
  const updates: Uint8Array[] = []
  docs.client.on('update', (update: Uint8Array) => updates.push(update))
  const card = createCardRecord('c1', 'one')
  writeRecord(getRecordsMap(docs.client), card)
  writeRecord(getRecordsMap(docs.client), { ...card, x: 5 }, card)
  return [updates[0]!, updates[1]!]
}

describe('updates the doc cannot place', () => {
  it('refuses an update whose predecessors the server lacks, and accepts it once they arrived', () => {
    const docs = new GatedDocs()
    const [first, second] = writeTwoEdits(docs)
    const before = Y.encodeStateAsUpdate(docs.server)
    expect(docs.send(second)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not have/) })
    expect(Y.encodeStateAsUpdate(docs.server)).toEqual(before)
    expect(docs.server.store.pendingStructs).toBeNull()
    expect(docs.send(first)).toEqual({ ok: true })
    expect(docs.send(second)).toEqual({ ok: true })
    expect(readAllRecords(docs.server)['shape:c1']).toMatchObject({ x: 5 })
  })

  it('refuses a delete of items the server never saw', () => {
    const docs = new GatedDocs()
    const card = createCardRecord('c1', 'one')
    writeRecord(getRecordsMap(docs.client), card)
    const deleteOnly = Y.encodeStateAsUpdate(docs.client, Y.encodeStateVector(docs.client))
    getRecordsMap(docs.client).delete('shape:c1')
    const withDeletes = Y.encodeStateAsUpdate(docs.client, Y.encodeStateVector(docs.client))
    expect(deleteOnly.byteLength).toBeLessThan(withDeletes.byteLength)
    expect(docs.send(withDeletes)).toMatchObject({ ok: false })
    expect(docs.server.store.pendingDs).toBeNull()
  })

  it('refuses a root the doc does not declare, and bytes that are not an update', () => {
    const docs = new GatedDocs()
    expect(docs.write((doc) => doc.getMap('garbage').set('a', 1))).toMatchObject({
      ok: false,
      reason: '"garbage" is not a board name',
    })
    expect(docs.write((doc) => doc.getArray('tl_records_').push([1]))).toMatchObject({ ok: false })
    expect(docs.send(new Uint8Array([1, 2, 3, 250, 250, 250]))).toMatchObject({ ok: false })
  })

  it('refuses list content put straight into a root map', () => {
    const docs = new GatedDocs()
    expect(docs.write((doc) => doc.getArray('tl_records').push([{ k: 'id', v: 'x' }]))).toMatchObject({
      ok: false,
      reason: 'tl_records holds a list',
    })
  })

  it('passes a no-op: an update the server already has', () => {
    const docs = new GatedDocs()
    const card = createCardRecord('c1', 'one')
    let update: Uint8Array = new Uint8Array()
    docs.client.once('update', (bytes: Uint8Array) => (update = bytes))
    writeRecord(getRecordsMap(docs.client), card)
    expect(docs.send(update)).toEqual({ ok: true })
    expect(docs.send(update)).toEqual({ ok: true })
  })
})
