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

const DEFAULT_DEPARTMENT_IDS = ['sales', 'service', 'marketing', 'product', 'it', 'hr', 'finance', 'logistics'] as const

const DEFAULT_DEPARTMENT_NAMES: Record<Locale, readonly string[]> = {
  en: ['Sales', 'Service', 'Marketing', 'Product', 'IT', 'HR', 'Finance', 'Logistics'],
  ru: ['Продажи', 'Сервис', 'Маркетинг', 'Продукт', 'ИТ', 'HR', 'Финансы', 'Логистика'],
}

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
  return DEFAULT_DEPARTMENT_IDS.map((id, order) => ({
    id,
    name: DEFAULT_DEPARTMENT_NAMES[locale][order] ?? id,
    color: DEPARTMENT_COLORS[order % DEPARTMENT_COLORS.length] ?? '#828282',
    order,
  }))
}
