import { writeWorkshop } from '@cxmap/shared'
import { useWorkshopT } from '../i18n'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { usePrivateTotals } from './usePrivateTotals'

/** The facilitator's private brainstorm switch: start, see how many private cards there are, reveal them all. */
export function BrainstormControls() {
  const t = useWorkshopT()
  const { controlDoc } = useWorkshopBoard()
  const { brainstorm } = useWorkshop()
  const totals = usePrivateTotals()
  const start = () =>
    writeWorkshop(controlDoc, 'brainstorm', { id: crypto.randomUUID(), status: 'private', startedAt: Date.now() })
  const reveal = () => brainstorm && writeWorkshop(controlDoc, 'brainstorm', { ...brainstorm, status: 'revealed' })
  return (
    <section className="workshop-section" aria-labelledby="workshop-brainstorm-title" data-testid="brainstorm-controls">
      <h3 id="workshop-brainstorm-title" className="workshop-section__title">
        {t('brainstorm.title')}
      </h3>
      <p className="muted workshop-section__hint">{t('brainstorm.hint')}</p>
      {brainstorm?.status === 'private' ? (
        <>
          <p className="workshop-section__status" data-testid="brainstorm-progress">
            {t('brainstorm.progress', { count: totals.cards })} {t('brainstorm.people', { count: totals.people })}
          </p>
          <button
            type="button"
            className="button button--primary button--small"
            data-testid="brainstorm-reveal"
            onClick={reveal}
          >
            {t('brainstorm.reveal')}
          </button>
        </>
      ) : (
        <>
          {brainstorm?.status === 'revealed' && (
            <p className="muted workshop-section__status">{t('brainstorm.revealed')}</p>
          )}
          <button type="button" className="button button--small" data-testid="brainstorm-start" onClick={start}>
            {brainstorm ? t('brainstorm.restart') : t('brainstorm.start')}
          </button>
        </>
      )}
    </section>
  )
}
