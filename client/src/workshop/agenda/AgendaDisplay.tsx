import { advanceAgenda, findNextAgendaItem, readCurrentAgendaStep, readWorkshop, writeWorkshop } from '@cxmap/shared'
import { useWorkshopT } from '../i18n'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import { ArrowIcon } from './AgendaEditor'
import './agenda.css'

/** The current agenda step everyone sees over the board; the facilitator can go on to the next step from it. */
export function AgendaDisplay() {
  const t = useWorkshopT()
  const { canControl, controlDoc } = useWorkshopBoard()
  const { agenda } = useWorkshop()
  const step = readCurrentAgendaStep(agenda)
  if (!step) return null
  const next = findNextAgendaItem(agenda)
  const title = step.item.title || t('agenda.untitled')
  return (
    <div className="workshop-chip agenda-display" data-testid="agenda-display" data-step={step.number}>
      {/* A polite live region: a step change is read out once, without interrupting. */}
      <span className="agenda-display__text" role="status" aria-label={t('agenda.displayLabel')}>
        <span className="agenda-display__position">
          {t('agenda.stepOf', { number: step.number, total: step.total })}
        </span>
        <span className="agenda-display__dot" aria-hidden="true">
          ·
        </span>
        <span className="agenda-display__title" data-testid="agenda-display-title">
          {title}
        </span>
        {step.item.minutes !== null && (
          <span className="agenda-display__minutes">{t('agenda.minutes', { minutes: step.item.minutes })}</span>
        )}
      </span>
      {canControl && next && (
        <button
          type="button"
          className="agenda-display__next"
          aria-label={t('agenda.nextTitle', { title: next.title || t('agenda.untitled') })}
          title={t('agenda.nextTitle', { title: next.title || t('agenda.untitled') })}
          data-testid="agenda-display-next"
          onClick={() => {
            // Read at the click, not the render: two quick clicks move two steps.
            writeWorkshop(controlDoc, 'agenda', advanceAgenda(readWorkshop(controlDoc).agenda))
          }}
        >
          <ArrowIcon />
        </button>
      )}
    </div>
  )
}
