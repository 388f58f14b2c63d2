import * as Y from 'yjs'
import { isPlainObject } from '../doc/json.ts'
import { compareStrings } from '../journey/departmentDoc.ts'
import { DocNames } from '../docNames.ts'
import { parseInitiative, type Initiative } from './initiative.ts'
import { parseRoadmapItem, type RoadmapItem, type RoadmapItemList } from './roadmapItem.ts'

/** Keys of the roadmap's top-level map: each holds a `Y.Map<string, Y.Map<unknown>>` of entities by id. */
export const RoadmapKeys = {
  /** Initiative id → `Y.Map` of its fields ({@link Initiative} without `id`). */
  initiatives: 'initiatives',
  /** Trigger id → `Y.Map` of its fields ({@link RoadmapItem} without `id`). */
  triggers: 'triggers',
  /** Stimulus id → `Y.Map` of its fields ({@link RoadmapItem} without `id`). */
  stimuli: 'stimuli',
} as const

/** One section of the roadmap map. */
export type RoadmapSection = keyof typeof RoadmapKeys

/** The board's roadmap as read from its doc: valid entities only, sorted. */
export interface Roadmap {
  /** By wave, then order, then id. */
  initiatives: Initiative[]
  /** By order, then id. */
  triggers: RoadmapItem[]
  /** By order, then id. */
  stimuli: RoadmapItem[]
}

/** The doc's roadmap map (`DocNames.roadmap`). */
export function getRoadmapMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DocNames.roadmap)
}

/**
 * A section of the roadmap, or null when it is missing or not a `Y.Map`. Reading never creates anything.
 */
export function findRoadmapSection(doc: Y.Doc, section: RoadmapSection): Y.Map<unknown> | null {
  const value = getRoadmapMap(doc).get(RoadmapKeys[section])
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null
}

/**
 * Creates the three sections that are missing. Two peers creating the same section concurrently keep only one
 * peer's section (a map key holds one value), so a board should get them with its seed, before anyone edits.
 */
export function ensureRoadmap(doc: Y.Doc, origin?: unknown): void {
  const root = getRoadmapMap(doc)
  doc.transact(() => {
    for (const key of Object.values(RoadmapKeys)) {
      if (!(root.get(key) instanceof Y.Map)) root.set(key, new Y.Map<unknown>())
    }
  }, origin)
}

/** A section of the roadmap, created first when missing (inside the caller's transaction). */
export function getRoadmapSection(doc: Y.Doc, section: RoadmapSection): Y.Map<unknown> {
  const found = findRoadmapSection(doc, section)
  if (found) return found
  const created = new Y.Map<unknown>()
  getRoadmapMap(doc).set(RoadmapKeys[section], created)
  return created
}

/** An entity's fields as plain JSON: a `Y.Map`'s content, or a plain object stored by an older or foreign writer. */
export function readEntityFields(value: unknown): Record<string, unknown> | null {
  if (value instanceof Y.Map) return (value as Y.Map<unknown>).toJSON() as Record<string, unknown>
  return isPlainObject(value) ? value : null
}

/** The roadmap of a doc; malformed entities are skipped, bad fields get defaults, dangling references are dropped. */
export function readRoadmap(doc: Y.Doc): Roadmap {
  const initiatives: Initiative[] = []
  for (const [id, value] of findRoadmapSection(doc, 'initiatives') ?? []) {
    const initiative = parseInitiative(id, readEntityFields(value))
    if (initiative) initiatives.push(initiative)
  }
  const ids = new Set(initiatives.map((initiative) => initiative.id))
  for (const initiative of initiatives) {
    initiative.dependsOn = initiative.dependsOn.filter((id) => ids.has(id))
    initiative.parallelWith = initiative.parallelWith.filter((id) => ids.has(id))
  }
  initiatives.sort((a, b) => a.wave - b.wave || a.order - b.order || compareStrings(a.id, b.id))
  return { initiatives, triggers: readItems(doc, 'triggers'), stimuli: readItems(doc, 'stimuli') }
}

function readItems(doc: Y.Doc, list: RoadmapItemList): RoadmapItem[] {
  const items: RoadmapItem[] = []
  for (const [id, value] of findRoadmapSection(doc, list) ?? []) {
    const item = parseRoadmapItem(id, readEntityFields(value))
    if (item) items.push(item)
  }
  return items.sort((a, b) => a.order - b.order || compareStrings(a.id, b.id))
}
