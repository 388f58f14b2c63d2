import { parseBoardLink } from '@cxmap/shared'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from '../../components/Link'
import { useBoardsStore } from '../../state/boardsStore'
import { selectCloseReason, useConnectionStore, type CloseReason } from '../../state/connectionStore'

/** Close reasons after which trying again can help; the others need another link or a reload. */
const RETRYABLE: ReadonlySet<CloseReason> = new Set(['tooMany', 'unknown'])
const NEEDS_RELOAD: ReadonlySet<CloseReason> = new Set(['badMessage', 'tooLarge'])

/** Explains why the server closed the board's connection for good (a 4400–4499 close code). */
export function ConnectionErrorOverlay({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation()
  const reason = useConnectionStore(selectCloseReason)
  useRevokedLinkHandling(reason)
  if (reason === null) return null
  return (
    <div className="modal-backdrop">
      <section className="modal" role="alertdialog" aria-modal="true" data-testid="board-error" data-reason={reason}>
        <h2>{reason === 'linkRevoked' ? t('board.closeTitles.linkRevoked') : t('board.errorTitle')}</h2>
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

/**
 * After a revocation: the revoked link is dropped from "your boards" (it would only fail there; a stronger link kept
 * for the board stays), and pasting the new link into this tab's address bar, which changes only the fragment and so
 * does not load the page, reopens the board with it.
 */
function useRevokedLinkHandling(reason: CloseReason | null): void {
  useEffect(() => {
    if (reason !== 'linkRevoked') return
    const link = parseBoardLink(window.location.href)
    if (link?.token) useBoardsStore.getState().forgetToken(link.boardId, link.token)
    const handleHashChange = () => window.location.reload()
    window.addEventListener('hashchange', handleHashChange)
    return () => window.removeEventListener('hashchange', handleHashChange)
  }, [reason])
}
