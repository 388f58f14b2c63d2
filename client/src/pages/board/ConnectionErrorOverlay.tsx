import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from '../../components/Link'
import { forgetBoardToken } from '../../state/boardToken'
import { selectCloseReason, useConnectionStore, type CloseReason } from '../../state/connectionStore'

/** Close reasons after which trying again can help; the others need another link or a reload. */
const RETRYABLE: ReadonlySet<CloseReason> = new Set(['tooMany', 'unknown'])
const NEEDS_RELOAD: ReadonlySet<CloseReason> = new Set(['badMessage', 'tooLarge', 'invalidUpdate'])
/** Close reasons with a title of their own. */
function hasOwnTitle(reason: CloseReason): reason is 'linkRevoked' | 'boardFull' | 'invalidUpdate' {
  return reason === 'linkRevoked' || reason === 'boardFull' || reason === 'invalidUpdate'
}

/** Explains why the server closed the board's connection for good (a 4400–4499 close code). */
export function ConnectionErrorOverlay({
  boardId,
  token,
  onRetry,
}: {
  boardId: string
  token: string
  onRetry: () => void
}) {
  const { t } = useTranslation()
  const reason = useConnectionStore(selectCloseReason)
  useEffect(() => {
    // The revoked link would only fail again (a stronger link kept for the board stays). Pasting the new link into
    // the address bar reopens the board with it (BoardPage watches the address).
    if (reason === 'linkRevoked') forgetBoardToken(boardId, token)
  }, [reason, boardId, token])
  if (reason === null) return null
  return (
    <div className="modal-backdrop">
      <section className="modal" role="alertdialog" aria-modal="true" data-testid="board-error" data-reason={reason}>
        <h2>{hasOwnTitle(reason) ? t(`board.closeTitles.${reason}`) : t('board.errorTitle')}</h2>
        <p>{t(`board.closeReasons.${reason}`)}</p>
        <div className="modal__actions">
          <Link className="button" href="/">
            {t('common.backHome')}
          </Link>
          {RETRYABLE.has(reason) && (
            <button type="button" className="button button--primary" onClick={onRetry}>
              {t('common.tryAgain')}
            </button>
          )}
          {NEEDS_RELOAD.has(reason) && (
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {t('common.reload')}
            </button>
          )}
        </div>
      </section>
    </div>
  )
}
