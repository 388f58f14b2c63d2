import { useEffect, useRef, type RefObject } from 'react'
import { useRoadmapT } from '../i18n'
import { useRoadmap } from '../RoadmapContext'
import { useRoadmapUiStore } from '../roadmapUiStore'
import { InitiativeEditor } from './InitiativeEditor'
import './drawer.css'
import './drawerLists.css'

/**
 * The open initiative's side panel, docked right over the map or the roadmap: the full, live editor of one initiative
 * (read-only for viewers), or a note when the initiative is gone.
 */
export function InitiativeDrawer() {
  const openId = useRoadmapUiStore((state) => state.openInitiativeId)
  return openId ? <DrawerPanel id={openId} /> : null
}

function closeDrawer(): void {
  useRoadmapUiStore.getState().openInitiative(null)
}

function DrawerPanel({ id }: { id: string }) {
  const t = useRoadmapT()
  const { byId } = useRoadmap()
  const panelRef = useRef<HTMLElement>(null)
  const initiative = byId.get(id)
  useCloseOnEscape(panelRef)
  useEffect(() => {
    const panel = panelRef.current
    // Keyboard users land in the panel (and Escape closes it); a field the editor focused itself keeps the focus.
    if (panel && !panel.contains(document.activeElement)) panel.focus({ preventScroll: true })
  }, [id])

  return (
    <aside
      ref={panelRef}
      className="rm-drawer"
      data-testid="initiative-drawer"
      data-initiative-id={id}
      aria-label={t('drawer.panelLabel')}
      tabIndex={-1}
    >
      <header className="rm-drawer__header">
        <span className="rm-drawer__kicker">{t('drawer.heading')}</span>
        <button
          type="button"
          className="icon-button rm-drawer__close"
          data-testid="drawer-close"
          aria-label={t('common.close')}
          title={t('common.close')}
          onClick={closeDrawer}
        >
          <CloseIcon />
        </button>
      </header>
      {initiative ? (
        <InitiativeEditor key={id} initiative={initiative} />
      ) : (
        <div className="rm-drawer__missing" data-testid="drawer-missing" role="status">
          <p className="rm-drawer__missing-title">{t('drawer.missing')}</p>
          <p className="muted">{t('drawer.missingHint')}</p>
          <button type="button" className="button button--small" onClick={closeDrawer}>
            {t('common.close')}
          </button>
        </div>
      )}
    </aside>
  )
}

/** Escape closes the panel, but only from inside it or with nothing focused: tldraw keeps its Escape (card editing). */
function useCloseOnEscape(panelRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return
      const active = document.activeElement
      const isFree = !active || active === document.body || active === document.documentElement
      if (isFree || (panelRef.current?.contains(active) ?? false)) closeDrawer()
    }
    document.addEventListener('keydown', handleKeyDown)
    return () => document.removeEventListener('keydown', handleKeyDown)
  }, [panelRef])
}

/** A plain × drawn as two strokes, crisp at any zoom. */
export function CloseIcon({ size = 14 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d="M3 3l8 8M11 3l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  )
}
