import { createRandomId } from '../journey/templates/buildTemplate.ts'
import type { Agenda, AgendaItem } from './workshopDoc.ts'

/** The longest a step's title may be (longer ones are cut). */
export const AGENDA_TITLE_MAX_LENGTH = 120

/** The most planned minutes a step may have. */
export const AGENDA_MAX_MINUTES = 600

/** The most steps an agenda may hold. */
export const AGENDA_MAX_ITEMS = 50

/** A new board's agenda: no steps, none current. */
export const EMPTY_AGENDA: Agenda = { items: [], currentId: null }

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, AGENDA_TITLE_MAX_LENGTH)
}

/** Planned minutes as stored: a whole number from 1 to {@link AGENDA_MAX_MINUTES}, or null for "not planned". */
export function normalizeMinutes(minutes: number | null): number | null {
  if (minutes === null || !Number.isFinite(minutes)) return null
  const whole = Math.round(minutes)
  return whole >= 1 ? Math.min(AGENDA_MAX_MINUTES, whole) : null
}

function updateItem(agenda: Agenda, id: string, change: (item: AgendaItem) => AgendaItem): Agenda {
  if (!agenda.items.some((item) => item.id === id)) return agenda
  return { ...agenda, items: agenda.items.map((item) => (item.id === id ? change(item) : item)) }
}

/** Appends a step; a blank title or a full agenda leaves it unchanged. */
export function addAgendaItem(
  agenda: Agenda,
  title: string,
  options: { id?: string; minutes?: number | null } = {},
): Agenda {
  const clean = cleanTitle(title)
  if (!clean || agenda.items.length >= AGENDA_MAX_ITEMS) return agenda
  const id = options.id ?? createRandomId()
  if (agenda.items.some((item) => item.id === id)) return agenda
  const item: AgendaItem = { id, title: clean, minutes: normalizeMinutes(options.minutes ?? null) }
  return { ...agenda, items: [...agenda.items, item] }
}

/** Renames a step; a blank title keeps the old one. */
export function renameAgendaItem(agenda: Agenda, id: string, title: string): Agenda {
  const clean = cleanTitle(title)
  if (!clean) return agenda
  return updateItem(agenda, id, (item) => ({ ...item, title: clean }))
}

/** Sets a step's planned minutes (null, zero or less clears them). */
export function setAgendaItemMinutes(agenda: Agenda, id: string, minutes: number | null): Agenda {
  return updateItem(agenda, id, (item) => ({ ...item, minutes: normalizeMinutes(minutes) }))
}

/** Removes a step; removing the current step leaves no step current. */
export function removeAgendaItem(agenda: Agenda, id: string): Agenda {
  if (!agenda.items.some((item) => item.id === id)) return agenda
  return {
    items: agenda.items.filter((item) => item.id !== id),
    currentId: agenda.currentId === id ? null : agenda.currentId,
  }
}

/** Moves a step one place up (-1) or down (+1); at either end it stays. */
export function moveAgendaItem(agenda: Agenda, id: string, direction: -1 | 1): Agenda {
  const from = agenda.items.findIndex((item) => item.id === id)
  const to = from + direction
  if (from < 0 || to < 0 || to >= agenda.items.length) return agenda
  const items = [...agenda.items]
  const [moved] = items.splice(from, 1)
  items.splice(to, 0, moved!)
  return { ...agenda, items }
}

/** Marks a step as the current one (null: none); an unknown id leaves the agenda unchanged. */
export function setCurrentAgendaItem(agenda: Agenda, id: string | null): Agenda {
  if (id !== null && !agenda.items.some((item) => item.id === id)) return agenda
  return { ...agenda, currentId: id }
}

/** The step after the current one (the first step when none is current), or null at the end. */
export function findNextAgendaItem(agenda: Agenda): AgendaItem | null {
  const index = agenda.items.findIndex((item) => item.id === agenda.currentId)
  return agenda.items[index + 1] ?? null
}

/** Moves "current" to the next step (the first when none is current); at the last step it stays. */
export function advanceAgenda(agenda: Agenda): Agenda {
  const next = findNextAgendaItem(agenda)
  return next ? { ...agenda, currentId: next.id } : agenda
}

/** Where the current step is: its item, its 1-based number and the step count; null when no step is current. */
export function readCurrentAgendaStep(agenda: Agenda): { item: AgendaItem; number: number; total: number } | null {
  const index = agenda.items.findIndex((item) => item.id === agenda.currentId)
  const item = agenda.items[index]
  return item ? { item, number: index + 1, total: agenda.items.length } : null
}
