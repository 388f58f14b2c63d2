import * as Y from 'yjs'
import { isJsonEqual } from '../doc/json.ts'
import { createRandomId } from '../journey/templates/buildTemplate.ts'
import { findRoadmapSection, getRoadmapSection, readEntityFields } from './roadmapDoc.ts'
import { parseRoadmapItem, type RoadmapItem, type RoadmapItemList } from './roadmapItem.ts'

/** What {@link addRoadmapItem} takes: the text, and optionally an id, an order (after the last) and a department. */
export type NewRoadmapItem = Partial<Omit<RoadmapItem, 'text'>> & { text: string }

/** The fields of an item a patch may change; `departmentId: ''` removes the department. */
export type RoadmapItemPatch = Partial<Omit<RoadmapItem, 'id'>>

/** Adds a trigger or a stimulus and returns it as stored. */
export function addRoadmapItem(
  doc: Y.Doc,
  list: RoadmapItemList,
  fields: NewRoadmapItem,
  origin?: unknown,
): RoadmapItem {
  const id = fields.id ?? createRandomId()
  let created: RoadmapItem = { id, text: fields.text, order: 0 }
  doc.transact(() => {
    const section = getRoadmapSection(doc, list)
    const order = fields.order ?? nextOrder(section)
    created = parseRoadmapItem(id, { ...fields, order }) ?? created
    const entry = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(created)) if (key !== 'id') entry.set(key, value)
    section.set(id, entry)
  }, origin)
  return created
}

/** Writes the changed fields of a trigger or a stimulus. Returns false when there is no such item. */
export function updateRoadmapItem(
  doc: Y.Doc,
  list: RoadmapItemList,
  id: string,
  patch: RoadmapItemPatch,
  origin?: unknown,
): boolean {
  const entry = findRoadmapSection(doc, list)?.get(id)
  const current = readEntityFields(entry)
  if (!(entry instanceof Y.Map) || !current) return false
  const next = parseRoadmapItem(id, { ...current, ...patch })
  if (!next) return false
  doc.transact(() => {
    for (const key of Object.keys(patch) as (keyof RoadmapItemPatch)[]) {
      const value = next[key]
      if (key === ('id' as string)) continue
      else if (value === undefined) entry.delete(key)
      else if (!isJsonEqual(entry.get(key), value)) entry.set(key, value)
    }
  }, origin)
  return true
}

/** Removes a trigger or a stimulus. Returns false when there is none. */
export function deleteRoadmapItem(doc: Y.Doc, list: RoadmapItemList, id: string, origin?: unknown): boolean {
  const section = findRoadmapSection(doc, list)
  if (!section?.has(id)) return false
  doc.transact(() => section.delete(id), origin)
  return true
}

/** Adds a loyalty and recommendation trigger. */
export const addTrigger = (doc: Y.Doc, fields: NewRoadmapItem, origin?: unknown): RoadmapItem =>
  addRoadmapItem(doc, 'triggers', fields, origin)
/** Changes a trigger's fields. */
export const updateTrigger = (doc: Y.Doc, id: string, patch: RoadmapItemPatch, origin?: unknown): boolean =>
  updateRoadmapItem(doc, 'triggers', id, patch, origin)
/** Removes a trigger. */
export const deleteTrigger = (doc: Y.Doc, id: string, origin?: unknown): boolean =>
  deleteRoadmapItem(doc, 'triggers', id, origin)
/** Adds a stimulus to use the service. */
export const addStimulus = (doc: Y.Doc, fields: NewRoadmapItem, origin?: unknown): RoadmapItem =>
  addRoadmapItem(doc, 'stimuli', fields, origin)
/** Changes a stimulus's fields. */
export const updateStimulus = (doc: Y.Doc, id: string, patch: RoadmapItemPatch, origin?: unknown): boolean =>
  updateRoadmapItem(doc, 'stimuli', id, patch, origin)
/** Removes a stimulus. */
export const deleteStimulus = (doc: Y.Doc, id: string, origin?: unknown): boolean =>
  deleteRoadmapItem(doc, 'stimuli', id, origin)

function nextOrder(section: Y.Map<unknown>): number {
  let max = -1
  for (const [id, value] of section) {
    const item = parseRoadmapItem(id, readEntityFields(value))
    if (item) max = Math.max(max, item.order)
  }
  return Math.floor(max) + 1
}
