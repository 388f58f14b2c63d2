import { canEditBoard } from '@cxmap/shared'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback, useMemo } from 'react'
import { Tldraw, useTldrawCurrentUser, type Editor, type TLComponents, type TLUserPreferences } from 'tldraw'
import 'tldraw/tldraw.css'
import { selectIdentity, useIdentityStore } from '../../state/identityStore'
import { isLocale, selectLocale, useLocaleStore } from '../../state/localeStore'
import { selectCanvasPreferences, usePreferencesStore } from '../../state/preferencesStore'
import type { BoardSession } from '../../sync/session'
import { setTestHookEditor } from '../../sync/testHooks'
import { toUserPreferences } from '../../sync/tldrawUser'

// Fonts, icons and translations come from this app's own origin, never from a CDN.
const assetUrls = getAssetUrlsByImport()

// Our top bar shows the participants and sharing; tldraw's own people menu would duplicate it.
const components: TLComponents = { SharePanel: null }

/** tldraw's canvas on the session's store, in the UI language, as the local identity, read-only for viewers. */
export function BoardCanvas({ session, licenseKey }: { session: BoardSession; licenseKey: string | null }) {
  const identity = useIdentityStore(selectIdentity)
  const locale = useLocaleStore(selectLocale)
  const canvasPreferences = usePreferencesStore(selectCanvasPreferences)
  const userPreferences = useMemo(
    () => toUserPreferences(identity, locale, canvasPreferences),
    [identity, locale, canvasPreferences],
  )
  const user = useTldrawCurrentUser({ userPreferences, setUserPreferences: handleUserPreferences })
  const isReadonly = !canEditBoard(session.role)

  const handleMount = useCallback(
    (editor: Editor) => {
      if (isReadonly) editor.updateInstanceState({ isReadonly: true })
      setTestHookEditor(editor)
      return () => setTestHookEditor(null)
    },
    [isReadonly],
  )

  return (
    <Tldraw
      store={session.store}
      assetUrls={assetUrls}
      licenseKey={licenseKey ?? undefined}
      user={user}
      components={components}
      onMount={handleMount}
    />
  )
}

/** tldraw's menus change preferences: its language picker drives ours (en/ru), the rest is tldraw's own. */
function handleUserPreferences(preferences: TLUserPreferences): void {
  const { id: _id, name: _name, color: _color, locale, ...canvas } = preferences
  const localeStore = useLocaleStore.getState()
  if (isLocale(locale) && locale !== localeStore.locale) localeStore.setLocale(locale)
  usePreferencesStore.getState().setCanvasPreferences(canvas)
}
