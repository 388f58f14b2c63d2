import type { Initiative } from '@cxmap/shared'
import type { DragEvent, KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useRoadmapT } from '../i18n'
import { NecessityBadge, OwnerChip } from '../parts/InitiativeBits'
import { horizonLabel, initiativeTitle } from '../parts/format'
import { useRoadmapUiStore } from '../roadmapUiStore'

/** The drag data type of an initiative dragged on the timeline. */
export const INITIATIVE_DRAG_TYPE = 'application/x-cxmap-initiative'

/** One initiative on the timeline: a card in its wave's colour; click opens it, editors drag it to another quarter. */
export function TimelineBar({
  initiative,
  canDrag,
  isDragged,
  onDragStart,
  onDragEnd,
  onActive,
}: {
  initiative: Initiative
  canDrag: boolean
  isDragged: boolean
  onDragStart: (id: string) => void
  onDragEnd: () => void
  onActive: (id: string | null) => void
}) {
  const t = useRoadmapT()
  const locale = useTranslation().i18n.language
  const openInitiative = useRoadmapUiStore((state) => state.openInitiative)
  const isOpen = useRoadmapUiStore((state) => state.openInitiativeId === initiative.id)
  const title = initiativeTitle(t, initiative)

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    openInitiative(initiative.id)
  }
  const handleDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(INITIATIVE_DRAG_TYPE, initiative.id)
    event.dataTransfer.effectAllowed = 'move'
    onDragStart(initiative.id)
  }

  const className = [
    'rm-tl__bar',
    `rm-tl__bar--wave-${initiative.wave}`,
    initiative.status === 'done' && 'rm-tl__bar--done',
    isOpen && 'rm-tl__bar--open',
    isDragged && 'rm-tl__bar--dragged',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <div
      className={className}
      role="button"
      tabIndex={0}
      aria-label={t('timeline.openInitiative', { title })}
      data-testid="timeline-item"
      data-initiative-id={initiative.id}
      draggable={canDrag}
      onClick={() => openInitiative(initiative.id)}
      onKeyDown={handleKeyDown}
      onDragStart={canDrag ? handleDragStart : undefined}
      onDragEnd={canDrag ? onDragEnd : undefined}
      onMouseEnter={() => onActive(initiative.id)}
      onMouseLeave={() => onActive(null)}
      onFocus={() => onActive(initiative.id)}
      onBlur={() => onActive(null)}
    >
      <span className={initiative.title.trim() ? 'rm-tl__title' : 'rm-tl__title rm-tl__title--untitled'}>{title}</span>
      <span className="rm-tl__meta">
        <NecessityBadge necessity={initiative.necessity} />
        <OwnerChip departmentId={initiative.ownerDepartmentId} />
      </span>
      {initiative.horizon?.kind === 'date' && (
        <span className="rm-tl__due">{t('timeline.due', { date: horizonLabel(t, initiative.horizon, locale) })}</span>
      )}
    </div>
  )
}
