import type { StrategyPartId } from '@cxmap/shared'
import { usePersonaViewStore } from '../journey/personas/personaViewStore'
import { useStakeholdersStore } from '../journey/stakeholders/stakeholdersStore'
import { boardViewPath, navigate } from '../routing/navigation'

/** Where a part's missing content is added (`StrategyReport`'s `missing[].where`). */
export type MissingWhere = 'board' | 'roadmap' | 'strategy' | 'personas' | 'stakeholders'

/** The id of a part's section on the strategy page (a scroll target, never put in the address: see navigation.ts). */
export function partAnchor(partId: StrategyPartId): string {
  return `strategy-part-${partId}`
}

/** Scrolls the strategy page to a part and focuses its text when it has one. */
export function scrollToPart(partId: StrategyPartId): void {
  const section = document.getElementById(partAnchor(partId))
  section?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  section?.querySelector<HTMLTextAreaElement>('textarea:not([readonly])')?.focus({ preventScroll: true })
}

/** The view a place is in: the personas and the stakeholder matrix are panels over the map. */
export function viewOf(where: MissingWhere): 'canvas' | 'roadmap' | 'strategy' {
  return where === 'roadmap' ? 'roadmap' : where === 'strategy' ? 'strategy' : 'canvas'
}

/** Goes where the missing content is added: the map (with the personas or stakeholder panel open), the roadmap, or a part of this page. */
export function goToWhere(boardId: string, where: MissingWhere, partId: StrategyPartId): void {
  if (where === 'strategy') {
    scrollToPart(partId)
    return
  }
  navigate(boardViewPath(boardId, viewOf(where)))
  if (where === 'personas') usePersonaViewStore.setState({ isPanelOpen: true })
  if (where === 'stakeholders') useStakeholdersStore.setState({ isOpen: true })
}
