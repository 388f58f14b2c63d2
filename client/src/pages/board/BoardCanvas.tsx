import { canEditBoard, MAX_INLINE_ASSET_BYTES, type Locale } from '@cxmap/shared'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback, useEffect, useMemo } from 'react'
import { Tldraw, useTldrawCurrentUser, type Editor, type TLComponents, type TLUserPreferences } from 'tldraw'
import 'tldraw/tldraw.css'
import { localizeDefaultPageNames } from '../../i18n/localizePageName'
import { TldrawLocaleFixes } from '../../i18n/TldrawLocaleFixes'
import { DepartmentsProvider } from '../../journey/departments/DepartmentsContext'
import { useDepartmentViewStore } from '../../journey/departments/departmentViewStore'
import { useCardVisibility } from '../../journey/departments/useCardVisibility'
import { PersonasProvider } from '../../journey/personas/PersonasContext'
import { usePersonaViewStore } from '../../journey/personas/personaViewStore'
import { EmotionCurveOverlay } from '../../journey/grid/EmotionCurveOverlay'
import { JOURNEY_GRID_EDITOR_OPTIONS, registerJourneyGrid } from '../../journey/grid/registerJourneyGrid'
import { JourneyOverlay } from '../../journey/JourneyOverlay'
import { journeyUiOverrides } from '../../journey/journeyUiOverrides'
import { reactionsUiOverrides } from '../../workshop/reactions/reactionsUi'
import { journeyShapeUtils } from '../../journey/shapeUtils'
import { RoadmapCanvasControls } from '../../roadmap/send/RoadmapCanvasControls'
import { RoadmapContextMenu } from '../../roadmap/send/RoadmapContextMenu'
import { selectIdentity, useIdentityStore } from '../../state/identityStore'
import { PresentingCursor, presentingOverlayUtils } from '../../workshop/follow/PresentingCursors'
import { ReactionsControl } from '../../workshop/reactions/ReactionsControl'
import { isLocale, selectLocale, useLocaleStore } from '../../state/localeStore'
import { selectCanvasPreferences, usePreferencesStore } from '../../state/preferencesStore'
import type { BoardSession } from '../../sync/session'
import { setTestHookEditor } from '../../sync/testHooks'
import { toUserPreferences } from '../../sync/tldrawUser'
import { ContextualStylePanel, ShortcutsDialog } from './CanvasUi'
import { showFirstView } from './firstView'
import { CardSlotsProvider } from '../../journey/cards/cardSlots'
import { boardCardSlots } from './boardCardSlots'

// Fonts, icons and translations come from this app's own origin, never from a CDN.
const assetUrls = getAssetUrlsByImport()

// Our top bar shows the participants and sharing; tldraw's own people menu would duplicate it. The grids' emotion
// curves are drawn above the cards. The context menu can send cards to the roadmap. Collaborators' cursors, hints,
// brushes and lasers follow the facilitator's "hide cursors". A board has one page: no page menu. The style panel
// shows only for what it styles; the shortcuts dialog lists our own shortcuts too.
// Our actions and their shortcuts (listed in tldraw's keyboard-shortcuts dialog): the journey's and the reactions'.
const canvasUiOverrides = [journeyUiOverrides, reactionsUiOverrides]

const components: TLComponents = {
  SharePanel: null,
  PageMenu: null,
  StylePanel: ContextualStylePanel,
  KeyboardShortcutsDialog: ShortcutsDialog,
  CollaboratorCursor: PresentingCursor,
  OnTheCanvas: EmotionCurveOverlay,
  ContextMenu: RoadmapContextMenu,
  // The slot right of the toolbar (tldraw 5 leaves it empty): emoji reactions.
  HelpMenu: ReactionsControl,
}

/**
 * tldraw's canvas on the session's store, in the UI language, as the local identity, read-only for viewers, with the
 * journey's shapes, card palette and departments (named in the board's language when it has none yet).
 */
export function BoardCanvas({
  session,
  licenseKey,
  boardLocale,
  onEditorChange,
}: {
  session: BoardSession
  licenseKey: string | null
  boardLocale: Locale
  /** Told the editor once tldraw mounts, and `null` when it unmounts (the top bar's board actions need it). */
  onEditorChange?: (editor: Editor | null) => void
}) {
  const identity = useIdentityStore(selectIdentity)
  const locale = useLocaleStore(selectLocale)
  const canvasPreferences = usePreferencesStore(selectCanvasPreferences)
  const userPreferences = useMemo(
    () => toUserPreferences(identity, locale, canvasPreferences),
    [identity, locale, canvasPreferences],
  )
  const user = useTldrawCurrentUser({ userPreferences, setUserPreferences: handleUserPreferences })
  const isReadonly = !canEditBoard(session.role)
  const getShapeVisibility = useCardVisibility()
  // The departments highlight/filter is a view of one board: another board opens unfiltered.
  useEffect(() => () => useDepartmentViewStore.getState().reset(), [session])
  useEffect(() => () => usePersonaViewStore.getState().reset(), [session])

  const handleMount = useCallback(
    (editor: Editor) => {
      if (isReadonly) editor.updateInstanceState({ isReadonly: true })
      else localizeDefaultPageNames(editor, boardLocale)
      setTestHookEditor(editor)
      onEditorChange?.(editor)
      const stopJourneyGrid = registerJourneyGrid(editor)
      const stopFirstView = showFirstView(editor)
      return () => {
        stopFirstView()
        stopJourneyGrid()
        onEditorChange?.(null)
        setTestHookEditor(null)
      }
    },
    [isReadonly, boardLocale, onEditorChange],
  )

  return (
    <DepartmentsProvider doc={session.doc} locale={boardLocale} canEdit={!isReadonly}>
      <PersonasProvider doc={session.doc} canEdit={!isReadonly}>
        <CardSlotsProvider slots={boardCardSlots}>
          <Tldraw
            store={session.store}
            shapeUtils={journeyShapeUtils}
            assetUrls={assetUrls}
            licenseKey={licenseKey ?? undefined}
            // Images are inlined in the board: a larger file would be refused by the server's update gate.
            maxAssetSize={MAX_INLINE_ASSET_BYTES}
            user={user}
            components={components}
            overlayUtils={presentingOverlayUtils}
            overrides={canvasUiOverrides}
            options={JOURNEY_GRID_EDITOR_OPTIONS}
            getShapeVisibility={getShapeVisibility}
            onMount={handleMount}
          >
            <JourneyOverlay />
            <RoadmapCanvasControls boardId={session.boardId} />
            <TldrawLocaleFixes locale={locale} />
          </Tldraw>
        </CardSlotsProvider>
      </PersonasProvider>
    </DepartmentsProvider>
  )
}

/** tldraw's menus change preferences: its language picker drives ours (en/ru), the rest is tldraw's own. */
function handleUserPreferences(preferences: TLUserPreferences): void {
  const { id: _id, name: _name, color: _color, locale, ...canvas } = preferences
  const localeStore = useLocaleStore.getState()
  if (isLocale(locale) && locale !== localeStore.locale) localeStore.setLocale(locale)
  usePreferencesStore.getState().setCanvasPreferences(canvas)
}
