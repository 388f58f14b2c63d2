import { isJsonEqual, isPlainObject, parseInitiative, parseRoadmapItem, RoadmapKeys } from '@cxmap/shared'
import * as Y from 'yjs'
import { requireJson } from './jsonLimits.ts'
import type { UpdateChanges } from './readUpdate.ts'
import { require } from './refusal.ts'

const SECTIONS = new Set<string>(Object.values(RoadmapKeys))

interface TouchedEntity {
  section: string
  id: string
  owner: Y.Item
  written: Map<string, unknown>
  removed: Set<string>
}

/**
 * Checks an update's writes to the board doc's roadmap map: the three sections are maps, each entity a map of fields,
 * and every entity the update touches reads back (with the shared parsers) with exactly the field values written.
 */
export function checkRoadmap(changes: UpdateChanges, root: string): void {
  const touched = new Map<Y.Item, TouchedEntity>()
  const touch = (owner: Y.Item, section: string, id: string) => {
    let entity = touched.get(owner)
    if (!entity) touched.set(owner, (entity = { section, id, owner, written: new Map(), removed: new Set() }))
    return entity
  }
  for (const { item, at } of changes.inserts) {
    if (at.root !== root || item.content instanceof Y.ContentDeleted) continue
    const [section, id, field] = at.keys
    require(typeof section === 'string' && SECTIONS.has(section), 'the roadmap has an unknown section')
    require(at.keys.length <= 3 && typeof at.keys[at.keys.length - 1] === 'string', 'the roadmap holds a list')
    if (at.keys.length === 1) {
      require(isMap(item), `roadmap.${section} is not a map`)
    } else if (at.keys.length === 2) {
      require(isMap(item), `roadmap ${id} is not a map`)
      touch(item, section, id!)
    } else {
      require(item.content instanceof Y.ContentAny, `roadmap ${id}.${field} is not JSON`)
      const values = changes.liveValues(item)
      if (values.length > 0) touch(at.owners[1]!, section, id!).written.set(field!, values[values.length - 1])
    }
  }
  for (const { at } of changes.deletes) {
    if (at.root !== root) continue
    require(at.keys.length > 1, 'a roadmap section cannot be deleted')
    const [section, id, field] = at.keys
    if (at.keys.length === 3) touch(at.owners[1]!, section!, id!).removed.add(field!)
  }
  for (const entity of touched.values()) checkEntity(entity, changes)
}

function checkEntity({ section, id, owner, written, removed }: TouchedEntity, changes: UpdateChanges): void {
  if (changes.isDeletedByUpdate(owner.id)) return
  const current = changes.isNew(owner) ? {} : ((owner.content as Y.ContentType).type as Y.Map<unknown>).toJSON()
  const fields: Record<string, unknown> = { ...current }
  for (const field of removed) delete fields[field]
  for (const [field, value] of written) {
    requireJson(value, `roadmap ${id}.${field}`)
    fields[field] = value
  }
  const parsed: unknown =
    section === RoadmapKeys.initiatives ? parseInitiative(id, fields) : parseRoadmapItem(id, fields)
  require(isPlainObject(parsed), `roadmap ${id} is invalid`)
  for (const [field, value] of written) {
    require(field !== 'id' && isJsonEqual(parsed[field], value), `roadmap ${id}.${field} is invalid`)
  }
}

function isMap(item: Y.Item): boolean {
  return item.content instanceof Y.ContentType && item.content.type instanceof Y.Map
}
