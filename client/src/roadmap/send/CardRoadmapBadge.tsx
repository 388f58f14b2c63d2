import { useState, useSyncExternalStore, type PointerEvent } from 'react'
import { useRoadmapT } from '../i18n'
import { initiativeTitle } from '../parts/format'
import { useOptionalRoadmapBoard, type RoadmapBoard } from '../RoadmapContext'
import { useRoadmapUiStore } from '../roadmapUiStore'
import { RoadmapIcon } from './RoadmapCanvasControls'

const NO_LINKS: readonly string[] = []
const stopPointer = (event: PointerEvent) => event.stopPropagation()

/**
 * On a card that is a source of roadmap initiatives: a badge with the wave (or the count); a click opens the
 * initiative, or lists them when there are several. Nothing outside a board (an SVG export) or for unlinked cards.
 * `isCompact` (a zoomed-out card) shows the icon alone, its wave in the tooltip.
 */
export function CardRoadmapBadge({ cardId, isCompact = false }: { cardId: string; isCompact?: boolean }) {
  const board = useOptionalRoadmapBoard()
  return board ? <LinkedBadge board={board} cardId={cardId} isCompact={isCompact} /> : null
}

/** Whether a card shows a roadmap badge (it is the source of at least one initiative). */
export function useHasRoadmapBadge(cardId: string): boolean {
  const live = useOptionalRoadmapBoard()?.live
  const subscribe = live ? live.subscribeRoadmap : subscribeNever
  return useSyncExternalStore(subscribe, () => {
    const ids = live?.getRoadmap().linksByCard.get(cardId) ?? NO_LINKS
    const byId = live?.getRoadmap().byId
    return ids.some((id) => byId?.has(id))
  })
}

const subscribeNever = () => () => {}

function LinkedBadge({ board, cardId, isCompact }: { board: RoadmapBoard; cardId: string; isCompact: boolean }) {
  const t = useRoadmapT()
  const { live } = board
  const ids = useSyncExternalStore(live.subscribeRoadmap, () => live.getRoadmap().linksByCard.get(cardId) ?? NO_LINKS)
  const byId = useSyncExternalStore(live.subscribeRoadmap, () => live.getRoadmap().byId)
  const [isMenuOpen, setMenuOpen] = useState(false)
  const initiatives = ids.flatMap((id) => byId.get(id) ?? [])
  if (initiatives.length === 0) return null
  const open = (id: string) => {
    setMenuOpen(false)
    useRoadmapUiStore.getState().openInitiative(id)
  }
  const [first] = initiatives
  const label =
    initiatives.length === 1
      ? t('send.badge', { count: 1, titles: initiativeTitle(t, first!) })
      : t('send.badge', { count: initiatives.length })
  return (
    <span className="cx-roadmap-badge-anchor">
      <button
        type="button"
        className={`cx-roadmap-badge cx-roadmap-badge--wave-${first!.wave}`}
        title={label}
        aria-label={label}
        aria-expanded={initiatives.length > 1 ? isMenuOpen : undefined}
        data-testid="card-roadmap-badge"
        data-count={initiatives.length}
        onPointerDown={stopPointer}
        onClick={() => (initiatives.length === 1 ? open(first!.id) : setMenuOpen((value) => !value))}
      >
        <RoadmapIcon size={12} />
        {!isCompact &&
          (initiatives.length === 1
            ? t('send.badgeWave', { wave: first!.wave })
            : t('send.badgeCount', { count: initiatives.length }))}
      </button>
      {isMenuOpen && (
        <span className="cx-roadmap-badge__menu" role="menu" aria-label={t('send.badgeMenu')}>
          {initiatives.map((initiative) => (
            <button
              key={initiative.id}
              type="button"
              role="menuitem"
              className="cx-roadmap-badge__item"
              onPointerDown={stopPointer}
              onClick={() => open(initiative.id)}
            >
              <span className={`rm-pill rm-pill--wave-${initiative.wave}`}>{initiative.wave}</span>
              {initiativeTitle(t, initiative)}
            </button>
          ))}
        </span>
      )}
    </span>
  )
}
