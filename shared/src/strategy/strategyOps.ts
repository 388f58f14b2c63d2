import * as Y from 'yjs'
import type { Locale } from '../api.ts'
import { isJsonEqual } from '../doc/json.ts'
import { createRandomId } from '../journey/templates/buildTemplate.ts'
import { readEntityFields } from '../roadmap/roadmapDoc.ts'
import { isMaturitySignId } from './maturity.ts'
import { buildPersona, parsePersona, PERSONA_COLORS, type Persona, type PersonaFields } from './persona.ts'
import { buildStakeholder, parseStakeholder, STAKEHOLDER_GROUPS } from './stakeholder.ts'
import type { StakeholderFields } from './stakeholder.ts'
import { findStrategySection, getStrategySection, type StrategySection } from './strategyDoc.ts'
import { getStrategyTexts } from './strategyTexts.ts'

type EntitySection = Extract<StrategySection, 'stakeholders' | 'personas'>
type Parse<T> = (id: string, value: unknown) => T | null

/** What {@link addStakeholder} takes: any fields, an id when the caller has one (a random one otherwise). */
export type NewStakeholder = Partial<StakeholderFields> & { id?: string }
/** What {@link addPersona} takes: any fields, an id when the caller has one (a random one otherwise). */
export type NewPersona = Partial<PersonaFields> & { id?: string }

/** Adds a stakeholder (defaults for missing fields, invalid ones reset, `order` after the last) and returns its id. */
export function addStakeholder(doc: Y.Doc, fields: NewStakeholder = {}, origin?: unknown): string {
  return addEntity(
    doc,
    'stakeholders',
    fields,
    origin,
    (id, order) => buildStakeholder({ id, order }),
    parseStakeholder,
  )
}

/** Applies a patch to a stakeholder, writing only changed fields. False when there is no such stakeholder. */
export function updateStakeholder(
  doc: Y.Doc,
  id: string,
  patch: Partial<StakeholderFields>,
  origin?: unknown,
): boolean {
  return updateEntity(doc, 'stakeholders', id, patch, origin, parseStakeholder)
}

/** Removes a stakeholder and the other stakeholders' conflicts with it. False when there is none. */
export function removeStakeholder(doc: Y.Doc, id: string, origin?: unknown): boolean {
  return removeEntity(doc, 'stakeholders', id, 'conflictsWith', origin)
}

/**
 * Adds a persona (defaults for missing fields, invalid ones reset, `order` after the last, the next colour in turn)
 * and returns its id.
 */
export function addPersona(doc: Y.Doc, fields: NewPersona = {}, origin?: unknown): string {
  return addEntity(doc, 'personas', fields, origin, buildNextPersona, parsePersona)
}

/** Applies a patch to a persona, writing only changed fields. False when there is no such persona. */
export function updatePersona(doc: Y.Doc, id: string, patch: Partial<PersonaFields>, origin?: unknown): boolean {
  return updateEntity(doc, 'personas', id, patch, origin, parsePersona)
}

/** Removes a persona and the other personas' paths to it. False when there is none. */
export function removePersona(doc: Y.Doc, id: string, origin?: unknown): boolean {
  return removeEntity(doc, 'personas', id, 'movesTo', origin)
}

/** Checks or unchecks a maturity sign; unknown sign ids are ignored (false). */
export function setMaturitySign(doc: Y.Doc, signId: string, checked: boolean, origin?: unknown): boolean {
  if (!isMaturitySignId(signId)) return false
  doc.transact(() => {
    const section = getStrategySection(doc, 'maturity')
    if (checked) {
      if (section.get(signId) !== true) section.set(signId, true)
    } else if (section.has(signId)) section.delete(signId)
  }, origin)
  return true
}

/**
 * Adds one stakeholder for each default group (all but `custom`) that has none yet, named in `locale`; returns the
 * ids added. Running it twice adds nothing the second time.
 */
export function seedStakeholderTemplate(doc: Y.Doc, locale: Locale, origin?: unknown): string[] {
  const texts = getStrategyTexts(locale)
  const present = new Set<string>()
  for (const [id, value] of findStrategySection(doc, 'stakeholders') ?? []) {
    const stakeholder = parseStakeholder(id, readEntityFields(value))
    if (stakeholder) present.add(stakeholder.group)
  }
  const added: string[] = []
  doc.transact(() => {
    for (const group of STAKEHOLDER_GROUPS) {
      if (group === 'custom' || present.has(group)) continue
      added.push(addStakeholder(doc, { group, name: texts.groups[group] }, origin))
    }
  }, origin)
  return added
}

function buildNextPersona(id: string, order: number, section: Y.Map<unknown>): Persona {
  return buildPersona({ id, order, color: PERSONA_COLORS[section.size % PERSONA_COLORS.length] ?? PERSONA_COLORS[0] })
}

function addEntity<T extends { id: string; order: number }>(
  doc: Y.Doc,
  name: EntitySection,
  fields: Partial<T> & { id?: string },
  origin: unknown,
  build: (id: string, order: number, section: Y.Map<unknown>) => T,
  parse: Parse<T>,
): string {
  const id = fields.id ?? createRandomId()
  doc.transact(() => {
    const section = getStrategySection(doc, name)
    const defaults = build(id, nextOrder(section, parse), section)
    const entity = parse(id, { ...defaults, ...fields, id }) ?? defaults
    const entry = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(entity)) if (key !== 'id') entry.set(key, value)
    section.set(id, entry)
  }, origin)
  return id
}

function updateEntity<T extends { id: string }>(
  doc: Y.Doc,
  name: EntitySection,
  id: string,
  patch: object,
  origin: unknown,
  parse: Parse<T>,
): boolean {
  const section = findStrategySection(doc, name)
  const entry = section?.get(id)
  const current = readEntityFields(entry)
  if (!section || !current) return false
  const next = parse(id, { ...current, ...patch })
  if (!next) return false
  doc.transact(() => {
    const target = entry instanceof Y.Map ? (entry as Y.Map<unknown>) : replaceWithMap(section, id, current)
    for (const key of Object.keys(patch) as (keyof T & string)[]) {
      if (key === 'id' || !(key in next) || isJsonEqual(target.get(key), next[key])) continue
      target.set(key, next[key])
    }
  }, origin)
  return true
}

function removeEntity(doc: Y.Doc, name: EntitySection, id: string, refKey: string, origin: unknown): boolean {
  const section = findStrategySection(doc, name)
  if (!section?.has(id)) return false
  doc.transact(() => {
    section.delete(id)
    for (const entry of section.values()) {
      if (!(entry instanceof Y.Map)) continue
      const ids = (entry as Y.Map<unknown>).get(refKey)
      if (Array.isArray(ids) && ids.includes(id))
        entry.set(
          refKey,
          ids.filter((other) => other !== id),
        )
    }
  }, origin)
  return true
}

function nextOrder<T extends { order: number }>(section: Y.Map<unknown>, parse: Parse<T>): number {
  let max = -1
  for (const [id, value] of section) {
    const entity = parse(id, readEntityFields(value))
    if (entity) max = Math.max(max, entity.order)
  }
  return Math.floor(max) + 1
}

function replaceWithMap(section: Y.Map<unknown>, id: string, fields: Record<string, unknown>): Y.Map<unknown> {
  const entry = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) if (key !== 'id') entry.set(key, value)
  section.set(id, entry)
  return entry
}
