import { PanelToggleButton } from '../../components/PanelToggleButton'
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
    <PanelToggleButton
      className="cx-departments-button"
      isOpen={isOpen}
      controls="cx-personas-panel"
      testId="personas-button"
      title={t('title')}
      label={t('button')}
      hasDot={isFiltering}
      onClick={togglePanel}
      icon={
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" aria-hidden="true">
          <circle cx="12" cy="8" r="4" stroke="currentColor" strokeWidth="2" />
          <path d="M4 21c0-4 3.6-7 8-7s8 3 8 7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      }
    />
  )
}
