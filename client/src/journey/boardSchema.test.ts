import {
  DOC_VERSION,
  JOURNEY_CARD_TYPE,
  JOURNEY_GRID_TYPE,
  MetaKeys,
  createBoardSchema,
  getMetaMap,
  readAllRecords,
} from '@cxmap/shared'
import { createTLStore, defaultBindingUtils, defaultShapeUtils, type TLRecord } from 'tldraw'
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import fixture from '../../../shared/test/fixtures/boardDoc-2026-12.json' with { type: 'json' }
import { bind, type InvalidRecord } from '../sync/bind'
import { checkDocSchema } from '../sync/schemaCheck'
import { journeyShapeUtils } from './shapeUtils'

// The store the board session builds (sync/session.ts).
function createBoardStore() {
  return createTLStore({ shapeUtils: [...defaultShapeUtils, ...journeyShapeUtils], bindingUtils: defaultBindingUtils })
}

const storedSequences = fixture.tldrawSchema.sequences as Record<string, number>

function loadFixtureDoc(sequences: Record<string, number> = storedSequences): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(
    doc,
    Uint8Array.from(fixture.updateHex.match(/../g) ?? [], (byte) => parseInt(byte, 16)),
  )
  getMetaMap(doc).set(MetaKeys.tldrawSchema, { schemaVersion: 2, sequences })
  return doc
}

function bindFixture(doc: Y.Doc) {
  const store = createBoardStore()
  const invalid: InvalidRecord[] = []
  const dispose = bind(store, doc, { schedule: () => () => {}, onInvalidRecord: (record) => invalid.push(record) })
  return { store, invalid, dispose }
}

describe('the shared board schema', () => {
  test("is the client store's schema: what a client writes to the doc is what the server checks against", () => {
    expect(createBoardStore().schema.serialize()).toEqual(createBoardSchema().serialize())
  })
})

describe('a board doc stored before shape migrations (shared fixture of 2026-12)', () => {
  test('passes the schema check, binds without an invalid record and keeps its records and meta', () => {
    const doc = loadFixtureDoc()
    const store = createBoardStore()
    expect(checkDocSchema(doc, store.schema)).toEqual({ ok: true })
    const { invalid, dispose, store: bound } = bindFixture(doc)
    expect(invalid).toEqual([])
    for (const record of fixture.records) expect(bound.get(record.id as TLRecord['id'])).toEqual(record)
    expect(Object.values(readAllRecords(doc))).toEqual(expect.arrayContaining(fixture.records))
    expect(getMetaMap(doc).get(MetaKeys.tldrawSchema)).toEqual(createBoardSchema().serialize())
    expect(getMetaMap(doc).get(MetaKeys.docVersion)).toBe(DOC_VERSION)
    dispose()
  })

  test('without our shapes’ sequences in its schema it counts as older: bound, upgraded, our schema written', () => {
    const withoutOurs = Object.fromEntries(
      Object.entries(storedSequences).filter(
        ([id]) => !id.endsWith(JOURNEY_CARD_TYPE) && !id.endsWith(JOURNEY_GRID_TYPE),
      ),
    )
    const doc = loadFixtureDoc(withoutOurs)
    expect(checkDocSchema(doc, createBoardStore().schema)).toEqual({ ok: true })
    const { invalid, dispose } = bindFixture(doc)
    expect(invalid).toEqual([])
    expect(getMetaMap(doc).get(MetaKeys.tldrawSchema)).toEqual(createBoardSchema().serialize())
    dispose()
  })

  test('with a later card migration than ours it is newer: reload to update', () => {
    const newer = { ...storedSequences, [`com.tldraw.shape.${JOURNEY_CARD_TYPE}`]: 1 }
    expect(checkDocSchema(loadFixtureDoc(newer), createBoardStore().schema)).toMatchObject({ reason: 'newer-doc' })
  })
})
