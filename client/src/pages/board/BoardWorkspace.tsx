import type { BoardResponse, ClientConfig } from '@cxmap/shared'
import { useEffect, useState } from 'react'
import type { Editor } from 'tldraw'
import { useTranslation } from 'react-i18next'
import { IdentityDialog } from '../../components/IdentityDialog'
import { selectPhase, useConnectionStore } from '../../state/connectionStore'
import { selectIdentity, useIdentityStore } from '../../state/identityStore'
import { selectOpenPanel, usePanelStore } from '../../state/panelStore'
import { BoardCanvas } from './BoardCanvas'
import { ConnectionErrorOverlay } from './ConnectionErrorOverlay'
import { ReloadBanner } from './ReloadBanner'
import '../../styles/board.css'
import { TopBar } from './TopBar'
import { useBoardSession } from './useBoardSession'
import { useLiveTitle } from './useLiveTitle'

/** An open board: the top bar over the canvas, the session behind it, and the dialogs on top. */
export function BoardWorkspace({
  token,
  board,
  config,
}: {
  token: string
  board: BoardResponse
  config: ClientConfig
}) {
  const { t } = useTranslation()
  const session = useBoardSession(board.id, token, board.role)
  const phase = useConnectionStore(selectPhase)
  const identity = useIdentityStore(selectIdentity)
  const openPanel = usePanelStore(selectOpenPanel)
  const closePanel = usePanelStore((state) => state.close)
  const [title, handleRenamed] = useLiveTitle(board.id, board.title, session)
  const [editor, setEditor] = useState<Editor | null>(null)

  useEffect(() => {
    const previous = document.title
    document.title = `${title} · ${t('common.appName')}`
    return () => {
      document.title = previous
    }
  }, [title, t])

  const loading = (
    <div className="board__placeholder" role="status">
      {t('board.loading')}
    </div>
  )

  return (
    <div className="board">
      <TopBar
        board={board}
        token={token}
        title={title}
        onTitleChange={handleRenamed}
        awareness={session?.provider.awareness ?? null}
        editor={editor}
        doc={session?.doc ?? null}
      />
      <main className="board__canvas">
        {phase === 'newer-doc' ? (
          <ReloadBanner />
        ) : session && phase === 'ready' ? (
          <BoardCanvas
            session={session}
            licenseKey={config.tldrawLicenseKey}
            boardLocale={board.locale}
            onEditorChange={setEditor}
          />
        ) : (
          loading
        )}
      </main>
      {session && <ConnectionErrorOverlay onRetry={session.connection.retry} />}
      {!identity ? <IdentityDialog /> : openPanel === 'profile' && <IdentityDialog onClose={closePanel} />}
    </div>
  )
}
