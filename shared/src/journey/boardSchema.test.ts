import { createTLSchema, defaultShapeSchemas, type TLRecord, type TLSchema } from '@tldraw/tlschema'
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import fixture from '../../test/fixtures/boardDoc-2026-12.json' with { type: 'json' }
import { LOCALES } from '../api.ts'
import { MetaKeys } from '../docNames.ts'
import { getMetaMap, readStoredSchema, readDocVersion } from '../doc/docMeta.ts'
import { readAllRecords } from '../doc/recordDoc.ts'
import { journeyShapeSchemas, createBoardSchema, serializeBoardSchema } from './boardSchema.ts'
import { JOURNEY_CARD_TYPE, createCardProps, parseCardProps } from './card.ts'
import { JOURNEY_GRID_TYPE, createDefaultGridProps, parseGridProps } from './grid.ts'
import { PERSONA_CARD_TYPE } from '../strategy/personaShape.ts'
import { TEMPLATE_IDS } from './template.ts'
import { buildBoardSeed } from './templates/boardSeed.ts'
import { UNSTAMPED_BOARD_SCHEMA, readRecordsSchema } from './unstampedSchema.ts'

type SerializedSchema = Parameters<TLSchema['getMigrationsSince']>[0]

const schema = createBoardSchema()
const storedSchema = fixture.tldrawSchema as SerializedSchema
const storedRecords = fixture.records as unknown as TLRecord[]
const fixtureUpdate = Uint8Array.from(fixture.updateHex.match(/../g) ?? [], (byte) => parseInt(byte, 16))

function validate(record: unknown, target = schema): TLRecord {
  const typed = record as TLRecord
  const type = target.types[typed.typeName]
  if (!type) throw new Error(`no record type ${typed.typeName}`)
  return type.validate(typed) as TLRecord
}

function migrate(record: TLRecord, target = schema): TLRecord {
  const result = target.migratePersistedRecord(record, storedSchema, 'up')
  if (result.type !== 'success') throw new Error(`${record.id} did not migrate: ${result.reason}`)
  return result.value
}

/** A record of the 2026-12 fixture as it reads after AddStrategyFields (cards) and AddPersonas (grids). */
function withStrategyFields(record: TLRecord): TLRecord {
  const type = (record as { type?: string }).type
  const props = (record as { props?: Record<string, unknown> }).props
  if (record.typeName !== 'shape' || !props) return record
  if (type === JOURNEY_CARD_TYPE) {
    const added = { personaId: '', valueCreated: '', valueCaptured: '', paidService: '', revenue: 0 }
    return { ...record, props: { ...props, ...added } } as TLRecord
  }
  return type === JOURNEY_GRID_TYPE ? ({ ...record, props: { ...props, personaIds: [] } } as TLRecord) : record
}

const isCard = (record: TLRecord) => record.typeName === 'shape' && (record.type as string) === JOURNEY_CARD_TYPE
const cardText = (record: TLRecord) => String((record as { props?: { text?: unknown } }).props?.text)

describe('the board schema', () => {
  test('holds our shapes beside tldraw’s, with a migration sequence each', () => {
    const sequences = schema.serialize().sequences
    expect(sequences[`com.tldraw.shape.${JOURNEY_CARD_TYPE}`]).toBe(1)
    expect(sequences[`com.tldraw.shape.${JOURNEY_GRID_TYPE}`]).toBe(1)
    expect(sequences[`com.tldraw.shape.${PERSONA_CARD_TYPE}`]).toBe(0)
    expect(sequences['com.tldraw.shape.geo']).toBeGreaterThan(0)
  })

  test('its serialization is built once, frozen, and equal to a fresh one', () => {
    const serialized = serializeBoardSchema()
    expect(serializeBoardSchema()).toBe(serialized)
    expect(serialized).toEqual(createBoardSchema().serialize())
    expect(Object.isFrozen(serialized) && Object.isFrozen(serialized.sequences)).toBe(true)
  })

  test('validates new shapes and refuses wrong props', () => {
    const card = buildBoardSeed('base-cjm', 'en', { withExample: true }).records.find(
      (r) => 'type' in r && r.type === JOURNEY_CARD_TYPE,
    ) as unknown as TLRecord & { props: Record<string, unknown> }
    expect(() => validate(card)).not.toThrow()
    expect(() => validate({ ...card, props: { ...card.props, severity: 6 } })).toThrow()
    expect(() => validate({ ...card, props: { ...card.props, kind: 'persona' } })).toThrow()
    expect(() => validate({ ...card, props: { ...card.props, extra: 1 } })).toThrow()
    expect(() => validate({ ...card, props: { ...createCardProps('note'), w: Number.NaN } })).toThrow()
  })

  test('the lenient readers give what the validators accept', () => {
    const grid = createDefaultGridProps()
    expect(parseGridProps(grid as unknown as Record<string, unknown>)).toEqual(grid)
    expect(parseGridProps({ stages: [{ id: 's', w: -1 }], lanes: [] })).toBeNull()
    const read = parseCardProps({ kind: 'barrier', severity: 9, links: ['a', 2] })
    expect(read).toMatchObject({ kind: 'barrier', severity: 5, links: ['a'], text: '' })
  })
})

describe('every template, in both languages, with and without the example', () => {
  for (const template of TEMPLATE_IDS) {
    for (const locale of LOCALES) {
      for (const withExample of [false, true]) {
        test(`${template} (${locale}${withExample ? ', example' : ''}) validates under the board schema`, () => {
          for (const record of buildBoardSeed(template, locale, { withExample }).records) {
            expect(() => validate(record)).not.toThrow()
          }
        })
      }
    }
  }
})

describe('a board doc stored before shape migrations (fixture of 2026-12)', () => {
  test('its Yjs update holds the records and the meta the fixture lists', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, fixtureUpdate)
    expect(readStoredSchema(doc)).toEqual(storedSchema)
    expect(readDocVersion(doc)).toBe(fixture.docVersion)
    expect(Object.values(readAllRecords(doc))).toEqual(expect.arrayContaining(fixture.records))
    expect(Object.keys(readAllRecords(doc))).toHaveLength(fixture.records.length)
  })

  test('with no schema in its meta (a seed nobody opened), its records are taken as of the unstamped schema', () => {
    const doc = new Y.Doc()
    expect(readRecordsSchema(doc)).toBeUndefined()
    Y.applyUpdate(doc, fixtureUpdate)
    expect(readRecordsSchema(doc)).toEqual(storedSchema)
    getMetaMap(doc).delete(MetaKeys.tldrawSchema)
    expect(readRecordsSchema(doc)).toBe(UNSTAMPED_BOARD_SCHEMA)
    expect(UNSTAMPED_BOARD_SCHEMA).toEqual(storedSchema)
  })

  test('its records migrate (record by record, as the client binds, and as a snapshot) and validate', () => {
    expect(schema.getMigrationsSince(storedSchema)).toMatchObject({ ok: true })
    const upgraded = storedRecords.map(withStrategyFields)
    storedRecords.forEach((record, i) => expect(validate(migrate(record))).toEqual(upgraded[i]))
    const store = Object.fromEntries(storedRecords.map((r) => [r.id, r]))
    const result = schema.migrateStoreSnapshot({ store, schema: storedSchema })
    expect(result).toEqual({ type: 'success', value: Object.fromEntries(upgraded.map((r) => [r.id, r])) })
  })

  test('AddStrategyFields and AddPersonas: a stored card and grid get the strategy defaults and validate', () => {
    const card = storedRecords.find(isCard) as TLRecord & { props: Record<string, unknown> }
    const grid = storedRecords.find((r) => (r as { type?: string }).type === JOURNEY_GRID_TYPE) as TLRecord & {
      props: Record<string, unknown>
    }
    expect(card.props).not.toHaveProperty('personaId')
    expect((migrate(card) as typeof card).props).toMatchObject({
      text: card.props.text,
      personaId: '',
      valueCreated: '',
      valueCaptured: '',
      paidService: '',
      revenue: 0,
    })
    expect((migrate(grid) as typeof grid).props).toMatchObject({ title: grid.props.title, personaIds: [] })
    expect(() => validate(card)).toThrow()
    expect(() => validate(migrate(grid))).not.toThrow()
  })

  // The pattern of a future prop change: a schema whose card sequence has one more migration than the stored one.
  const withNextCardMigration = createTLSchema({
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
              up: (props: { text: string }) => ({ ...props, text: props.text.toUpperCase() }),
            },
          ],
        },
      },
    },
  })

  test('a prop migration added later upgrades its cards and leaves every other record alone', () => {
    expect(withNextCardMigration.serialize().sequences[`com.tldraw.shape.${JOURNEY_CARD_TYPE}`]).toBe(2)
    for (const record of storedRecords) {
      const migrated = migrate(record, withNextCardMigration)
      if (isCard(record)) {
        expect(cardText(migrated)).toBe(cardText(record).toUpperCase())
        expect(migrated).toMatchObject({ props: { personaId: '', revenue: 0 } })
      } else {
        expect(migrated).toEqual(migrate(record))
      }
    }
  })

  test('a stored schema without our sequences counts as older: every migration of ours runs', () => {
    const sequences = Object.fromEntries(
      Object.entries(storedSchema.schemaVersion === 2 ? storedSchema.sequences : {}).filter(
        ([id]) => !id.endsWith(JOURNEY_CARD_TYPE) && !id.endsWith(JOURNEY_GRID_TYPE),
      ),
    )
    const older: SerializedSchema = { schemaVersion: 2, sequences }
    const ids = (target: TLSchema) => {
      const since = target.getMigrationsSince(older)
      return since.ok ? since.value.map((m) => m.id).sort() : []
    }
    const card = `com.tldraw.shape.${JOURNEY_CARD_TYPE}`
    const grid = `com.tldraw.shape.${JOURNEY_GRID_TYPE}`
    expect(ids(withNextCardMigration)).toEqual([`${card}/1`, `${card}/2`, `${grid}/1`])
    expect(ids(schema)).toEqual([`${card}/1`, `${grid}/1`])
  })
})
