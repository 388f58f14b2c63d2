import { canEditBoard, type BoardResponse, type ClientConfig } from '@cxmap/shared'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { useTranslation } from 'react-i18next'
import { IdentityDialog } from '../../components/IdentityDialog'
import { LicenseNotice } from '../../license/LicenseNotice'
import { needsLicenseKey } from '../../license/licenseState'
import { InitiativeDrawer } from '../../roadmap/drawer/InitiativeDrawer'
import { WorkshopProvider } from '../../workshop/WorkshopContext'
import { WorkshopOverlay } from '../../workshop/WorkshopOverlay'
import { RoadmapProvider } from '../../roadmap/RoadmapContext'
import { RoadmapPage } from '../../roadmap/RoadmapPage'
import { StrategyPage } from '../../strategy/StrategyPage'
import { useRoadmapUiStore } from '../../roadmap/roadmapUiStore'
import { boardViewPath, navigate, type BoardView } from '../../routing/navigation'
import { selectPhase, useConnectionStore } from '../../state/connectionStore'
import { selectIdentity, useIdentityStore } from '../../state/identityStore'
import { selectOpenPanel, usePanelStore } from '../../state/panelStore'
import { BoardCanvas } from './BoardCanvas'
import { ConnectionErrorOverlay } from './ConnectionErrorOverlay'
import { ReloadBanner } from './ReloadBanner'
import '../../styles/board.css'
import { TopBar } from './TopBar'
import { useBoardSession } from './useBoardSession'
import { useCanvasKeyboard } from './useCanvasKeyboard'
import { useLiveTitle } from './useLiveTitle'

/**
 * An open board: the top bar over the canvas or the roadmap (one session for both; the canvas stays mounted under the
 * roadmap so that going back is instant), the initiative panel, and the dialogs on top.
 */
export function BoardWorkspace({
  token,
  board,
  config,
  view,
}: {
  token: string
  board: BoardResponse
  config: ClientConfig
  view: BoardView
}) {
  const { t } = useTranslation()
  const session = useBoardSession(board.id, token, board.role)
  const phase = useConnectionStore(selectPhase)
  const identity = useIdentityStore(selectIdentity)
  const openPanel = usePanelStore(selectOpenPanel)
  const isInitiativeOpen = useRoadmapUiStore((state) => state.openInitiativeId !== null)
  const closePanel = usePanelStore((state) => state.close)
  const [title, handleRenamed] = useLiveTitle(board.id, board.title, session)
  const [editor, setEditor] = useState<Editor | null>(null)
  const editorRef = useRef<Editor | null>(null)
  editorRef.current = editor
  const viewRef = useRef(view)
  viewRef.current = view

  const showCard = useCallback(
    (cardId: string) => {
      if (viewRef.current !== 'canvas') navigate(boardViewPath(board.id, 'canvas'))
      const current = editorRef.current
      const shape = current?.getShape(cardId as TLShapeId)
      if (!current || !shape) return
      current.select(shape.id)
      const bounds = current.getShapePageBounds(shape.id)
      if (!bounds) return
      // Readable but not huge: at least 100 %, at most 150 %, keeping the person's zoom in between; centred in the
      // part of the canvas the initiative panel leaves visible.
      const zoom = Math.min(Math.max(current.getZoomLevel(), 1), 1.5)
      const viewport = current.getViewportScreenBounds()
      const panelWidth = document.querySelector('[data-testid="initiative-drawer"]')?.getBoundingClientRect().width ?? 0
      const centre = { x: bounds.midX + panelWidth / 2 / zoom, y: bounds.midY }
      current.setCamera(
        { x: viewport.w / (2 * zoom) - centre.x, y: viewport.h / (2 * zoom) - centre.y, z: zoom },
        { animation: { duration: 320 } },
      )
    },
    [board.id],
  )

  useRoadmapDeepLink()
  useCanvasKeyboard(editor, view)
  // Another board opens on its own tabs and with no initiative open.
  useEffect(() => () => useRoadmapUiStore.getState().reset(), [])

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

  const page = (
    <div className="board">
      <TopBar
        board={board}
        token={token}
        title={title}
        onTitleChange={handleRenamed}
        awareness={session?.provider.awareness ?? null}
        editor={editor}
        doc={session?.doc ?? null}
        view={view}
      />
      {session && phase === 'ready' && <WorkshopOverlay />}
      <main className="board__canvas" data-initiative-open={isInitiativeOpen || undefined}>
        {phase === 'newer-doc' ? (
          <ReloadBanner />
        ) : session && phase === 'ready' ? (
          <RoadmapProvider
            doc={session.doc}
            canEdit={canEditBoard(board.role)}
            userName={identity?.name ?? ''}
            showCard={showCard}
            boardLocale={board.locale}
          >
            {needsLicenseKey(config.tldrawLicenseKey) ? (
              <LicenseNotice boardId={board.id} />
            ) : (
              <BoardCanvas
                session={session}
                licenseKey={config.tldrawLicenseKey}
                boardLocale={board.locale}
                onEditorChange={setEditor}
              />
            )}
            {view === 'roadmap' && <RoadmapPage boardId={board.id} token={token} title={title} />}
            {view === 'strategy' && <StrategyPage boardId={board.id} token={token} title={title} />}
            <InitiativeDrawer />
          </RoadmapProvider>
        ) : (
          loading
        )}
      </main>
      {session && <ConnectionErrorOverlay boardId={board.id} token={token} onRetry={session.connection.retry} />}
      {/* The first visit's dialog is the board page's (pages/BoardPage.tsx): it opens before this workspace loads. */}
      {identity && openPanel === 'profile' && <IdentityDialog onClose={closePanel} />}
    </div>
  )
  if (!session) return page
  return (
    <WorkshopProvider
      value={{
        boardId: board.id,
        role: board.role,
        canControl: board.role === 'facilitator',
        controlDoc: session.control.doc,
        controlProvider: session.control.provider,
        awareness: session.provider.awareness,
        selfId: identity?.id ?? '',
        selfName: identity?.name ?? '',
        editor,
      }}
    >
      {page}
    </WorkshopProvider>
  )
}

/** `?initiative=<id>` opens that initiative's panel (a link someone shared); the parameter is then dropped. */
function useRoadmapDeepLink(): void {
  useEffect(() => {
    const url = new URL(window.location.href)
    const id = url.searchParams.get('initiative')
    if (!id) return
    useRoadmapUiStore.getState().openInitiative(id)
    url.searchParams.delete('initiative')
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`)
  }, [])
}
