import {
  JOURNEY_CARD_TYPE,
  JOURNEY_GRID_TYPE,
  deleteRecord,
  getRecordsMap,
  readAllRecords,
  writeRecord,
} from '@cxmap/shared'
import type * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { createCardRecord } from '../../../test/boardDocs.ts'
import { GatedDocs, editor, facilitator } from '../../../test/gateDocs.ts'
import { GRID_LOCKED_REASON } from './gridLock.ts'

type Lane = { h: number; title: string }

function findRecord(doc: Y.Doc, type: string) {
  return Object.values(readAllRecords(doc)).find((record) => record.type === type)!
}

function lockedDocs(): GatedDocs {
  const docs = new GatedDocs()
  docs.gridsLocked = true
  return docs
}

describe('the grid lock held by the gate', () => {
  it.each<[string, { x?: number; rotation?: number; props?: object }]>([
    ['moved', { x: 500 }],
    ['rotated', { rotation: 1 }],
    ['retitled', { props: { title: 'mine now' } }],
    ['given fewer lanes', { props: { lanes: [] } }],
  ])('refuses a participant grid %s while locked', (_, patch) => {
    const docs = lockedDocs()
    const grid = findRecord(docs.client, JOURNEY_GRID_TYPE)
    const next = { ...grid, ...patch, props: { ...(grid.props as object), ...(patch.props ?? {}) } }
    const verdict = docs.write((doc) => writeRecord(getRecordsMap(doc), next, grid), editor)
    expect(verdict).toMatchObject({ ok: false, reason: GRID_LOCKED_REASON })
    expect(readAllRecords(docs.server)[grid.id]).toEqual(grid)
  })

  it('refuses a participant deleting a locked grid', () => {
    const docs = lockedDocs()
    const grid = findRecord(docs.client, JOURNEY_GRID_TYPE)
    expect(docs.write((doc) => deleteRecord(getRecordsMap(doc), grid.id), editor)).toMatchObject({ ok: false })
  })

  it('refuses a participant turning a locked grid into a card', () => {
    const docs = lockedDocs()
    const grid = findRecord(docs.client, JOURNEY_GRID_TYPE)
    const card = { ...createCardRecord('c', 'now a card'), id: grid.id }
    const verdict = docs.write((doc) => {
      getRecordsMap(doc).delete(grid.id)
      writeRecord(getRecordsMap(doc), card)
    })
    expect(verdict).toMatchObject({ ok: false, reason: GRID_LOCKED_REASON })
  })

  it('lets cards move, lanes grow, and the facilitator move the grid', () => {
    const docs = new GatedDocs()
    docs.write((doc) => writeRecord(getRecordsMap(doc), createCardRecord('c1', 'a card')))
    docs.gridsLocked = true
    const card = findRecord(docs.client, JOURNEY_CARD_TYPE)
    expect(docs.write((doc) => writeRecord(getRecordsMap(doc), { ...card, x: 7 }, card), editor)).toEqual({ ok: true })
    const grid = findRecord(docs.client, JOURNEY_GRID_TYPE)
    const props = grid.props as { lanes: Lane[] }
    const grown = { ...grid, props: { ...props, lanes: props.lanes.map((lane) => ({ ...lane, h: lane.h + 10 })) } }
    expect(docs.write((doc) => writeRecord(getRecordsMap(doc), grown, grid), editor)).toEqual({ ok: true })
    const moved = { ...grown, x: (grid.x as number) + 100 }
    expect(docs.write((doc) => writeRecord(getRecordsMap(doc), moved, grown), facilitator)).toEqual({ ok: true })
  })

  it('lets a participant move a grid when the grids are not locked', () => {
    const docs = new GatedDocs()
    const grid = findRecord(docs.client, JOURNEY_GRID_TYPE)
    const moved = { ...grid, x: (grid.x as number) + 100 }
    expect(docs.write((doc) => writeRecord(getRecordsMap(doc), moved, grid), editor)).toEqual({ ok: true })
  })
})
