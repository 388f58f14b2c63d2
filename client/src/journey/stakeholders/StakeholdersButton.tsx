import type { Locale } from '@cxmap/shared'
import { useEffect } from 'react'
import { createPortal } from 'react-dom'
import { PanelToggleButton } from '../../components/PanelToggleButton'
import type * as Y from 'yjs'
import { StakeholderMatrix } from './StakeholderMatrix'
import { selectIsOpen, useStakeholdersStore } from './stakeholdersStore'
import { useStakeholdersT } from './strings'
import './stakeholders.css'

/** The top bar's button that opens the stakeholder matrix «Матрица заинтересованных лиц» over the board. */
export function StakeholdersButton({ doc, locale, canEdit }: { doc: Y.Doc; locale: Locale; canEdit: boolean }) {
  const t = useStakeholdersT()
  const isOpen = useStakeholdersStore(selectIsOpen)
  const toggle = useStakeholdersStore((state) => state.toggle)
  // Another board opens with the matrix closed.
  useEffect(() => () => useStakeholdersStore.getState().close(), [doc])
  return (
    <>
      <PanelToggleButton
        className="cx-stakeholders-button"
        isOpen={isOpen}
        controls="cx-stakeholder-matrix"
        testId="stakeholders-button"
        title={t('title')}
        label={t('button')}
        onClick={toggle}
        icon={
          <svg width="16" height="16" viewBox="0 0 24 24" fill="none" aria-hidden="true">
            <rect x="3" y="4" width="18" height="16" rx="2" stroke="currentColor" strokeWidth="2" />
            <path d="M3 9.5h18M3 15h18M9 4v16" stroke="currentColor" strokeWidth="2" />
          </svg>
        }
      />
      {isOpen && createPortal(<StakeholderMatrix doc={doc} locale={locale} canEdit={canEdit} />, document.body)}
    </>
  )
}
