import {
  ControlDocNames,
  isPlainObject,
  parseAgenda,
  parseBrainstorm,
  parseFollow,
  parseLock,
  parsePresenting,
  parseTimer,
  parseVote,
  WorkshopKeys,
} from '@cxmap/shared'
import * as Y from 'yjs'
import { requireJson } from './jsonLimits.ts'
import type { UpdateChanges } from './readUpdate.ts'
import { require } from './refusal.ts'

// Each key's shared reader; the lenient ones (lock, agenda, presenting) never return null, so an object is required.
const READERS: Record<string, (value: unknown) => unknown> = {
  [WorkshopKeys.timer]: parseTimer,
  [WorkshopKeys.follow]: parseFollow,
  [WorkshopKeys.lock]: (value) => isPlainObject(value) && parseLock(value),
  [WorkshopKeys.agenda]: (value) => isPlainObject(value) && Array.isArray(value.items) && parseAgenda(value),
  [WorkshopKeys.brainstorm]: parseBrainstorm,
  [WorkshopKeys.vote]: parseVote,
  [WorkshopKeys.presenting]: (value) => isPlainObject(value) && parsePresenting(value),
}

/**
 * Checks an update to a control doc: only the `workshop` map, only its known keys, each value one that its shared
 * reader (workshop/workshopDoc.ts) reads as a value rather than a default.
 */
export function checkControlChanges(changes: UpdateChanges): void {
  for (const { item, at } of changes.inserts) {
    require(at.root === ControlDocNames.workshop, `"${at.root.slice(0, 40)}" is not a control name`)
    if (item.content instanceof Y.ContentDeleted) continue
    const [key] = at.keys
    require(at.keys.length === 1 && typeof key === 'string', 'the workshop holds a nested value')
    const read = Object.hasOwn(READERS, key) ? READERS[key] : undefined
    require(read, `workshop.${key.slice(0, 40)} is not a workshop key`)
    require(item.content instanceof Y.ContentAny, `workshop.${key} is not JSON`)
    for (const value of changes.liveValues(item)) {
      requireJson(value, `workshop.${key}`)
      require(read(value), `workshop.${key} is invalid`)
    }
  }
}
