import { expect, test } from 'vitest'
import {
  findDefaultDepartmentId,
  listDefaultDepartmentNames,
  listDefaultDepartments,
  localizeDepartment,
} from './department.ts'

test('the default departments are one list: the same ids in both languages, «Персонал» for HR in Russian', () => {
  expect(listDefaultDepartments('ru').map((d) => d.id)).toEqual(listDefaultDepartments('en').map((d) => d.id))
  expect(listDefaultDepartmentNames('ru')).toContain('Персонал')
  expect(listDefaultDepartmentNames('ru')).not.toContain('HR')
  expect(listDefaultDepartmentNames('en')).toContain('HR')
})

test('a name in either language, as typed, finds its default department', () => {
  expect(findDefaultDepartmentId('  hr ')).toBe('hr')
  expect(findDefaultDepartmentId('ПЕРСОНАЛ')).toBe('hr')
  expect(findDefaultDepartmentId('Продажи')).toBe('sales')
  expect(findDefaultDepartmentId('Legal')).toBeUndefined()
  expect(findDefaultDepartmentId('')).toBeUndefined()
})

test("a default department never renamed is shown in the board's language; a renamed or added one is not", () => {
  const hr = { id: 'hr', name: 'HR', color: '#000', order: 5 }
  expect(localizeDepartment(hr, 'ru').name).toBe('Персонал')
  expect(localizeDepartment({ ...hr, name: 'Персонал' }, 'en').name).toBe('HR')
  expect(localizeDepartment(hr, 'en')).toBe(hr)
  expect(localizeDepartment({ ...hr, name: 'Кадры' }, 'en').name).toBe('Кадры')
  // Another default's name on this id is a rename people made, not a default name of this department.
  expect(localizeDepartment({ ...hr, name: 'Sales' }, 'ru').name).toBe('Sales')
  expect(localizeDepartment({ id: 'dept-1', name: 'HR', color: '#000', order: 9 }, 'ru').name).toBe('HR')
})
