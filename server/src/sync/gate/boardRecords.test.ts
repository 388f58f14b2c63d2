import {
  JOURNEY_GRID_TYPE,
  getRecordsMap,
  readAllRecords,
  writeRecord,
  writeRecordFields,
  deleteRecord,
  type DocRecord,
} from '@cxmap/shared'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { createCardRecord } from '../../../test/boardDocs.ts'
import { GatedDocs } from '../../../test/gateDocs.ts'

function firstOfType(doc: Y.Doc, type: string): DocRecord {
  return Object.values(readAllRecords(doc)).find((record) => record.type === type)!
}

/** Writes raw field entries as a new record array (what a hostile client can send). */
function writeRawRecord(doc: Y.Doc, id: string, entries: { k: string; v: unknown }[]): void {
  getRecordsMap(doc).set(id, Y.Array.from(entries))
}

function rawCard(overrides: Record<string, unknown> = {}): { k: string; v: unknown }[] {
  const card = { ...createCardRecord('raw', 'text'), ...overrides }
  return Object.entries(card).map(([k, v]) => ({ k, v }))
}

describe('board records through the gate', () => {
  it('accepts a new card, a moved card, an edited text and a deleted card', () => {
    const docs = new GatedDocs()
    const card = createCardRecord('c1', 'hello')
    expect(docs.write((doc) => writeRecord(getRecordsMap(doc), card))).toEqual({ ok: true })
    const moved = { ...card, x: 40, y: 80 }
    expect(docs.write((doc) => writeRecord(getRecordsMap(doc), moved, card))).toEqual({ ok: true })
    const edited = { ...moved, props: { ...(card.props as object), text: 'bye' } }
    expect(docs.write((doc) => writeRecord(getRecordsMap(doc), edited, moved))).toEqual({ ok: true })
    expect(readAllRecords(docs.server)['shape:c1']).toMatchObject({ x: 40, props: { text: 'bye' } })
    expect(docs.write((doc) => deleteRecord(getRecordsMap(doc), 'shape:c1'))).toEqual({ ok: true })
    expect(readAllRecords(docs.server)['shape:c1']).toBeUndefined()
  })

  it('accepts a grid whose lanes grow and a card created inside it', () => {
    const docs = new GatedDocs()
    const grid = firstOfType(docs.client, JOURNEY_GRID_TYPE)
    const props = grid.props as { lanes: { h: number }[] }
    const grown = { ...grid, props: { ...props, lanes: props.lanes.map((lane) => ({ ...lane, h: lane.h + 40 })) } }
    const card = { ...createCardRecord('in-grid', 'x'), parentId: grid.id }
    const verdict = docs.write((doc) => {
      writeRecord(getRecordsMap(doc), grown, grid)
      writeRecord(getRecordsMap(doc), card)
    })
    expect(verdict).toEqual({ ok: true })
  })

  it.each([
    ['a number that is a string', rawCard({ x: 'left' }), /invalid/],
    ['NaN', rawCard({ y: Number.NaN }), /not finite/],
    ['an unknown shape type', rawCard({ type: 'nope' }), /invalid/],
    ['a parent that does not exist', rawCard({ parentId: 'shape:ghost' }), /parent that does not exist/],
    ['a 5 MB string', rawCard({ props: { text: 'x'.repeat(5_000_000) } }), /too long|too large/],
    ['an unknown record type', rawCard({ typeName: 'robot' }), /unknown type|is not a robot/],
  ])('refuses a record with %s and stores nothing', (_, entries, reason) => {
    const docs = new GatedDocs()
    const before = Y.encodeStateVector(docs.server)
    const verdict = docs.write((doc) => writeRawRecord(doc, 'shape:raw', entries))
    expect(verdict.ok).toBe(false)
    expect(!verdict.ok && verdict.reason).toMatch(reason)
    expect(Y.encodeStateVector(docs.server)).toEqual(before)
  })

  it('refuses a record without typeName, with another id, or with a __proto__ key', () => {
    const docs = new GatedDocs()
    const noType = rawCard().filter((entry) => entry.k !== 'typeName')
    expect(docs.write((doc) => writeRawRecord(doc, 'shape:raw', noType)).ok).toBe(false)
    expect(docs.write((doc) => writeRawRecord(doc, 'shape:other', rawCard())).ok).toBe(false)
    const proto = [...rawCard(), { k: 'props.__proto__', v: { polluted: true } }]
    expect(docs.write((doc) => writeRawRecord(doc, 'shape:raw', proto))).toMatchObject({ ok: false })
    const ctor = [...rawCard(), { k: 'meta', v: { constructor: 1 } }]
    expect(docs.write((doc) => writeRawRecord(doc, 'shape:raw', ctor))).toMatchObject({ ok: false })
  })

  it('refuses a field edit that makes an existing card invalid', () => {
    const docs = new GatedDocs()
    const card = createCardRecord('c1', 'hello')
    docs.write((doc) => writeRecord(getRecordsMap(doc), card))
    const verdict = docs.write((doc) => writeRecordFields(getRecordsMap(doc), { ...card, x: 'far' } as never, ['x']))
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(/shape:c1 is invalid/) })
    expect(readAllRecords(docs.server)['shape:c1']).toMatchObject({ x: card.x })
  })

  it('accepts an image asset inlined as a 1 MB data URL (tldraw without an asset store)', () => {
    const docs = new GatedDocs()
    const src = `data:image/png;base64,${'A'.repeat(1_000_000)}`
    const props = { w: 10, h: 10, name: 'a.png', isAnimated: false, mimeType: 'image/png', src, fileSize: 750_000 }
    const asset = { id: 'asset:a', typeName: 'asset', type: 'image', props, meta: {} }
    expect(docs.write((doc) => writeRecord(getRecordsMap(doc), asset))).toEqual({ ok: true })
  })

  it('refuses list content and nested maps where records live', () => {
    const docs = new GatedDocs()
    const verdict = docs.write((doc) => getRecordsMap(doc).set('shape:m', new Y.Map() as never))
    expect(verdict).toMatchObject({ ok: false, reason: 'record shape:m is not a list' })
  })
})
