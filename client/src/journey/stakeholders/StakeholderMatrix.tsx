import {
  addStakeholder,
  ensureStrategy,
  removeStakeholder,
  seedStakeholderTemplate,
  updateStakeholder,
  type Locale,
} from '@cxmap/shared'
import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { listMissingTemplateGroups } from './stakeholderRows'
import { StakeholderRow } from './StakeholderRow'
import { useStakeholdersStore } from './stakeholdersStore'
import { useStakeholdersT, type StakeholdersKey } from './strings'
import { useDocStakeholders } from './useDocStakeholders'

const COLUMNS: { key: StakeholdersKey; className: string }[] = [
  { key: 'columns.group', className: 'cx-sh__col-group' },
  { key: 'columns.name', className: 'cx-sh__col-name' },
  { key: 'columns.wants', className: 'cx-sh__col-text' },
  { key: 'columns.conflicts', className: 'cx-sh__col-conflicts' },
  { key: 'columns.priority', className: 'cx-sh__col-priority' },
  { key: 'columns.ifSuccess', className: 'cx-sh__col-text' },
]

/**
 * The stakeholder matrix as a sheet over the board: one row per stakeholder, edited live by everyone on the board;
 * viewers read it. Esc closes it.
 */
export function StakeholderMatrix({ doc, locale, canEdit }: { doc: Y.Doc; locale: Locale; canEdit: boolean }) {
  const t = useStakeholdersT()
  const stakeholders = useDocStakeholders(doc)
  const close = useStakeholdersStore((state) => state.close)
  const sheetRef = useRef<HTMLElement>(null)
  // A row just added here gets the focus in its name field.
  const [addedId, setAddedId] = useState<string | null>(null)
  const isTemplateIn = listMissingTemplateGroups(stakeholders).length === 0

  // The sheet takes the focus when it opens, so that Esc closes it and a screen reader announces it.
  useEffect(() => sheetRef.current?.focus(), [])

  // An older board has no strategy sections yet: an editor creates them before anyone adds a row.
  useEffect(() => {
    if (canEdit) ensureStrategy(doc)
  }, [doc, canEdit])

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && sheetRef.current?.contains(document.activeElement)) close()
    }
    document.addEventListener('keydown', handleKeyDown)
    return () => document.removeEventListener('keydown', handleKeyDown)
  }, [close])

  return (
    <section
      ref={sheetRef}
      id="cx-stakeholder-matrix"
      className="cx-sh"
      aria-labelledby="cx-sh-title"
      data-testid="stakeholder-matrix"
      tabIndex={-1}
      lang={locale}
    >
      <header className="cx-sh__header">
        <div>
          <h2 className="cx-sh__title" id="cx-sh-title">
            {t('title')}
            {!canEdit && <span className="cx-sh__readonly">{t('readOnly')}</span>}
          </h2>
          <p className="cx-sh__hint">{t('hint')}</p>
        </div>
        <button
          type="button"
          className="cx-panel__close"
          aria-label={t('close')}
          data-testid="stakeholders-close"
          onClick={close}
        >
          <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      <div className="cx-sh__frame">
        <table className="cx-sh__table" data-testid="stakeholder-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.key} scope="col" className={column.className}>
                  {t(column.key)}
                </th>
              ))}
              {canEdit && <th className="cx-sh__col-actions" aria-hidden="true" />}
            </tr>
          </thead>
          <tbody>
            {stakeholders.map((stakeholder) => (
              <StakeholderRow
                key={stakeholder.id}
                stakeholder={stakeholder}
                all={stakeholders}
                canEdit={canEdit}
                isNew={stakeholder.id === addedId}
                onChange={(patch) => updateStakeholder(doc, stakeholder.id, patch)}
                onRemove={() => removeStakeholder(doc, stakeholder.id)}
              />
            ))}
            {stakeholders.length === 0 && (
              <tr>
                <td className="cx-sh__empty" colSpan={COLUMNS.length + 1} data-testid="stakeholders-empty">
                  {t(canEdit ? 'empty' : 'emptyReadonly')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {canEdit && (
        <footer className="cx-sh__footer">
          <button
            type="button"
            className="button button--small"
            data-testid="stakeholder-add"
            onClick={() => setAddedId(addStakeholder(doc, { group: 'custom' }))}
          >
            + {t('add')}
          </button>
          <button
            type="button"
            className="button button--small"
            data-testid="stakeholders-template"
            title={t(isTemplateIn ? 'templateInserted' : 'insertTemplateHint')}
            disabled={isTemplateIn}
            onClick={() => seedStakeholderTemplate(doc, locale)}
          >
            {t('insertTemplate')}
          </button>
        </footer>
      )}
    </section>
  )
}
