import { useTranslation } from 'react-i18next'
import { selectStatus, useConnectionStore } from '../../state/connectionStore'

/** Connected / reconnecting / offline, with what it means for the user's edits on hover. */
export function ConnectionBadge() {
  const { t } = useTranslation()
  const status = useConnectionStore(selectStatus)
  return (
    <span
      className={`connection connection--${status}`}
      data-testid="connection-status"
      data-status={status}
      role="status"
      title={t(`board.statusHint.${status}`)}
      aria-label={`${t('board.statusLabel')}: ${t(`board.status.${status}`)}`}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{t(`board.status.${status}`)}</span>
    </span>
  )
}
