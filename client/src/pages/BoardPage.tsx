import { lazy, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiRequestError } from '../api/client'
import { describeApiError } from '../api/errorMessage'
import { ErrorPage } from '../components/ErrorPage'
import { IdentityDialog } from '../components/IdentityDialog'
import type { BoardView } from '../routing/navigation'
import { takeBoardToken, watchPastedToken } from '../state/boardToken'
import { selectIdentity, useIdentityStore } from '../state/identityStore'
import { useLocaleStore } from '../state/localeStore'
import { useBoardAccess } from './board/useBoardAccess'

// The workspace carries tldraw, most of the bundle. Its download and start begin with this page, beside the board's
// metadata; a first-time visitor meanwhile answers the identity dialog, which needs neither.
const workspaceModule = import('./board/BoardWorkspace')
const BoardWorkspace = lazy(() => workspaceModule.then((module) => ({ default: module.BoardWorkspace })))

/** `/b/:id` and `/b/:id/roadmap`: the board's canvas or roadmap, or why it cannot be opened. */
export default function BoardPage({ boardId, view }: { boardId: string; view: BoardView }) {
  const { t } = useTranslation()
  const [token] = useState(() => takeBoardToken(boardId))
  // Another link of this board pasted into the address bar: reopen with it (every socket and call starts over).
  useEffect(() => watchPastedToken(boardId, () => window.location.reload()), [boardId])
  if (!token) return <ErrorPage title={t('board.noTokenTitle')} message={t('board.noTokenBody')} />
  return <BoardLoader boardId={boardId} token={token} view={view} />
}

function BoardLoader({ boardId, token, view }: { boardId: string; token: string; view: BoardView }) {
  const { t } = useTranslation()
  const access = useBoardAccess(boardId, token)
  const identity = useIdentityStore(selectIdentity)
  const boardLocale = access.state === 'ready' ? access.board.locale : null
  // A Russian board opens in Russian, its identity dialog too, for everyone who has not picked a language themselves.
  useEffect(() => {
    if (boardLocale) useLocaleStore.getState().followBoardLocale(boardLocale)
  }, [boardLocale])
  const loadingScreen = (
    <div className="loading-screen" role="status">
      {t('board.loading')}
    </div>
  )
  if (access.state === 'loading') return loadingScreen
  if (access.state === 'error') {
    return (
      <ErrorPage title={t('board.errorTitle')} message={describeApiError(t, access.error)}>
        {isTransient(access.error) && (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('common.tryAgain')}
          </button>
        )}
      </ErrorPage>
    )
  }
  return (
    <>
      <Suspense fallback={loadingScreen}>
        <BoardWorkspace token={token} board={access.board} config={access.config} view={view} />
      </Suspense>
      {!identity && <IdentityDialog />}
    </>
  )
}

/** Errors that may pass by themselves (the server restarting, a network blip), unlike a wrong link. */
function isTransient(error: unknown): boolean {
  return (
    !(error instanceof ApiRequestError) ||
    !['unauthorized', 'forbidden', 'not_found', 'bad_request'].includes(error.code)
  )
}
