import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { DOC_VERSION } from '../../docNames.ts'
import { readDocVersion, readStoredSchema } from '../../doc/docMeta.ts'
import { readAllRecords } from '../../doc/recordDoc.ts'
import { createBoardSchema } from '../boardSchema.ts'
import { readDocDepartments } from '../departmentDoc.ts'
import { readDocJourney, readJourney } from '../format/readJourney.ts'
import { RoadmapKeys, getRoadmapMap } from '../../roadmap/roadmapDoc.ts'
import { StrategyKeys, getStrategyMap } from '../../strategy/strategyDoc.ts'
import { buildBoardSeed, getLocalizedPageName, seedBoardDoc } from './boardSeed.ts'

function counter(): () => string {
  let n = 0
  return () => `id${++n}`
}

test("a board seed starts with tldraw's default document and page, exactly", () => {
  const seed = buildBoardSeed('blank', 'en')
  expect(seed.records.map((record) => JSON.stringify(record))).toEqual([
    '{"gridSize":10,"name":"","meta":{},"id":"document:document","typeName":"document"}',
    '{"meta":{},"id":"page:page","name":"Page 1","index":"a1","typeName":"page"}',
  ])
  expect(seed.departments.length).toBeGreaterThan(0)
})

test("a Russian board's page is «Страница 1»; an old board's default name is renamed, a page people named is not", () => {
  const page = buildBoardSeed('blank', 'ru').records.find((record) => record.id === 'page:page')
  expect(page).toMatchObject({ name: 'Страница 1', index: 'a1', typeName: 'page' })
  expect(getLocalizedPageName('Page 1', 'ru')).toBe('Страница 1')
  expect(getLocalizedPageName('Страница 1', 'en')).toBe('Page 1')
  expect(getLocalizedPageName('Страница 1', 'ru')).toBeNull()
  expect(getLocalizedPageName('Воркшоп', 'ru')).toBeNull()
})

test('seedBoardDoc writes records and departments in one transaction, and the doc reads back the same journey', () => {
  const seed = buildBoardSeed('base-cjm', 'ru', { withExample: true, idFactory: counter() })
  const doc = new Y.Doc()
  const origin = { name: 'seed' }
  const origins: unknown[] = []
  doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin))
  seedBoardDoc(doc, seed, origin)
  expect(origins).toEqual([origin])
  const records = readAllRecords(doc)
  expect(Object.keys(records).sort()).toEqual(seed.records.map((record) => record.id).sort())
  for (const record of seed.records) expect(records[record.id]).toEqual(record)
  expect(readDocDepartments(doc)).toEqual(seed.departments)
  expect(readDocJourney(doc)).toEqual(readJourney(seed.records, seed.departments))
  expect(readStoredSchema(doc)).toEqual(createBoardSchema().serialize())
  expect(readDocVersion(doc)).toBe(DOC_VERSION)
})

test("the seed creates the roadmap's sections, so two first writers never replace each other's", () => {
  const doc = new Y.Doc()
  seedBoardDoc(doc, buildBoardSeed('blank', 'en'))
  for (const key of Object.values(RoadmapKeys)) expect(getRoadmapMap(doc).get(key)).toBeInstanceOf(Y.Map)
})

test("the seed creates the strategy's sections, as the roadmap's", () => {
  const doc = new Y.Doc()
  seedBoardDoc(doc, buildBoardSeed('base-cjm', 'ru'))
  for (const key of Object.values(StrategyKeys)) expect(getStrategyMap(doc).get(key)).toBeInstanceOf(Y.Map)
})
