import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { listDefaultDepartments } from './department.ts'
import { getDepartmentsMap, parseDepartment, readDocDepartments, writeDocDepartments } from './departmentDoc.ts'

test('writes departments as JSON under their ids and reads them back in order', () => {
  const doc = new Y.Doc()
  const departments = listDefaultDepartments('ru')
  writeDocDepartments(doc, [...departments].reverse())
  expect(getDepartmentsMap(doc).get('sales')).toEqual(departments[0])
  expect(readDocDepartments(doc)).toEqual(departments)
})

test('skips malformed departments and defaults a missing colour or order', () => {
  const doc = new Y.Doc()
  const map = getDepartmentsMap(doc)
  map.set('a', { id: 'a', name: 'A' })
  map.set('b', 'not a department')
  map.set('c', { id: 'c' })
  expect(readDocDepartments(doc)).toEqual([{ id: 'a', name: 'A', color: '#828282', order: 0 }])
  expect(parseDepartment({ id: '', name: 'x' })).toBeNull()
  expect(parseDepartment({ id: 'x', name: 'X', order: Number.NaN })?.order).toBe(0)
})
