import type { TLShapeId } from 'tldraw'
import { GridPopover } from './GridPopover.tsx'
import { useGridT } from './strings.ts'

/** Asks before deleting a stage or lane whose cells hold cards: they are deleted with it. */
export function DeleteSpanConfirm({
  gridId,
  x,
  y,
  kind,
  title,
  cardCount,
  onConfirm,
  onClose,
}: {
  gridId: TLShapeId
  x: number
  y: number
  kind: 'stage' | 'lane'
  title: string
  cardCount: number
  onConfirm: () => void
  onClose: () => void
}) {
  const t = useGridT()
  const question = t(kind === 'stage' ? 'confirmDeleteStage' : 'confirmDeleteLane', { title })
  return (
    <GridPopover gridId={gridId} x={x} y={y} label={question} onClose={onClose}>
      <h3>{question}</h3>
      <p>{t('confirmDeleteCards', { count: cardCount })}</p>
      <div className="cx-grid__popover-actions">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="button" className="cx-grid__danger" onClick={onConfirm}>
          {t('delete')}
        </button>
      </div>
    </GridPopover>
  )
}
