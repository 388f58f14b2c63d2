import type { Initiative, Wave } from '@cxmap/shared'
import type { DragEvent } from 'react'
import { useRoadmapT } from '../i18n'
import { InitiativeCard, type CardDragProps } from './InitiativeCard'
import type { MoveDirection } from './useWaveMoves'

/** Drop handlers of a column (none for viewers). */
export interface ColumnDropProps {
  onDragOver?: (event: DragEvent<HTMLElement>) => void
  onDragLeave?: (event: DragEvent<HTMLElement>) => void
  onDrop?: (event: DragEvent<HTMLElement>) => void
}

/** One wave: its name and count, its initiatives in order, and (for editors) adding and dropping. */
export function WaveColumn({
  wave,
  initiatives,
  openId,
  draggedId,
  dropIndex,
  hintId,
  canEdit,
  cardDragProps,
  dropProps,
  onOpen,
  onMove,
  onAdd,
}: {
  wave: Wave
  initiatives: readonly Initiative[]
  openId: string | null
  draggedId: string | null
  /** The slot the dragged card would drop into, when over this column. */
  dropIndex: number | null
  hintId: string
  canEdit: boolean
  cardDragProps: (id: string) => CardDragProps
  dropProps: ColumnDropProps
  onOpen: (id: string) => void
  onMove: (initiative: Initiative, direction: MoveDirection) => void
  onAdd: (wave: Wave) => void
}) {
  const t = useRoadmapT()
  const headingId = `rm-wave-heading-${wave}`
  const dropSide = (index: number): 'before' | 'after' | null => {
    if (dropIndex === null) return null
    if (dropIndex === index) return 'before'
    return dropIndex === initiatives.length && index === initiatives.length - 1 ? 'after' : null
  }
  const className = ['rm-wave', `rm-wave--${wave}`, dropIndex !== null && 'rm-wave--drop-target']
    .filter(Boolean)
    .join(' ')

  return (
    <section
      className={className}
      aria-labelledby={headingId}
      data-testid="wave-column"
      data-wave={wave}
      {...dropProps}
    >
      <header className="rm-wave__header">
        <h3 className="rm-wave__title" id={headingId}>
          {t(`common.wave.${wave}`)}
        </h3>
        <span
          className="rm-wave__count"
          title={t('waves.count', { count: initiatives.length })}
          data-testid="wave-count"
        >
          <span aria-hidden="true">{initiatives.length}</span>
          <span className="rm-waves__sr">{t('waves.count', { count: initiatives.length })}</span>
        </span>
      </header>
      {initiatives.length === 0 ? (
        <p className={dropIndex !== null ? 'rm-wave__empty rm-wave__empty--drop' : 'rm-wave__empty'}>
          {t(canEdit ? 'waves.emptyWaveEditor' : 'waves.emptyWave')}
        </p>
      ) : (
        <ol className="rm-wave__list">
          {initiatives.map((initiative, index) => (
            <li key={initiative.id} className="rm-wave__item">
              <InitiativeCard
                initiative={initiative}
                isOpen={openId === initiative.id}
                isDragged={draggedId === initiative.id}
                dropSide={dropSide(index)}
                hintId={hintId}
                dragProps={cardDragProps(initiative.id)}
                onOpen={onOpen}
                onMove={canEdit ? onMove : undefined}
              />
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <button
          type="button"
          className="rm-wave__add"
          data-testid="wave-add"
          aria-label={t('waves.addTo', { wave: t(`common.waveShort.${wave}`) })}
          onClick={() => onAdd(wave)}
        >
          <span aria-hidden="true">+</span> {t('common.addInitiative')}
        </button>
      )}
    </section>
  )
}
