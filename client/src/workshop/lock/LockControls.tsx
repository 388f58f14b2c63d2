import { writeWorkshop } from '@cxmap/shared'
import { useWorkshopT } from '../i18n'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { LockIcon } from './LockIcon'
import './lock.css'

/** The cockpit's "Lock the frame": a switch that locks the grids' structure and position for participants. */
export function LockControls() {
  const t = useWorkshopT()
  const { controlDoc, canControl } = useWorkshopBoard()
  const isLocked = useWorkshop().lock.grids
  if (!canControl) return null

  const toggle = () => writeWorkshop(controlDoc, 'lock', { grids: !isLocked })

  return (
    <section
      className="workshop-section lock-controls"
      aria-labelledby="lock-controls-title"
      data-testid="lock-controls"
    >
      <div className="lock-controls__row">
        <h3 className="workshop-section__title" id="lock-controls-title">
          <LockIcon isOpen={!isLocked} />
          {t('lock.title')}
        </h3>
        <button
          type="button"
          role="switch"
          className="lock-switch"
          aria-checked={isLocked}
          aria-label={t('lock.switchLabel')}
          aria-describedby="lock-controls-hint"
          data-testid="lock-switch"
          onClick={toggle}
        >
          <span className="lock-switch__track" aria-hidden="true">
            <span className="lock-switch__thumb" />
          </span>
          <span className="lock-switch__state">{isLocked ? t('lock.on') : t('lock.off')}</span>
        </button>
      </div>
      <p className="workshop-section__hint muted" id="lock-controls-hint">
        {t('lock.hint')}
      </p>
    </section>
  )
}
