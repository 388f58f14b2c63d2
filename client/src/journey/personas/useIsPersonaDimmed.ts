import { useBoardPersonas } from './PersonasContext'
import { isPersonaDimmed, usePersonaViewStore } from './personaViewStore'

/** Whether a card of `personaId` fades under this browser's persona highlight (see {@link isPersonaDimmed}). */
export function useIsPersonaDimmed(personaId: string): boolean {
  const board = useBoardPersonas()
  const isKnown = !personaId || (board?.byId.has(personaId) ?? false)
  return usePersonaViewStore((state) => isKnown && isPersonaDimmed(state.selectedIds, personaId))
}
