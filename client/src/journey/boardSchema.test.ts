import {
  DOC_VERSION,
  JOURNEY_CARD_TYPE,
  JOURNEY_GRID_TYPE,
  MetaKeys,
  createBoardSchema,
  getMetaMap,
  journeyShapeSchemas,
  readAllRecords,
} from '@cxmap/shared'
import {
  createTLSchema,
  createTLStore,
  defaultBindingUtils,
  defaultShapeSchemas,
  defaultShapeUtils,
  type TLRecord,
  type TLStore,
} from 'tldraw'
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

/** A fixture record as it reads after AddStrategyFields (cards) and AddPersonas (grids). */
function withStrategyFields<R extends { type?: string; props?: object }>(record: R): R {
  if (record.type === JOURNEY_CARD_TYPE) {
    const added = { personaId: '', valueCreated: '', valueCaptured: '', paidService: '', revenue: 0 }
    return { ...record, props: { ...record.props, ...added } }
  }
  return record.type === JOURNEY_GRID_TYPE ? { ...record, props: { ...record.props, personaIds: [] } } : record
}

function bindFixture(doc: Y.Doc, store: TLStore = createBoardStore()) {
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
    // The fixture predates AddStrategyFields (cards) and AddPersonas (grids): binding migrates them up.
    const upgraded = fixture.records.map(withStrategyFields)
    for (const record of upgraded) expect(bound.get(record.id as TLRecord['id'])).toEqual(record)
    expect(Object.values(readAllRecords(doc))).toEqual(expect.arrayContaining(upgraded))
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
    const newer = { ...storedSequences, [`com.tldraw.shape.${JOURNEY_CARD_TYPE}`]: 2 }
    expect(checkDocSchema(loadFixtureDoc(newer), createBoardStore().schema)).toMatchObject({ reason: 'newer-doc' })
  })
})

describe('a later card prop migration, as a client that has it binds a stored board', () => {
  // What adding a card migration looks like (see journeyCardVersions in shared/src/journey/card.ts).
  const nextSchema = createTLSchema({
    shapes: {
      ...defaultShapeSchemas,
      ...journeyShapeSchemas,
      [JOURNEY_CARD_TYPE]: {
        props: journeyShapeSchemas[JOURNEY_CARD_TYPE].props,
        migrations: {
          sequence: [
            ...journeyShapeSchemas[JOURNEY_CARD_TYPE].migrations.sequence,
            {
              id: `com.tldraw.shape.${JOURNEY_CARD_TYPE}/2`,
              up: (props: { text: string }) => ({ ...props, text: `${props.text} (v1)` }),
            },
          ],
        },
      },
    },
  })
  const cards = fixture.records.filter((r) => 'type' in r && r.type === JOURNEY_CARD_TYPE)

  const cases: [string, (doc: Y.Doc) => void][] = [
    ['with the schema it was stored with', () => {}],
    ['a server seed nobody opened (no schema in its meta)', (doc) => getMetaMap(doc).delete(MetaKeys.tldrawSchema)],
  ]
  for (const [name, prepare] of cases) {
    test(`${name}: its cards are migrated up in the store and in the doc`, () => {
      const doc = loadFixtureDoc()
      prepare(doc)
      const { store, invalid, dispose } = bindFixture(doc, createTLStore({ schema: nextSchema }))
      expect(invalid).toEqual([])
      for (const card of cards) {
        const text = `${(card.props as { text: string }).text} (v1)`
        expect(store.get(card.id as TLRecord['id'])).toMatchObject({ props: { text, personaId: '' } })
        expect(readAllRecords(doc)[card.id]).toMatchObject({ props: { text, personaId: '' } })
      }
      expect(getMetaMap(doc).get(MetaKeys.tldrawSchema)).toEqual(nextSchema.serialize())
      dispose()
    })
  }
})
