import {
  GRID_DEFAULTS,
  JOURNEY_CARD_TYPE,
  JOURNEY_GRID_TYPE,
  createCardProps,
  getRecordsMap,
  writeRecord,
  type JourneyGridProps,
} from '@cxmap/shared'
import { createShapeId, createTLStore, defaultShapeUtils, type IndexKey, type TLParentId, type TLRecord } from 'tldraw'
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { bind, type InvalidRecord } from '../sync/bind'
import { journeyShapeUtils } from './shapeUtils'

const PAGE_ID = 'page:page' as TLParentId

function createJourneyStore() {
  return createTLStore({ shapeUtils: [...defaultShapeUtils, ...journeyShapeUtils] })
}

function makeShape<T extends string, P>(name: string, type: T, props: P, x = 0, y = 0) {
  return {
    id: createShapeId(name),
    typeName: 'shape' as const,
    type,
    x,
    y,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    parentId: PAGE_ID,
    index: 'a1' as IndexKey,
    props,
  }
}

const gridProps: JourneyGridProps = {
  title: 'Base CJM',
  stages: [
    { id: 'stimulus', title: 'Stimulus', w: GRID_DEFAULTS.stageW, metrics: [] },
    {
      id: 'search',
      title: 'Information search',
      w: GRID_DEFAULTS.stageW,
      metrics: [{ id: 'm1', kind: 'CES', label: '', current: 4.2, target: null }],
    },
  ],
  lanes: [
    { id: 'touchpoints', title: 'Touchpoints', h: GRID_DEFAULTS.laneH, cardKind: 'touchpoint', prompt: '' },
    { id: 'barriers', title: 'Barriers', h: GRID_DEFAULTS.laneH, cardKind: 'barrier', prompt: '' },
  ],
  headerW: GRID_DEFAULTS.headerW,
  headerH: GRID_DEFAULTS.headerH,
  personaIds: [],
}

const grid = makeShape('grid', JOURNEY_GRID_TYPE, gridProps)
const barrier = makeShape(
  'barrier',
  JOURNEY_CARD_TYPE,
  createCardProps('barrier', { text: 'Долгая доставка', severity: 5, departmentId: 'logistics', authorName: 'Анна' }),
  460,
  300,
)
const feeling = makeShape('feeling', JOURNEY_CARD_TYPE, createCardProps('feeling', { score: -2, links: [barrier.id] }))

function bindDoc(doc: Y.Doc) {
  const store = createJourneyStore()
  const invalid: InvalidRecord[] = []
  const dispose = bind(store, doc, { schedule: () => () => {}, onInvalidRecord: (record) => invalid.push(record) })
  return { store, invalid, dispose }
}

describe('journey records through the binding', () => {
  test('cx-grid and cx-card records in the doc reach the store and pass its validation', () => {
    const doc = new Y.Doc()
    doc.transact(() => {
      for (const record of [grid, barrier, feeling]) writeRecord(getRecordsMap(doc), record)
    })
    const { store, invalid, dispose } = bindDoc(doc)
    expect(invalid).toEqual([])
    expect(store.get(grid.id)).toEqual(grid)
    expect(store.get(barrier.id)).toEqual(barrier)
    expect(store.get(feeling.id)).toEqual(feeling)
    for (const record of [grid, barrier, feeling]) {
      expect(() => store.schema.validateRecord(store, record as TLRecord, 'createRecord', null)).not.toThrow()
    }
    dispose()
  })

  test('an invalid card is skipped and reported; the valid ones arrive', () => {
    const doc = new Y.Doc()
    const bad = { ...barrier, id: createShapeId('bad'), props: { ...barrier.props, severity: 'x' } }
    const outOfRange = { ...feeling, id: createShapeId('out'), props: { ...feeling.props, score: 3 } }
    const unknownKind = { ...feeling, id: createShapeId('kind'), props: { ...feeling.props, kind: 'persona' } }
    doc.transact(() => {
      for (const record of [grid, barrier, bad, outOfRange, unknownKind]) writeRecord(getRecordsMap(doc), record)
    })
    const { store, invalid, dispose } = bindDoc(doc)
    expect(invalid.map(({ id }) => id).sort()).toEqual([bad.id, outOfRange.id, unknownKind.id].sort())
    expect(store.get(bad.id)).toBeUndefined()
    expect(store.get(barrier.id)).toEqual(barrier)
    expect(store.get(grid.id)).toEqual(grid)
    dispose()
  })

  test("a card's text and severity changed at once on two clients both survive", () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(b, update, 'net'))
    b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(a, update, 'net'))
    const frames: (() => void)[] = []
    const schedule = (flush: () => void) => (frames.push(flush), () => {})
    const peerA = createJourneyStore()
    const peerB = createJourneyStore()
    const stopA = bind(peerA, a, { schedule })
    const stopB = bind(peerB, b, { schedule })
    peerA.put([barrier as TLRecord])
    frames.splice(0).forEach((flush) => flush())
    peerA.put([{ ...barrier, props: { ...barrier.props, text: 'Курьер опаздывает' } } as TLRecord])
    peerB.put([{ ...barrier, props: { ...barrier.props, severity: 2 } } as TLRecord])
    frames.splice(0).forEach((flush) => flush())
    for (const store of [peerA, peerB]) {
      expect(store.get(barrier.id)).toMatchObject({ props: { text: 'Курьер опаздывает', severity: 2 } })
    }
    stopA()
    stopB()
  })
})
