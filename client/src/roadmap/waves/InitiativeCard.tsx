import type { Initiative } from '@cxmap/shared'
import type { DragEvent, KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useRoadmapT } from '../i18n'
import { MetricChips, NecessityBadge, OwnerChip, StatusBadge } from '../parts/InitiativeBits'
import { SourceLinks } from '../parts/SourceLinks'
import { horizonLabel, initiativeTitle } from '../parts/format'
import { useRoadmap } from '../RoadmapContext'
import type { MoveDirection } from './useWaveMoves'

const MOVE_KEYS: Record<string, MoveDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

/** Drag handlers of a card (none for viewers). */
export interface CardDragProps {
  draggable?: boolean
  onDragStart?: (event: DragEvent<HTMLElement>) => void
  onDragEnd?: () => void
}

/** One initiative on the waves board: what it is, who owns it, what it moves and which cards of the map it answers. */
export function InitiativeCard({
  initiative,
  isOpen,
  isDragged,
  dropSide,
  hintId,
  dragProps,
  onOpen,
  onMove,
}: {
  initiative: Initiative
  isOpen: boolean
  isDragged: boolean
  /** Where the drop indicator shows against this card while another is dragged over. */
  dropSide: 'before' | 'after' | null
  hintId: string
  dragProps: CardDragProps
  onOpen: (id: string) => void
  /** Moves the card by keyboard (Alt + arrows); absent for viewers. */
  onMove?: (initiative: Initiative, direction: MoveDirection) => void
}) {
  const t = useRoadmapT()
  const { i18n } = useTranslation()
  const { byId } = useRoadmap()
  const title = initiativeTitle(t, initiative)
  const titleId = `rm-wave-card-${initiative.id}`
  const dependsOn = initiative.dependsOn.flatMap((id) => {
    const other = byId.get(id)
    return other ? [initiativeTitle(t, other)] : []
  })

  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onOpen(initiative.id)
      return
    }
    const direction = MOVE_KEYS[event.key]
    if (event.altKey && direction && onMove) {
      event.preventDefault()
      onMove(initiative, direction)
    }
  }

  const className = [
    'rm-wave-card',
    isOpen && 'rm-wave-card--open',
    isDragged && 'rm-wave-card--dragged',
    dropSide && `rm-wave-card--drop-${dropSide}`,
    dragProps.draggable && 'rm-wave-card--draggable',
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <article
      className={className}
      tabIndex={0}
      aria-labelledby={titleId}
      aria-describedby={hintId}
      aria-current={isOpen ? 'true' : undefined}
      data-testid="initiative-card"
      data-initiative-id={initiative.id}
      onClick={() => onOpen(initiative.id)}
      onKeyDown={handleKeyDown}
      {...dragProps}
    >
      <div className="rm-wave-card__top">
        <NecessityBadge necessity={initiative.necessity} />
        <StatusBadge status={initiative.status} />
        {initiative.horizon && (
          <span className="rm-wave-card__horizon" title={t('common.horizonLabel')}>
            {horizonLabel(t, initiative.horizon, i18n.language)}
          </span>
        )}
      </div>
      <h4 className={initiative.title.trim() ? 'rm-wave-card__title' : 'rm-wave-card__title muted'} id={titleId}>
        {title}
      </h4>
      <div className="rm-wave-card__meta">
        <OwnerChip departmentId={initiative.ownerDepartmentId} />
        <MetricChips metrics={initiative.metrics} />
      </div>
      {dependsOn.length > 0 && (
        <p className="rm-wave-card__depends" data-testid="card-depends-on">
          {t('waves.dependsOn', { titles: dependsOn.join(', ') })}
        </p>
      )}
      <SourceLinks initiativeId={initiative.id} compact />
    </article>
  )
}
