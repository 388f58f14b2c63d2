import { selectIsPersonaPanelOpen, selectPersonaIds, usePersonaViewStore } from './personaViewStore'
import { usePersonasT } from './strings'
import '../departments/departments.css'
import './personas.css'

/** The top bar's button that opens the personas panel; a dot shows that a persona highlight is on. */
export function PersonasButton() {
  const t = usePersonasT()
  const isOpen = usePersonaViewStore(selectIsPersonaPanelOpen)
  const isFiltering = usePersonaViewStore(selectPersonaIds).length > 0
  const togglePanel = usePersonaViewStore((state) => state.togglePanel)
  return (
    <button
      type="button"
      className={
        isOpen ? 'button button--small cx-departments-button is-open' : 'button button--small cx-departments-button'
      }
      aria-expanded={isOpen}
      aria-controls="cx-personas-panel"
      data-testid="personas-button"
      title={t('title')}
      onClick={togglePanel}
    >
      <svg width="16" height="16" viewBox="0 0 24 24" fill="none" aria-hidden="true">
        <circle cx="12" cy="8" r="4" stroke="currentColor" strokeWidth="2" />
        <path d="M4 21c0-4 3.6-7 8-7s8 3 8 7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className="topbar__label">{t('button')}</span>
      {isFiltering && <span className="cx-departments-button__dot" aria-hidden="true" />}
    </button>
  )
}
