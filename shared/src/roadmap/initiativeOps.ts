import * as Y from 'yjs'
import { isJsonEqual } from '../doc/json.ts'
import { createRandomId } from '../journey/templates/buildTemplate.ts'
import { buildInitiative, parseInitiative, type Initiative, type InitiativeFields } from './initiative.ts'
import { getRoadmapSection, readEntityFields, findRoadmapSection } from './roadmapDoc.ts'

/** What {@link createInitiative} takes: any fields, an id when the caller has one (a random one otherwise). */
export type NewInitiative = Partial<InitiativeFields> & { id?: string }

/**
 * Adds an initiative (defaults for missing fields, invalid ones reset; `order` defaults to after the last of its wave,
 * `createdAt` to now) and returns it as stored.
 */
export function createInitiative(doc: Y.Doc, fields: NewInitiative = {}, origin?: unknown): Initiative {
  const id = fields.id ?? createRandomId()
  let created = buildInitiative({ id })
  doc.transact(() => {
    const section = getRoadmapSection(doc, 'initiatives')
    const draft = buildInitiative({ createdAt: Date.now(), ...fields, id })
    if (fields.order === undefined) draft.order = nextOrder(section, draft.wave)
    created = parseInitiative(id, draft) ?? created
    const entry = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(created)) if (key !== 'id') entry.set(key, value)
    section.set(id, entry)
  }, origin)
  return created
}

/**
 * Applies a patch to an initiative, writing only the fields whose value changes (so concurrent edits of other fields
 * survive); invalid values in the patch are reset to defaults as on read. Returns false when there is no such
 * initiative.
 */
export function updateInitiative(doc: Y.Doc, id: string, patch: Partial<InitiativeFields>, origin?: unknown): boolean {
  const section = findRoadmapSection(doc, 'initiatives')
  const entry = section?.get(id)
  const current = readEntityFields(entry)
  if (!section || !current) return false
  const next = parseInitiative(id, { ...current, ...patch })
  if (!next) return false
  doc.transact(() => {
    const target = entry instanceof Y.Map ? (entry as Y.Map<unknown>) : replaceWithMap(section, id, current)
    for (const key of Object.keys(patch) as (keyof InitiativeFields)[]) {
      if (key === ('id' as string) || !(key in next) || isJsonEqual(target.get(key), next[key])) continue
      target.set(key, next[key])
    }
  }, origin)
  return true
}

/** Removes an initiative and every other initiative's reference to it. Returns false when there is none. */
export function deleteInitiative(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const section = findRoadmapSection(doc, 'initiatives')
  if (!section?.has(id)) return false
  doc.transact(() => {
    section.delete(id)
    for (const [otherId, entry] of section) {
      if (!(entry instanceof Y.Map)) continue
      for (const key of ['dependsOn', 'parallelWith'] as const) {
        const ids = (entry as Y.Map<unknown>).get(key)
        if (Array.isArray(ids) && ids.includes(id)) {
          updateInitiative(doc, otherId, { [key]: ids.filter((other) => other !== id) })
        }
      }
    }
  }, origin)
  return true
}

/** One more than the highest order among the initiatives of a wave (0 for an empty wave). */
function nextOrder(section: Y.Map<unknown>, wave: number): number {
  let max = -1
  for (const [id, value] of section) {
    const initiative = parseInitiative(id, readEntityFields(value))
    if (initiative && initiative.wave === wave) max = Math.max(max, initiative.order)
  }
  return Math.floor(max) + 1
}

/** Converts a plain-object entry (foreign writer) to the `Y.Map` form before a field-level write. */
function replaceWithMap(section: Y.Map<unknown>, id: string, fields: Record<string, unknown>): Y.Map<unknown> {
  const entry = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) if (key !== 'id') entry.set(key, value)
  section.set(id, entry)
  return entry
}
