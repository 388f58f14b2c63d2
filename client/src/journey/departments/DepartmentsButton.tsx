import { PanelToggleButton } from '../../components/PanelToggleButton'
import { useCardsT } from '../i18n'
import { selectIsPanelOpen, selectSelectedIds, useDepartmentViewStore } from './departmentViewStore'
import './departments.css'

/** The top bar's button that opens the departments panel; a dot shows that a highlight or filter is on. */
export function DepartmentsButton() {
  const t = useCardsT()
  const isOpen = useDepartmentViewStore(selectIsPanelOpen)
  const isFiltering = useDepartmentViewStore(selectSelectedIds).length > 0
  const togglePanel = useDepartmentViewStore((state) => state.togglePanel)
  return (
    <PanelToggleButton
      className="cx-departments-button"
      isOpen={isOpen}
      controls="cx-departments-panel"
      testId="departments-button"
      title={t('departments.button')}
      label={t('departments.button')}
      hasDot={isFiltering}
      onClick={togglePanel}
      icon={
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" aria-hidden="true">
          <circle cx="8" cy="8" r="3" stroke="currentColor" strokeWidth="2" />
          <circle cx="16" cy="8" r="3" stroke="currentColor" strokeWidth="2" />
          <path
            d="M2.5 19c0-3 2.5-5 5.5-5s5.5 2 5.5 5M13 14.3c.9-.2 1.9-.3 3-.3 3 0 5.5 2 5.5 5"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      }
    />
  )
}
