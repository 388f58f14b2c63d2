import { createInitiative, type Wave } from '@cxmap/shared'
import type * as Y from 'yjs'
import { useRoadmapUiStore } from './roadmapUiStore'

/** Adds an empty initiative to a wave (after its last one) and opens it in the side panel; returns its id. */
export function addBlankInitiative(doc: Y.Doc, wave: Wave, createdBy: string): string {
  const initiative = createInitiative(doc, { wave, createdBy, createdAt: Date.now() })
  useRoadmapUiStore.getState().openInitiative(initiative.id)
  return initiative.id
}
