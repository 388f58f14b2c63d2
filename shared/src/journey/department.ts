import type { Locale } from '../api.ts'

/** A department of the board: cards carry its id; its name and colour are shown on them. */
export interface Department {
  id: string
  name: string
  /** A CSS colour, e.g. `#2f80ed`. */
  color: string
  /** Sort position in the board's list (ascending). */
  order: number
}

/**
 * The default departments: one entry each, one name per language. A board stores the name in its language; a default
 * department never renamed is shown in the board's language, and a name typed in either language finds its entry.
 */
const DEFAULT_DEPARTMENTS: readonly { id: string; names: Record<Locale, string>; formerNames?: readonly string[] }[] = [
  { id: 'sales', names: { en: 'Sales', ru: 'Продажи' } },
  { id: 'service', names: { en: 'Service', ru: 'Сервис' } },
  { id: 'marketing', names: { en: 'Marketing', ru: 'Маркетинг' } },
  { id: 'product', names: { en: 'Product', ru: 'Продукт' } },
  { id: 'it', names: { en: 'IT', ru: 'ИТ' } },
  // Russian boards were once seeded with «HR»; the profile list said «Персонал»: both are this one department.
  { id: 'hr', names: { en: 'HR', ru: 'Персонал' }, formerNames: ['HR'] },
  { id: 'finance', names: { en: 'Finance', ru: 'Финансы' } },
  { id: 'logistics', names: { en: 'Logistics', ru: 'Логистика' } },
]

/** Colours given to departments in turn (distinct, readable on white and as a stamp). */
export const DEPARTMENT_COLORS = [
  '#2f80ed',
  '#27ae60',
  '#eb5757',
  '#9b51e0',
  '#f2994a',
  '#219653',
  '#56ccf2',
  '#bb6bd9',
  '#828282',
  '#f2c94c',
] as const

/** The default departments of a new board, named in the board's language. */
export function listDefaultDepartments(locale: Locale): Department[] {
  return DEFAULT_DEPARTMENTS.map(({ id, names }, order) => ({
    id,
    name: names[locale],
    color: DEPARTMENT_COLORS[order % DEPARTMENT_COLORS.length] ?? '#828282',
    order,
  }))
}

/** The default departments' names in one language, in order (the profile form offers them). */
export function listDefaultDepartmentNames(locale: Locale): string[] {
  return DEFAULT_DEPARTMENTS.map(({ names }) => names[locale])
}

/** Compares department names as people type them: trimmed, spaces collapsed, case-insensitive (Cyrillic included). */
export function normalizeDepartmentName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase()
}

/** The id of the default department named `name` in any language (`HR` and `Персонал` are `hr`), if any. */
export function findDefaultDepartmentId(name: string): string | undefined {
  const wanted = normalizeDepartmentName(name)
  if (!wanted) return undefined
  return DEFAULT_DEPARTMENTS.find((entry) =>
    [...Object.values(entry.names), ...(entry.formerNames ?? [])].some(
      (known) => normalizeDepartmentName(known) === wanted,
    ),
  )?.id
}

/**
 * The department as shown on a board in `locale`: a default department whose name is still one of its default names
 * (in any language) gets its name in `locale`; a renamed or added one keeps the name people gave it.
 */
export function localizeDepartment(department: Department, locale: Locale): Department {
  const entry = DEFAULT_DEPARTMENTS.find(({ id }) => id === department.id)
  if (!entry || findDefaultDepartmentId(department.name) !== entry.id) return department
  const name = entry.names[locale]
  return name === department.name ? department : { ...department, name }
}
