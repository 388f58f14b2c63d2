import { isPlainObject } from '../doc/json.ts'

/** The two lists of short statements beside the initiatives (DOMAIN.md, Part 3). */
export const ROADMAP_ITEM_LISTS = ['triggers', 'stimuli'] as const
/** `triggers`: loyalty and recommendation triggers; `stimuli`: stimuli to use the service. */
export type RoadmapItemList = (typeof ROADMAP_ITEM_LISTS)[number]

/** A loyalty/recommendation trigger or a stimulus to use the service; stored as one `Y.Map`. */
export interface RoadmapItem {
  id: string
  text: string
  /** Sort key (ascending). */
  order: number
  /** Absent when no department is named. */
  departmentId?: string
}

/** An item read from untrusted fields, or null without an id; text and order get defaults. */
export function parseRoadmapItem(id: string, value: unknown): RoadmapItem | null {
  if (typeof id !== 'string' || id === '' || !isPlainObject(value)) return null
  const { text, order, departmentId } = value
  const item: RoadmapItem = {
    id,
    text: typeof text === 'string' ? text : '',
    order: typeof order === 'number' && Number.isFinite(order) ? order : 0,
  }
  if (typeof departmentId === 'string' && departmentId !== '') item.departmentId = departmentId
  return item
}
