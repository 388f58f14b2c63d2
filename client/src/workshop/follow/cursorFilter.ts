import { isCursorShown, type Role, type WorkshopPresenting } from '@cxmap/shared'
import type { Editor, JsonObject } from 'tldraw'

/** The key in tldraw's instance `meta` (this tab only, never synced) that holds the {@link CursorFilter}. */
const CURSOR_FILTER_META_KEY = 'cxCursorFilter'

/** Whose cursors this client draws: everyone's, or while cursors are hidden only the presenters'. */
export interface CursorFilter {
  hideCursors: boolean
  /** tldraw user ids (`user:<person id>`) of the facilitators, whose cursors stay. */
  presenterIds: string[]
}

const SHOW_ALL: CursorFilter = { hideCursors: false, presenterIds: [] }

/** The filter for the control doc's presenting state and the people on the board (with their roles). */
export function createCursorFilter(
  presenting: WorkshopPresenting,
  people: readonly { id: string; role: Role }[],
): CursorFilter {
  if (!presenting.hideCursors) return SHOW_ALL
  const presenterIds = people.filter((person) => person.role === 'facilitator').map((person) => `user:${person.id}`)
  return { hideCursors: true, presenterIds: [...new Set(presenterIds)].sort() }
}

/** Whether a collaborator's cursor (and its off-screen hint, brush and laser) is drawn. */
export function isCollaboratorShown(filter: CursorFilter, userId: string): boolean {
  return isCursorShown(filter, filter.presenterIds.includes(userId))
}

/** The filter this editor draws with (reactive: read inside tldraw's `useValue` or an overlay util). */
export function readCursorFilter(editor: Editor): CursorFilter {
  const value = editor.getInstanceState().meta[CURSOR_FILTER_META_KEY]
  if (!value || typeof value !== 'object' || Array.isArray(value)) return SHOW_ALL
  const { hideCursors, presenterIds } = value as Record<string, unknown>
  return {
    hideCursors: hideCursors === true,
    presenterIds: Array.isArray(presenterIds) ? presenterIds.filter((id) => typeof id === 'string') : [],
  }
}

/** Sets the filter this editor draws with, when it changed (outside the undo history). */
export function writeCursorFilter(editor: Editor, filter: CursorFilter): void {
  const current = readCursorFilter(editor)
  if (current.hideCursors === filter.hideCursors && current.presenterIds.join() === filter.presenterIds.join()) return
  const meta: JsonObject = { ...editor.getInstanceState().meta, [CURSOR_FILTER_META_KEY]: { ...filter } }
  editor.updateInstanceState({ meta }, { history: 'ignore' })
}
