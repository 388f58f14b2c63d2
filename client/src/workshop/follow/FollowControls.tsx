import { writeWorkshop } from '@cxmap/shared'
import { useWorkshopT } from '../i18n'
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext'
import './follow.css'
import { useFollowView } from './useFollowView'

/** The cockpit's "bring everyone to me": start (or take over from another facilitator) and stop. */
export function FollowControls() {
  const t = useWorkshopT()
  const { controlDoc, selfId, selfName, canControl } = useWorkshopBoard()
  const { follow: request } = useWorkshop()
  const { followers, others } = useFollowView()
  if (!canControl) return null

  const isLeading = request?.userId === selfId
  const start = () => writeWorkshop(controlDoc, 'follow', { userId: selfId, name: selfName, startedAt: Date.now() })
  const stop = () => writeWorkshop(controlDoc, 'follow', null)

  return (
    <section className="follow-controls" aria-labelledby="follow-controls-title" data-testid="follow-controls">
      <h3 className="follow-controls__title" id="follow-controls-title">
        {t('follow.title')}
      </h3>
      <p className="follow-controls__hint muted">{t('follow.hint')}</p>
      {request && (
        <p className="follow-controls__status" role="status" data-testid="follow-status">
          <span className="follow-banner__dot" aria-hidden="true" />
          {isLeading ? t('follow.leading') : t('follow.othersLeading', { name: request.name || t('follow.someone') })}
          {isLeading && others > 0 && (
            <span className="muted"> · {t('follow.followers', { count: followers, total: others })}</span>
          )}
        </p>
      )}
      <div className="follow-controls__actions">
        {!isLeading && (
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="follow-start"
            disabled={!selfId}
            onClick={start}
          >
            <FollowIcon />
            {request ? t('follow.takeOver') : t('follow.start')}
          </button>
        )}
        {request && (
          <button type="button" className="button button--small" data-testid="follow-stop" onClick={stop}>
            {t('follow.stop')}
          </button>
        )}
      </div>
    </section>
  )
}

function FollowIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="12" cy="12" r="3" fill="currentColor" />
      <path d="M12 2v4M12 18v4M2 12h4M18 12h4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
