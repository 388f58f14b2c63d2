import { DocNames, getDepartmentsMap, listDefaultDepartments } from '@cxmap/shared'
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import {
  deleteDepartment,
  ensureDefaultDepartments,
  ensureDepartmentNamed,
  readDepartments,
  updateDepartment,
} from './departmentsDoc'

function sync(...docs: Y.Doc[]) {
  for (const from of docs) for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from))
}

describe('default departments', () => {
  test("are written in the board's language, in order, once", () => {
    const doc = new Y.Doc()
    expect(ensureDefaultDepartments(doc, 'ru')).toBe(true)
    expect(readDepartments(doc)).toEqual(listDefaultDepartments('ru'))
    expect(readDepartments(doc).map((d) => d.name)).toContain('Продажи')
    expect(ensureDefaultDepartments(doc, 'ru')).toBe(false)
  })

  test('two clients writing them at once converge to one set of structs', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    ensureDefaultDepartments(a, 'en')
    const single = Y.encodeStateAsUpdate(a).byteLength
    ensureDefaultDepartments(b, 'en')
    sync(a, b)
    expect(readDepartments(a)).toEqual(listDefaultDepartments('en'))
    expect(readDepartments(b)).toEqual(readDepartments(a))
    expect(Y.encodeStateAsUpdate(a).byteLength).toBe(single)
  })

  test('are not written again into a board whose departments were all deleted', () => {
    const doc = new Y.Doc()
    ensureDefaultDepartments(doc, 'en')
    for (const { id } of readDepartments(doc)) deleteDepartment(doc, id)
    const late = new Y.Doc()
    sync(doc, late)
    expect(ensureDefaultDepartments(late, 'en')).toBe(false)
    expect(readDepartments(late)).toEqual([])
  })

  test('are not written into a board that already has departments (the server seeded them)', () => {
    const doc = new Y.Doc()
    getDepartmentsMap(doc).set('ops', { id: 'ops', name: 'Ops', color: '#000000', order: 0 })
    expect(ensureDefaultDepartments(doc, 'en')).toBe(false)
    expect(readDepartments(doc).map((d) => d.id)).toEqual(['ops'])
  })
})

describe('departments by name', () => {
  test("match the person's free-text department case-insensitively, Cyrillic included", () => {
    const doc = new Y.Doc()
    ensureDefaultDepartments(doc, 'ru')
    expect(ensureDepartmentNamed(doc, '  продажи ')).toBe('sales')
    expect(ensureDepartmentNamed(doc, 'ИТ')).toBe('it')
    expect(ensureDepartmentNamed(doc, '')).toBe('')
    expect(readDepartments(doc)).toHaveLength(8)
  })

  test('an unknown one is added with the next free colour, at the end', () => {
    const doc = new Y.Doc()
    ensureDefaultDepartments(doc, 'en')
    const id = ensureDepartmentNamed(doc, 'Legal')
    const added = readDepartments(doc).at(-1)
    expect(added).toMatchObject({ id, name: 'Legal', order: 8 })
    expect(
      readDepartments(doc)
        .slice(0, 8)
        .map((d) => d.color),
    ).not.toContain(added?.color)
    expect(ensureDepartmentNamed(doc, 'LEGAL')).toBe(id)
  })

  test('two people of a new department adding it at once make one department', () => {
    const a = new Y.Doc()
    ensureDefaultDepartments(a, 'en')
    const b = new Y.Doc()
    sync(a, b)
    const idA = ensureDepartmentNamed(a, 'Legal')
    const idB = ensureDepartmentNamed(b, 'legal')
    sync(a, b)
    expect(idA).toBe(idB)
    expect(readDepartments(a)).toHaveLength(9)
    expect(readDepartments(b)).toEqual(readDepartments(a))
  })

  test('a renamed department is never overwritten by a new one of its old name', () => {
    const doc = new Y.Doc()
    const id = ensureDepartmentNamed(doc, 'Legal')
    updateDepartment(doc, id, { name: 'Compliance' })
    const again = ensureDepartmentNamed(doc, 'Legal')
    expect(again).not.toBe(id)
    expect(readDepartments(doc).map((d) => d.name)).toEqual(['Compliance', 'Legal'])
  })

  test("a default department's name in either language finds it: no «HR» beside «Персонал»", () => {
    const ru = new Y.Doc()
    ensureDefaultDepartments(ru, 'ru')
    expect(ensureDepartmentNamed(ru, 'HR')).toBe('hr')
    expect(ensureDepartmentNamed(ru, 'персонал')).toBe('hr')
    expect(ensureDepartmentNamed(ru, 'Sales')).toBe('sales')
    expect(readDepartments(ru)).toHaveLength(8)
    const en = new Y.Doc()
    ensureDefaultDepartments(en, 'en')
    expect(ensureDepartmentNamed(en, 'Персонал')).toBe('hr')
    expect(readDepartments(en)).toHaveLength(8)
  })

  test('an old Russian board seeded with «HR» shows «Персонал», one entry; a renamed default keeps its name', () => {
    const doc = new Y.Doc()
    getDepartmentsMap(doc).set('hr', { id: 'hr', name: 'HR', color: '#000000', order: 5 })
    getDepartmentsMap(doc).set('it', { id: 'it', name: 'Цифра', color: '#111111', order: 4 })
    expect(readDepartments(doc, 'ru').map((d) => d.name)).toEqual(['Цифра', 'Персонал'])
    expect(readDepartments(doc, 'en').map((d) => d.name)).toEqual(['Цифра', 'HR'])
    expect(ensureDepartmentNamed(doc, 'Персонал')).toBe('hr')
    expect(ensureDepartmentNamed(doc, 'IT')).toBe('it')
    expect(readDepartments(doc)).toHaveLength(2)
  })

  test('malformed values in the map are ignored', () => {
    const doc = new Y.Doc()
    doc.getMap(DocNames.departments).set('bad', { name: 42 })
    ensureDepartmentNamed(doc, 'Sales')
    expect(readDepartments(doc).map((d) => d.name)).toEqual(['Sales'])
  })
})
