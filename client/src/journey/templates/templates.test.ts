import {
  JOURNEY_CARD_TYPE,
  JOURNEY_GRID_TYPE,
  LOCALES,
  TEMPLATE_IDS,
  buildBoardSeed,
  createBoardSchema,
  getDepartmentsMap,
  readDocDepartments,
  seedBoardDoc,
  writeDocDepartments,
} from '@cxmap/shared'
import { createTLStore, defaultShapeUtils, type TLRecord } from 'tldraw'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { bind, type InvalidRecord } from '../../sync/bind'
import { addGrid, createHeadlessEditor, makeGridProps } from '../grid/test/headlessEditor'
import { journeyShapeUtils } from '../shapeUtils'
import { insertTemplate } from './insertTemplate'

const boardSchema = createBoardSchema()

describe('every template, in both languages, with and without the example', () => {
  for (const template of TEMPLATE_IDS) {
    for (const locale of LOCALES) {
      for (const withExample of [false, true]) {
        test(`${template} (${locale}${withExample ? ', example' : ''}) is valid for tldraw's schema`, () => {
          const seed = buildBoardSeed(template, locale, { withExample })
          // The shared board schema (what the server checks) and the client's store (what the editor loads).
          const store = createTLStore({ shapeUtils: [...defaultShapeUtils, ...journeyShapeUtils] })
          for (const schema of [boardSchema, store.schema]) {
            for (const record of seed.records) {
              expect(() =>
                schema.validateRecord(store, record as unknown as TLRecord, 'initialize', null),
              ).not.toThrow()
            }
          }
          // And through the real path: the server's seed in a doc, bound into a client's store.
          const doc = new Y.Doc()
          seedBoardDoc(doc, seed)
          const invalid: InvalidRecord[] = []
          const dispose = bind(store, doc, { onInvalidRecord: (record) => invalid.push(record) })
          expect(invalid).toEqual([])
          for (const record of seed.records) expect(store.get(record.id as TLRecord['id'])).toBeDefined()
          const shapes = store.allRecords().filter((r) => r.typeName === 'shape')
          expect(shapes.filter((s) => s.type === JOURNEY_GRID_TYPE)).toHaveLength(template === 'blank' ? 0 : 1)
          if (!withExample || template === 'blank') expect(shapes.some((s) => s.type === JOURNEY_CARD_TYPE)).toBe(false)
          else expect(shapes.some((s) => s.type === JOURNEY_CARD_TYPE)).toBe(true)
          dispose()
        })
      }
    }
  }
})

describe('insertTemplate', () => {
  let editor: Awaited<ReturnType<typeof createHeadlessEditor>>
  beforeEach(async () => {
    editor = await createHeadlessEditor()
  })
  afterEach(() => editor.dispose())

  test('places the grid to the right of what the page holds, adds only missing departments, undoes in one step', () => {
    const existing = addGrid(editor, makeGridProps(2, 2), 0, 0)
    const existingRight = editor.getShapePageBounds(existing)!.maxX
    const doc = new Y.Doc()
    writeDocDepartments(doc, [{ id: 'sales', name: 'Renamed sales', color: '#000000', order: 0 }])

    insertTemplate(editor, doc, 'base-cjm', 'ru', { withExample: true })

    const grids = editor.getCurrentPageShapes().filter((s) => s.type === JOURNEY_GRID_TYPE)
    expect(grids).toHaveLength(2)
    const inserted = grids.find((g) => g.id !== existing)!
    expect(inserted.x).toBeGreaterThan(existingRight)
    expect(editor.getCurrentPageShapes().some((s) => s.type === JOURNEY_CARD_TYPE)).toBe(true)
    const departments = readDocDepartments(doc)
    expect(departments.find((d) => d.id === 'sales')?.name).toBe('Renamed sales')
    expect(departments.length).toBeGreaterThan(1)
    expect(getDepartmentsMap(doc).size).toBe(departments.length)

    editor.undo()
    expect(editor.getCurrentPageShapes().map((s) => s.id)).toEqual([existing])
  })
})
